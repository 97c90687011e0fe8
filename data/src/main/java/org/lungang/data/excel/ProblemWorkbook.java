package org.lungang.data.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.lungang.data.FileIo;
import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.excel.Table.CellError;
import org.lungang.data.excel.Table.Row;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * A problem as an Excel workbook (.xlsx): the sheets of {@link SheetSpec} with Chinese or English sheet names and
 * headers, and a notes sheet. Reading is as strict as the problem file: every problem is reported at once with its
 * sheet, row and column, and nothing is returned unless there is none. Writing gives the same workbook a planner fills
 * in (with drop-downs for enums and yes/no), so the template is the writing of an example problem.
 */
public final class ProblemWorkbook {

    /** Rows below the data that keep the drop-downs, so that a planner can add rows. */
    private static final int VALIDATED_ROWS = 1000;

    private ProblemWorkbook() {
    }

    public static LoadedProblem read(Path file) {
        return FileIo.read(file, "workbook", in -> read(in, file.toString()));
    }

    /**
     * Reads a problem workbook.
     *
     * @param fileName the name errors are reported under; without its extension, the problem's name when the policy
     *        sheet has none
     * @throws InvalidInputException every problem, located as {@code 教师!row 5, column C (学科)}
     */
    public static LoadedProblem read(InputStream in, String fileName) {
        try (Workbook workbook = open(in, fileName)) {
            Map<SheetSpec, Table> tables = new LinkedHashMap<>();
            List<InputError> errors = new ArrayList<>();
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                SheetSpec spec = SheetSpec.ALL.stream().filter(s -> s.isNamed(name)).findFirst().orElse(null);
                if (spec == null) {
                    if (!SheetSpec.isNotes(name)) {
                        errors.add(new InputError(fileName, name, "unknown sheet \"" + name + "\"; expected "
                                + SheetSpec.allNames()));
                    }
                } else if (tables.containsKey(spec)) {
                    errors.add(new InputError(fileName, name, "a second " + spec.names() + " sheet"));
                } else {
                    tables.put(spec, table(sheet, spec, fileName));
                }
            }
            for (SheetSpec spec : SheetSpec.ALL) {
                if (spec.required() && !tables.containsKey(spec)) {
                    errors.add(new InputError(fileName, "workbook", "missing sheet " + spec.names()));
                }
            }
            return TableProblemReader.read(fileName, tables, errors, baseName(fileName), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workbook open(InputStream in, String fileName) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook (or is encrypted, or corrupt) with many runtime exceptions.
            throw new InvalidInputException(List.of(new InputError(fileName, "workbook",
                    "not a readable Excel workbook (.xlsx): " + e.getMessage())));
        }
    }

