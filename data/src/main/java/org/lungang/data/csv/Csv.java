package org.lungang.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them (quotes around fields with commas, quotes or line breaks; a quote
 * doubled inside), written with a UTF-8 byte order mark so that Excel opens Chinese text correctly.
 *
 * <p>A text that starts with {@code = + - @}, a tab or a carriage return would run as a formula when the file is
 * opened in Excel (CSV injection, e.g. a name {@code =HYPERLINK(...)}): it is written with a leading apostrophe, which
 * Excel shows as text, and reading removes it again. A text that already starts with apostrophes before one of
 * those gets one more, so that every text reads back exactly as it was.
 */
public final class Csv {

    static final char BOM = '\uFEFF';

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char ESCAPE = '\'';

    private Csv() {
    }

    /** One record and the line it starts on. */
    record Record(int line, List<String> fields) {
    }

    /** Thrown for a quote left open; carries the line it was opened on. */
    static final class MalformedCsvException extends Exception {
        final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static List<Record> parse(String text) throws MalformedCsvException {
        List<Record> records = new ArrayList<>();
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(unescape(field.toString()));
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(unescape(field.toString()));
                field.setLength(0);
                records.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(quoteLine, "a quote opened here is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(unescape(field.toString()));
            records.add(new Record(recordLine, fields));
        }
        return records;
    }

    static String format(List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder().append(BOM);
        for (List<?> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                Object value = row.get(c);
                String text = text(value);
                out.append(value instanceof Number ? quote(text) : textField(text));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    /** A text field as every CSV Lungang writes it: escaped against formula injection, quoted where it must be. */
    public static String textField(String text) {
        return quote(escape(text));
    }

    /** The text with an apostrophe before it when a spreadsheet would read it as a formula. */
    public static String escape(String text) {
        return needsEscape(text) ? ESCAPE + text : text;
    }

    /** The text as it was before {@link #escape}. */
    static String unescape(String text) {
        return text.length() > 1 && text.charAt(0) == ESCAPE && needsEscape(text.substring(1)) ? text.substring(1)
                : text;
    }

    private static boolean needsEscape(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        // An apostrophe before a text that needs one is escaped too, or reading would remove it.
        return FORMULA_STARTS.indexOf(first) >= 0 || (first == ESCAPE && needsEscape(text.substring(1)));
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
