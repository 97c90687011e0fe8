package org.lungang.solver.constraints.justifications;

import java.util.Locale;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.kpi.Indicator;

/**
 * One national indicator's official coefficient of variation (差异系数) over the schools of a group, before and after
 * the plan, against the group's national threshold.
 */
public record IndicatorJustification(IndicatorGroup group, Indicator indicator, double before, double after,
        double threshold) implements RotationJustification {

    @Override
    public String zh() {
        String verdict = after > before ? "高于交流前" : after < before ? "低于交流前" : "与交流前相同";
        String standard = after <= threshold ? "达到" : "未达到";
        return Labels.zh(group) + indicator.text().zh() + "差异系数 " + format(before) + " → " + format(after) + "，"
                + verdict
                + "，" + standard + "国家标准（不高于 " + format(threshold) + "）";
    }

    @Override
    public String en() {
        String verdict = after > before ? "higher than before" : after < before ? "lower than before"
                : "the same as before";
        String standard = after <= threshold ? "within" : "above";
        return "Coefficient of variation of " + indicator.text().en() + " (" + Labels.en(group) + "): " + format(before)
                + " → " + format(after) + ", " + verdict + ", " + standard + " the national threshold of "
                + format(threshold);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
