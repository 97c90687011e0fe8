package org.lungang.data.excel;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lungang.data.excel.Column.Kind;
import org.lungang.data.excel.Table.Row;
import org.lungang.solver.domain.Subject;

/** Reads the policy sheet: one row per parameter (key, value), into the problem tree's policy object. */
final class TablePolicyReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TableReport report;
    private final TableCells cells;

    TablePolicyReader(TableReport report, TableCells cells) {
        this.report = report;
        this.cells = cells;
    }

    void read(Table table, Map<String, JsonNode> header, ObjectNode policy) {
        Map<Integer, Column> columns = TableHeaders.map(table, report);
        Integer keyColumn = indexOf(columns, "key");
        Integer valueColumn = indexOf(columns, "value");
        if (keyColumn == null || valueColumn == null) {
            return;
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : table.rows()) {
            String keyAt = table.locator().cell(row.number(), keyColumn, table.header(keyColumn));
            TablePlace valuePlace = new TablePlace(table.file(),
                    table.locator().cell(row.number(), valueColumn, table.header(valueColumn)));
            Object keyCell = row.cell(keyColumn);
            Object value = row.cell(valueColumn);
            if (!(keyCell instanceof String key)) {
                if (keyCell != null || value != null) {
                    report.error(table.file(), keyAt, keyCell == null ? "missing key for the value in this row"
                            : "expected a parameter name, found " + TableCells.describe(keyCell));
                }
                continue;
            }
            String canonical = canonicalKey(key);
            if (canonical == null) {
                report.error(table.file(), keyAt, "unknown policy parameter \"" + key + "\"; expected one of "
                        + String.join(", ", PolicyRows.keys()));
                continue;
            }
            Integer first = firstRow.putIfAbsent(canonical, row.number());
            if (first != null) {
                report.error(table.file(), keyAt, "a second row for \"" + canonical + "\" (first at "
                        + table.locator().row(first) + ")");
                continue;
            }
            if (canonical.equals(PolicyRows.NAME) || canonical.equals(PolicyRows.YEAR)) {
                String path = "$." + canonical;
                report.place(path, valuePlace);
                if (value == null) {
                    report.wrong(valuePlace, path, "missing value");
                    continue;
                }
                JsonNode node = cells.convert(value, canonical.equals(PolicyRows.YEAR) ? Kind.INTEGER : Kind.TEXT, null,
                        valuePlace, path);
                if (node != null) {
                    header.put(canonical, node);
                }
                continue;
            }
            String path = "$.policy." + canonical;
            report.place(path, valuePlace);
            JsonNode node = policyValue(PolicyRows.component(canonical).orElseThrow(), value, valuePlace, path);
            if (node != null) {
                policy.set(canonical, node);
            }
        }
    }

    private static Integer indexOf(Map<Integer, Column> columns, String field) {
        return columns.entrySet().stream().filter(e -> e.getValue().field().equals(field)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String canonicalKey(String key) {
        String k = key.strip();
        if (k.equalsIgnoreCase(PolicyRows.NAME) || k.equals("名称")) {
            return PolicyRows.NAME;
        }
        if (k.equalsIgnoreCase(PolicyRows.YEAR) || k.equals("学年")) {
            return PolicyRows.YEAR;
        }
        return PolicyRows.component(k).map(RecordComponent::getName).orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JsonNode policyValue(RecordComponent component, Object value, TablePlace place, String path) {
        Class<?> type = component.getType();
        boolean collection = type == java.util.Set.class || type == Map.class;
        if (value == null) {
            if (collection) {
                return type == Map.class ? NODES.objectNode() : NODES.arrayNode();
            }
            return report.wrong(place, path, "missing value; delete the row to keep the default");
        }
        if (type == int.class) {
            return cells.convert(value, Kind.INTEGER, null, place, path);
        }
        if (type == double.class) {
            return cells.convert(value, Kind.NUMBER, null, place, path);
        }
        if (type == boolean.class) {
            return cells.convert(value, Kind.BOOLEAN, null, place, path);
        }
        if (type.isEnum()) {
            return cells.convert(value, Kind.ENUM, (Class) type, place, path);
        }
        if (type == java.util.Set.class) {
            return cells.convert(value, Kind.ENUM_LIST, (Class) PolicyRows.typeArgument(component, 0), place, path);
        }
        // Maps: "英语=3;音乐=3" or "Commute distance=0hard/0medium/2soft".
        Class<?> keyType = (Class<?>) PolicyRows.typeArgument(component, 0);
        ObjectNode object = NODES.objectNode();
        for (String item : TableCells.items(value)) {
            int eq = item.replace('＝', '=').indexOf('=');
            if (eq <= 0) {
                return report.wrong(place, path, "expected pairs like " + (keyType == Subject.class
                        ? "英语=3;音乐=3" : "Commute distance=0hard/0medium/2soft") + ", found \"" + item + "\"");
            }
            String key = item.substring(0, eq).strip();
            String entry = item.substring(eq + 1).strip();
            if (keyType.isEnum()) {
                Enum<?> constant = TableCells.parseEnum(key, (Class) keyType);
                if (constant == null) {
                    return report.wrong(place, path, "unknown value \"" + key + "\"; allowed: "
                            + EnumText.allowed((Class) keyType));
                }
                JsonNode number = cells.convert(entry, Kind.INTEGER, null, place, path);
                if (number == null) {
                    return null;
                }
                object.set(constant.name(), number);
            } else {
                object.put(key, entry);
            }
        }
        return object;
    }
}
