package org.lungang.data.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.lungang.data.json.ProblemFiles;

/**
 * Broken workbooks made at test time: the small test problem ({@code small-problem.json}) written as a workbook,
 * then changed in one place through POI, as a planner's typo would change it.
 *
 * <p>Rows and columns are as the planner sees them. Schools: row 2 U, row 3 V; columns A id, C kind, G latitude,
 * H longitude. Teachers: rows 2–8 P1, P2, E1, E2, E3, M1, M2; columns A id, C schoolId, D subject, E role,
 * F gender, G age, L/M home latitude/longitude, N exemptions, O on establishment, Q team, R partner, S preferences.
 */
final class BrokenWorkbooks {

    /** Written once: POI takes a while to write a workbook. */
    private static final byte[] SMALL =
            ProblemWorkbookTest.workbook(ProblemFiles.read(ProblemFiles.small(), "small.json"));

    private BrokenWorkbooks() {
    }

    /** The small problem's workbook after the change. */
    static byte[] smallWith(Consumer<Workbook> change) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SMALL))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at a reference such as {@code C4}, created if absent. */
    static Cell cell(Workbook workbook, String sheet, String reference) {
        CellReference ref = new CellReference(reference);
        Sheet s = workbook.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    static Consumer<Workbook> set(String sheet, String reference, String text) {
        return workbook -> cell(workbook, sheet, reference).setCellValue(text);
    }

    static Consumer<Workbook> set(String sheet, String reference, double number) {
        return workbook -> cell(workbook, sheet, reference).setCellValue(number);
    }

    static Consumer<Workbook> blank(String sheet, String reference) {
        return workbook -> cell(workbook, sheet, reference).setBlank();
    }

    /** The spreadsheet row (1-based) of a policy key. */
    static int policyRow(Workbook workbook, String key) {
        for (Row row : workbook.getSheet("政策")) {
            if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum() + 1;
            }
        }
        throw new IllegalArgumentException("No policy row " + key);
    }

    static Consumer<Workbook> policy(String key, Object value) {
        return workbook -> {
            Cell cell = cell(workbook, "政策", "B" + policyRow(workbook, key));
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        };
    }

    static Consumer<Workbook> removeRow(String sheet, int number) {
        return workbook -> {
            Sheet s = workbook.getSheet(sheet);
            s.removeRow(s.getRow(number - 1));
        };
    }
}
