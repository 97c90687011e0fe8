package org.lungang.data.excel;

import java.util.List;

/**
 * One sheet of a workbook or one CSV file, as raw cells: the header row and the non-blank data rows. A cell holds a
 * {@link String} (trimmed, never empty), a {@link Double}, a {@link Boolean}, a {@link CellError} or null when blank.
 *
 * @param file the file errors are reported under (the workbook, or the CSV file)
 * @param headers the header row's texts by column index, null where blank
 * @param rows the data rows that have at least one non-blank cell, in order
 * @param locator how a position in this table is written in an error
 */
public record Table(SheetSpec spec, String file, List<String> headers, List<Row> rows, Locator locator) {

    public Table {
        headers = List.copyOf(headers.stream().map(h -> h == null ? "" : h).toList());
        rows = List.copyOf(rows);
    }

    /** The header of a column, null when blank or beyond the header row. */
    public String header(int column) {
        return column < headers.size() && !headers.get(column).isEmpty() ? headers.get(column) : null;
    }

    /**
     * A data row.
     *
     * @param number the row's number as the user sees it: the spreadsheet row, or the line of the CSV file
     */
    public record Row(int number, List<Object> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        public Object cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /** A cell that holds a spreadsheet error such as {@code #N/A}. */
    public record CellError(String text) {
    }

    /** Writes positions of one table for error messages. */
    public interface Locator {

        /** The whole table: {@code 教师} or the empty string for a CSV file (the file says it). */
        String table();

        /** A row: {@code 教师!row 5} or {@code line 5}. */
        String row(int number);

        /** A cell: {@code 教师!row 5, column C (学科)} or {@code line 5, column 3 (学科)}. */
        String cell(int number, int column, String header);
    }
}
