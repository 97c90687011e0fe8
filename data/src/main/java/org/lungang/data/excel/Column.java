package org.lungang.data.excel;

/**
 * One column of a roster sheet: the problem-file field it fills, its headers in Chinese and English, and the kind
 * of value its cells hold.
 *
 * @param field the field of the problem file's object ({@code docs/problem.schema.json}); {@code posts.MUSIC} for a
 *        school's posts of one subject; also the column's English header
 * @param zh the column's Chinese header
 * @param required the problem file requires the field, so the column must be present
 * @param enumType the enum of an {@link Kind#ENUM} or {@link Kind#ENUM_LIST} column, else null
 * @param noteZh what the column holds, for the notes sheet of the template
 */
public record Column(String field, String zh, Kind kind, boolean required,
        Class<? extends Enum<?>> enumType, String noteZh) {

    /** The kinds of cell value. Lists are separated by {@code ;} (also {@code ；}, {@code ,}, {@code ，}, {@code 、}). */
    public enum Kind {
        /** An identifier: text, or a whole number typed as one. */
        ID,
        TEXT,
        INTEGER,
        NUMBER,
        /** 是/否, true/false, yes/no. */
        BOOLEAN,
        ENUM,
        ENUM_LIST,
        ID_LIST
    }

    /** The English header: the field's own name, as the problem file spells it. */
    public String en() {
        return field;
    }

    /** Whether the header text names this column, in Chinese or English (any case). */
    public boolean isNamed(String header) {
        String h = header.strip();
        return h.equals(zh) || h.equalsIgnoreCase(en());
    }

    /** Both headers, as an error message names the column: {@code 学科 (subject)}. */
    public String names() {
        return zh + " (" + en() + ")";
    }
}
