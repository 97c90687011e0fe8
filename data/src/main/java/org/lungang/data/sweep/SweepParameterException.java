package org.lungang.data.sweep;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sweep parameter that cannot be read: an unknown name, a bad range, or a value the policy refuses. The reason and
 * its arguments are kept as they are, so that the web application words them in the planner's language; the message
 * is the command line's English, naming the parameter and the value.
 */
public final class SweepParameterException extends IllegalArgumentException {

    /**
     * What is wrong, with the English wording of the command line. The arguments of each reason are listed with it;
     * a {@link Double} argument is a value of the parameter in the sweep's own units (a share as a fraction), an
     * {@link Integer} a count, a {@link String} text as the user wrote it or a name.
     */
    public enum Reason {
        /** (text as written) */
        NOT_NAME_EQUALS_VALUES("expected name=from:to:step or name=a,b,c"),
        /** (constraint, the known constraints joined) */
        UNKNOWN_CONSTRAINT("unknown constraint \"{0}\"; constraints are: {1}"),
        /** (the known names joined) */
        UNKNOWN_PARAMETER("unknown parameter; known are: {0}"),
        /** () */
        NO_VALUES("no values given"),
        /** (step) */
        STEP_NOT_POSITIVE("the step must be positive, was {0}"),
        /** (from, to) */
        RANGE_BACKWARDS("the range runs backwards: {0} > {1}"),
        /** (the values as written) */
        NOT_A_RANGE_OR_LIST("expected from:to:step or a,b,c, was \"{0}\""),
        /** (the most values) */
        TOO_MANY_VALUES("more than {0} values"),
        /** (value) */
        VALUE_TWICE("a value is listed twice: {0}"),
        /** (text as written) */
        NOT_A_NUMBER("\"{0}\" is not a number"),
        /** (policy field, value) */
        NOT_WHOLE("{0} takes whole numbers, was {1}"),
        /** (policy field, value, lowest, highest) */
        OUT_OF_RANGE("{0} must be between {2} and {3}, was {1}"),
        /** (policy field, value, lowest) */
        BELOW_MINIMUM("{0} must be at least {2}, was {1}"),
        /** (value, the policy's own message) */
        REFUSED_BY_POLICY("{1}"),
        /** (value) */
        BEDS_NOT_WHOLE("beds are a whole number of at least 0, was {0}"),
        /** (value) */
        NEGATIVE("must not be negative, was {0}"),
        /** (value) */
        WEIGHT_NOT_WHOLE("weights are whole numbers, was {0}"),
        /** () */
        SWEPT_TWICE("swept twice");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        /** The reason in English with its arguments, values without trailing zeros. */
        String english(List<Object> arguments) {
            Object[] shown = arguments.stream()
                    .map(a -> a instanceof Double d ? SweepParameter.format(d) : String.valueOf(a))
                    .toArray();
            return new MessageFormat(english.replace("'", "''"), Locale.ROOT).format(shown);
        }
    }

    private final String parameter;
    private final Reason reason;
    private final List<Object> arguments;

    public SweepParameterException(String parameter, Reason reason, Object... arguments) {
        super("--param " + parameter + ": " + reason.english(Arrays.asList(arguments)));
        this.parameter = parameter;
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    /** The parameter as the user wrote it. */
    public String getParameter() {
        return parameter;
    }

    public Reason getReason() {
        return reason;
    }

    /** The reason's arguments, as listed with each {@link Reason}. */
    public List<Object> getArguments() {
        return arguments;
    }
}
