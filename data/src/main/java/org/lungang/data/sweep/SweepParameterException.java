package org.lungang.data.sweep;

/** A sweep parameter that cannot be read: an unknown name, a bad range, or a value the policy refuses. */
public final class SweepParameterException extends IllegalArgumentException {

    private final String parameter;

    public SweepParameterException(String parameter, String message) {
        super("--param " + parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The parameter as the user wrote it. */
    public String getParameter() {
        return parameter;
    }
}
