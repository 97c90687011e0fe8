package org.lungang.webui.sweep.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.lungang.data.sweep.SweepParameterException;
import org.lungang.webui.base.BackgroundRun.Failure;

/**
 * A swept parameter the sweep refused ({@link SweepParameterException}), in the planner's language: the parameter by
 * its name in the panel, and its values as she entered them (shares in percent). Each reason has its message key
 * {@code sweepError.<REASON>}: {@code {0}} is the parameter, {@code {1}}… the reason's arguments in their order. A
 * sweep that failed while it ran is told by the reference of its log entry, never by the exception's own text.
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

    /** A sweep that failed while it ran: a refused parameter in its words, anything else by its log reference. */
    String failed(Failure failure) {
        for (Throwable t = failure.error(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SweepParameterException refused) {
                return of(refused);
            }
        }
        return translate.apply("sweepError.FAILED", new Object[] {failure.reference()});
    }
}
