package org.lungang.webui.sweep.ui;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of swept parameters as the planner writes and reads them: the policy's shares (quota, backbone share,
 * cadre and backbone exchange) in percent, as the scenario form has them, while the sweep itself takes fractions.
 */
final class SweepValues {

    private static final Set<String> SHARES = Set.of("quota", "backbone", "secondment");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private SweepValues() {
    }

    static boolean isShare(String parameter) {
        return SHARES.contains(parameter);
    }

    /**
     * The values as the sweep takes them ({@code from:to:step} or {@code a,b,c}): every number of a share divided by
     * 100, other parameters unchanged. Anything that is not a number is left for the sweep to refuse with its reason.
     */
    static String toSweep(String parameter, String values) {
        if (values == null || !isShare(parameter)) {
            return values;
        }
        Matcher m = NUMBER.matcher(values);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, new BigDecimal(m.group()).movePointLeft(2).stripTrailingZeros().toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A value as the planner reads it: a share as "15%", another number without trailing zeros. */
    static String format(String parameter, Double value) {
        BigDecimal number = BigDecimal.valueOf(value);
        return isShare(parameter) ? number.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : number.stripTrailingZeros().toPlainString();
    }
}