    static String baseName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Table table(Sheet sheet, SheetSpec spec, String fileName) {
        String sheetName = sheet.getSheetName();
        List<String> headers = new ArrayList<>();
        org.apache.poi.ss.usermodel.Row headerRow = sheet.getRow(0);
        if (headerRow != null) {
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Object value = value(headerRow.getCell(c));
                headers.add(value == null ? null : value instanceof Double d
                        ? TableProblemReader.formatNumber(d) : value.toString());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            boolean blank = true;
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                Object value = value(row.getCell(c));
                blank &= value == null;
                cells.add(value);
            }
            if (!blank) {
                rows.add(new Row(r + 1, cells));
            }
        }
        return new Table(spec, fileName, headers, rows, new Table.Locator() {
            @Override
            public String table() {
                return sheetName;
            }

            @Override
            public String row(int number) {
                return sheetName + "!row " + number;
            }

            @Override
            public String cell(int number, int column, String header) {
                return sheetName + "!row " + number + ", column " + CellReference.convertNumToColString(column)
                        + (header == null || header.isEmpty() ? "" : " (" + header + ")");
            }
        });
    }

    /** A cell's value as {@link Table} holds it; formulas give their last computed value. */
    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getRichStringCellValue().getString().strip();
                yield text.isEmpty() ? null : text;
            }
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> new CellError(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }

    // ---- Writing ----

    public static void write(LoadedProblem problem, Path file) {
        FileIo.write(file, out -> write(problem, out));
    }

    /** Writes the problem as a workbook a planner can edit and import again; the stream is left open. */
    public static void write(LoadedProblem problem, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle headerStyle = headerStyle(workbook);
            Map<SheetSpec, List<List<Object>>> tables = TableProblemWriter.tables(problem);
            for (SheetSpec spec : SheetSpec.ALL) {
                Sheet sheet = workbook.createSheet(spec.name().zh());
                List<List<Object>> rows = tables.get(spec);
                writeRow(sheet, 0, spec.columns().stream().map(c -> (Object) c.zh()).toList(), headerStyle);
                for (int r = 0; r < rows.size(); r++) {
                    writeRow(sheet, r + 1, rows.get(r), null);
                }
                sheet.createFreezePane(spec == SheetSpec.POLICY ? 1 : 2, 1);
                for (int c = 0; c < spec.columns().size(); c++) {
                    sheet.setColumnWidth(c, width(spec.columns().get(c), spec));
                }
                addDropDowns(sheet, spec, rows.size());
            }
            writeNotes(workbook.createSheet(SheetSpec.NOTES.zh()), headerStyle);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template: the workbook of a small example problem, one example of each kind of row. */
    public static void writeTemplate(OutputStream out) {
        write(example(), out);
    }

    static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    static void writeRow(Sheet sheet, int index, List<?> values, CellStyle style) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static int width(Column column, SheetSpec spec) {
        if (spec == SheetSpec.POLICY) {
            return (column.field().equals("description") ? 60 : 30) * 256;
        }
        int chars = switch (column.kind()) {
            case TEXT, ID_LIST, ENUM_LIST -> 20;
            default -> 12;
        };
        return Math.max(chars, column.zh().length() * 2 + 2) * 256;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addDropDowns(Sheet sheet, SheetSpec spec, int dataRows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = Math.max(dataRows, 0) + VALIDATED_ROWS;
        for (int c = 0; c < spec.columns().size(); c++) {
            Column column = spec.columns().get(c);
            List<String> choices = switch (column.kind()) {
                case ENUM -> EnumText.labels((Class) column.enumType());
                case BOOLEAN -> List.of(EnumText.yesNo(true), EnumText.yesNo(false));
                default -> null;
            };
            if (choices == null) {
                continue;
            }
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow, c, c));
            // A warning, not a stop: the English constant (e.g. URBAN) is accepted too.
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.setShowErrorBox(true);
            validation.createErrorBox("请从下拉列表选择", "可选值：" + String.join("、", choices));
            sheet.addValidationData(validation);
        }
    }

    private static void writeNotes(Sheet sheet, CellStyle headerStyle) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("工作表 Sheet", "列 Column", "英文列名 English header", "说明 Notes"));
        rows.add(List.of("", "", "", "表头可用中文或英文；工作表名可用中文或英文（学校/Schools 等）。下拉项也可填英文常量（如 URBAN）。"
                + "多个值以分号“;”分隔。导入时逐项校验，任何错误都会连同工作表、行、列一并列出，且不导入任何数据。"));
        for (SheetSpec spec : SheetSpec.ALL) {
            rows.add(List.of(spec.names(), "", "", (spec.required() ? "必需。" : "可选。")
                    + spec.noteZh()));
            for (Column column : spec.columns()) {
                String allowed = column.enumType() == null ? "" : "；可选值：" + EnumText.allowed(column.enumType());
                rows.add(List.of("", column.zh(), column.en(),
                        (column.required() ? "必填。" : "") + column.noteZh() + allowed));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            writeRow(sheet, r, rows.get(r), r == 0 ? headerStyle : null);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 100 * 256);
    }

    /**
     * The template's example: an urban school and a village school of one alliance, their principals, an English
     * teacher due to rotate who prefers the village school, a road distance and a planner's decision.
     */
    static LoadedProblem example() {
        School urban = new School("S01", "城关第一小学", SchoolKind.URBAN, Stage.PRIMARY, Tier.STRONG, "L1",
                new GeoPoint(30.05, 110.02), 1200, Map.of(Subject.CHINESE, 20, Subject.ENGLISH, 6), 0, null);
        School village = new School("S02", "青山村小学", SchoolKind.VILLAGE, Stage.PRIMARY, Tier.WEAK, "L1",
                new GeoPoint(30.18, 110.21), 160, Map.of(Subject.CHINESE, 4, Subject.ENGLISH, 1), 2, 3);
        List<Teacher> teachers = List.of(
                new Teacher("T0001", "王校长", urban, Subject.CHINESE, Role.PRINCIPAL, Gender.MALE, 48, 4,
                        BackboneLevel.CITY, Degree.MASTER, Title.SENIOR, null, Set.of(), true, false, null, null,
                        List.of()),
                new Teacher("T0002", "李校长", village, Subject.CHINESE, Role.PRINCIPAL, Gender.FEMALE, 45, 7,
                        BackboneLevel.NONE, Degree.BACHELOR, Title.FIRST_GRADE, null, Set.of(), true, false, null,
                        null, List.of()),
                new Teacher("T0003", "张英", urban, Subject.ENGLISH, Role.TEACHER, Gender.FEMALE, 36, 8,
                        BackboneLevel.COUNTY, Degree.BACHELOR, Title.FIRST_GRADE, new GeoPoint(30.06, 110.03),
                        EnumSet.noneOf(org.lungang.solver.domain.Exemption.class), true, false, null, null,
                        List.of("S02")));
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village), teachers,
                Map.of("S01", Map.of("S02", 28.5)));
        plan.rotationOf("T0003").setForbiddenSchoolIds(Set.of());
        plan.rotationOf("T0003").setDestination(village);
        plan.rotationOf("T0003").setPinnedByPlanner(true);
        return new LoadedProblem("示例县 2025 年交流轮岗", 2025, plan);
    }
}
