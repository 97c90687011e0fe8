package org.lungang.webui.sweep.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.lungang.data.sweep.SweepParameterException;

/**
 * A swept parameter the sweep refused ({@link SweepParameterException}), in the planner's language: the parameter by
 * its name in the panel, and its values as she entered them (shares in percent). Each reason has its message key
 * {@code sweepError.<REASON>}: {@code {0}} is the parameter, {@code {1}}… the reason's arguments in their order.
 */
final class SweepErrorWords {

    private final BiFunction<String, Object[], String> translate;

    /** @param translate the UI's translation of a message key with its parameters */
    SweepErrorWords(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    String of(SweepParameterException e) {
        String parameter = e.getParameter();
        List<Object> shown = new ArrayList<>();
        shown.add(translate.apply("sweep.short." + parameter, new Object[0]));
        for (Object argument : e.getArguments()) {
            // Values are formatted here, not by the message format, which would group digits by the locale.
            shown.add(argument instanceof Double value ? SweepValues.format(parameter, value)
                    : String.valueOf(argument));
        }
        return translate.apply("sweepError." + e.getReason().name(), shown.toArray());
    }
}
