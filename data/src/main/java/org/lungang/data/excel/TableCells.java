package org.lungang.data.excel;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.lungang.data.excel.Column.Kind;
import org.lungang.data.excel.Table.CellError;

/** Converts the cells of a table into JSON values of the problem tree, reporting a cell that cannot be one. */
final class TableCells {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LIST_SEPARATORS = "[;；,，、]";

    private final TableReport report;

    TableCells(TableReport report) {
        this.report = report;
    }

    /** The cell as a JSON value of the kind, or null after reporting why it cannot be one. */
    JsonNode convert(Object cell, Kind kind, Class<? extends Enum<?>> enumType, TablePlace place, String path) {
        if (cell instanceof CellError error) {
            return wrong(place, path, "the cell holds the error " + error.text());
        }
        switch (kind) {
            case ID, TEXT -> {
                if (cell instanceof String text) {
                    return NODES.textNode(text);
                }
                if (cell instanceof Double number && isWhole(number)) {
                    return NODES.textNode(Long.toString(number.longValue()));
                }
                return wrong(place, path, "expected a text, found " + describe(cell));
            }
            case INTEGER -> {
                Double number = number(cell);
                if (number != null && isWhole(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                    return NODES.numberNode(number.intValue());
                }
                return wrong(place, path, "expected a whole number, found " + describe(cell));
            }
            case NUMBER -> {
                Double number = number(cell);
                if (number != null) {
                    return NODES.numberNode(number);
                }
                return wrong(place, path, "expected a number, found " + describe(cell));
            }
            case BOOLEAN -> {
                Boolean value = cell instanceof Boolean b ? b
                        : cell instanceof String text ? EnumText.parseBoolean(text)
                        : cell instanceof Double d && (d == 0 || d == 1) ? Boolean.valueOf(d == 1) : null;
                if (value != null) {
                    return NODES.booleanNode(value);
                }
                return wrong(place, path, "expected 是 or 否 (yes or no), found " + describe(cell));
            }
            case ENUM -> {
                if (cell instanceof String text) {
                    Enum<?> constant = parseEnum(text, enumType);
                    if (constant != null) {
                        return NODES.textNode(constant.name());
                    }
                }
                return wrong(place, path, "unknown value " + describeShort(cell) + "; allowed: "
                        + EnumText.allowed(enumType));
            }
            case ENUM_LIST -> {
                ArrayNode array = NODES.arrayNode();
                List<String> unknown = new ArrayList<>();
                for (String item : items(cell)) {
                    Enum<?> constant = parseEnum(item, enumType);
                    if (constant == null) {
                        unknown.add("\"" + item + "\"");
                    } else {
                        array.add(constant.name());
                    }
                }
                if (!unknown.isEmpty()) {
                    return wrong(place, path, "unknown value " + String.join(", ", unknown) + "; allowed: "
                            + EnumText.allowed(enumType));
                }
                return array;
            }
            case ID_LIST -> {
                ArrayNode array = NODES.arrayNode();
                if (cell instanceof Double number && isWhole(number)) {
                    return array.add(Long.toString(number.longValue()));
                }
                if (!(cell instanceof String)) {
                    return wrong(place, path, "expected ids separated by \";\", found " + describe(cell));
                }
                items(cell).forEach(array::add);
                return array;
            }
            default -> throw new IllegalStateException("Unknown kind " + kind);
        }
    }

    private JsonNode wrong(TablePlace place, String path, String message) {
        return report.wrong(place, path, message);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Enum<?> parseEnum(String text, Class<? extends Enum<?>> type) {
        return EnumText.parse(text, (Class) type);
    }

    static List<String> items(Object cell) {
        if (!(cell instanceof String text)) {
            return List.of(String.valueOf(cell));
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(LIST_SEPARATORS)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static Double number(Object cell) {
        if (cell instanceof Double number) {
            return number;
        }
        if (cell instanceof String text) {
            try {
                double value = Double.parseDouble(text.strip());
                return Double.isFinite(value) && !text.strip().matches(".*[A-Za-z].*") ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isWhole(double number) {
        return number == Math.rint(number) && !Double.isInfinite(number);
    }

    static String describe(Object cell) {
        if (cell instanceof String text) {
            return "the text \"" + text + "\"";
        }
        if (cell instanceof Double number) {
            return "the number " + formatNumber(number);
        }
        if (cell instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return String.valueOf(cell);
    }

    private static String describeShort(Object cell) {
        return cell instanceof String text ? "\"" + text + "\"" : describe(cell);
    }

    static String formatNumber(double number) {
        return isWhole(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
    }
}
