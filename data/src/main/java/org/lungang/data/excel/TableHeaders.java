package org.lungang.data.excel;

import java.util.HashMap;
import java.util.Map;

/** The header row of a table: which column each header names. */
final class TableHeaders {

    private TableHeaders() {
    }

    /** Maps each column index to its column, reporting unknown, repeated and missing headers. */
    static Map<Integer, Column> map(Table table, TableReport report) {
        Map<Integer, Column> byIndex = new HashMap<>();
        Map<Column, Integer> seen = new HashMap<>();
        for (int c = 0; c < table.headers().size(); c++) {
            String header = table.header(c);
            if (header == null) {
                continue;
            }
            Column column = table.spec().columns().stream().filter(col -> col.isNamed(header)).findFirst()
                    .orElse(null);
            String at = table.locator().cell(headerRow(table), c, header);
            if (column == null) {
                report.error(table.file(), at, "unknown column \"" + header + "\"; expected one of "
                        + String.join(", ", table.spec().columns().stream().map(Column::names).toList()));
            } else if (seen.containsKey(column)) {
                report.error(table.file(), at, "a second column " + column.names());
            } else {
                seen.put(column, c);
                byIndex.put(c, column);
            }
        }
        for (Column column : table.spec().columns()) {
            if (column.required() && !seen.containsKey(column)) {
                report.error(table.file(), table.locator().row(headerRow(table)), "missing column " + column.names());
                report.missingColumn(table.spec().arrayField(), column.field());
            }
        }
        return byIndex;
    }

    /** Headers are on the first row of a sheet, the first line of a CSV file. */
    static int headerRow(Table table) {
        return 1;
    }
}
