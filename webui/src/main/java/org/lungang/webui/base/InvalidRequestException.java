package org.lungang.webui.base;

/** A request that cannot be carried out as asked; answered with 400 and the field at fault. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @param cause the refusal this request ends in, kept for a view that words it in the planner's language */
    public InvalidRequestException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
