package org.lungang.webui.base;

/** Text fields against their columns' widths (db/migration): a longer value is a 400 naming the field, never a 500. */
public final class FieldLimits {

    private FieldLimits() {
    }

    /** The value, if it has at most {@code max} characters. */
    public static String require(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequestException(field, field + " has " + value.length() + " characters; at most " + max
                    + " are allowed");
        }
        return value;
    }
}
