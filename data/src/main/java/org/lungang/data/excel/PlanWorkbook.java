package org.lungang.data.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.lungang.data.FileIo;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.Staffing;

/**
 * A plan as the workbook the bureau prints and files: the official rotation list (交流轮岗名单) grouped by sending
 * school, each school's staffing per subject before and after, and the national balance indicators with their
 * coefficients of variation against the thresholds. Every sheet prints landscape, fitted to the page width, with
 * its header row repeated on each page.
 */
public final class PlanWorkbook {

    static final String LIST = "交流轮岗名单";
    static final String STAFFING = "学校编制变化";
    static final String INDICATORS = "指标";
    static final String RETURNS = "期满返回与延期";
    static final List<String> RETURNS_HEADERS = List.of("序号", "姓名", "工号", "学科", "原学校", "交流学校", "类型",
            "起始学年", "期限(年)", "结果", "理由");
    static final List<String> LIST_HEADERS = List.of("序号", "姓名", "工号", "学科", "骨干", "原学校", "交流学校", "类型",
            "距离(km)", "理由");
    static final List<String> STAFFING_HEADERS = List.of("学校编号", "学校名称", "类别", "学科", "核定编制", "交流前",
            "调出", "调入", "交流后", "缺编(交流前)", "缺编(交流后)");
    static final List<String> INDICATOR_HEADERS = List.of("学段", "指标（每百名学生）", "差异系数(交流前)",
            "差异系数(交流后)", "国家标准(不高于)", "交流前达标", "交流后达标");

    /** The row of each sheet's table header: above it, the plan's version, score and feasibility. */
    static final int TABLE_ROW = 2;

    private PlanWorkbook() {
    }

    public static void write(RotationPlan solved, PlanKpis kpis, Path file) {
        FileIo.write(file, out -> write(solved, kpis, PlanStatus.of(null, new RotationSolver(), solved), out));
    }

    /**
     * Writes the plan's workbook; the stream is left open.
     *
     * @param solved the plan, its destinations set
     * @param kpis its indicators, from {@link org.lungang.solver.kpi.KpiCalculator#calculate}
     */
    public static void write(RotationPlan solved, PlanKpis kpis, OutputStream out) {
        write(solved, kpis, PlanStatus.of(null, new RotationSolver(), solved), out);
    }

    /**
     * Writes the plan's workbook with its version, score and feasibility above the table of every sheet; the
     * stream is left open.
     */
    public static void write(RotationPlan solved, PlanKpis kpis, PlanStatus status, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            rotationList(workbook.createSheet(LIST), solved, styles);
            staffing(workbook.createSheet(STAFFING), solved, styles);
            indicators(workbook.createSheet(INDICATORS), kpis, styles);
            if (!solved.getTermEnds().isEmpty()) {
                returns(workbook.createSheet(RETURNS), solved, styles);
            }
            for (Sheet sheet : workbook) {
                statusBand(workbook, sheet, status);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle group, CellStyle text, CellStyle wrapped, CellStyle number) {
        Styles(Workbook workbook) {
            this(create(workbook, true, false), create(workbook, true, false), create(workbook, false, false),
                    create(workbook, false, true), create(workbook, false, false));
            header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            number.setDataFormat(workbook.createDataFormat().getFormat("0.0##"));
        }

        private static CellStyle create(Workbook workbook, boolean bold, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(bold);
            style.setFont(font);
            style.setWrapText(wrap || bold);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    private static void rotationList(Sheet sheet, RotationPlan plan, Styles styles) {
        header(sheet, LIST_HEADERS, styles, new int[] {6, 10, 10, 10, 8, 20, 20, 10, 9, 70});
        List<MoveExplanation> explanations = MoveExplainer.explainAll(plan);
        Map<School, List<Integer>> bySender = new LinkedHashMap<>();
        plan.getSchools().forEach(s -> bySender.put(s, new ArrayList<>()));
        for (int i = 0; i < plan.getRotations().size(); i++) {
            Rotation rotation = plan.getRotations().get(i);
            if (rotation.isMoving()) {
                bySender.get(rotation.getHomeSchool()).add(i);
            }
        }
        int rowIndex = TABLE_ROW + 1;
        int serial = 1;
        for (Map.Entry<School, List<Integer>> sender : bySender.entrySet()) {
            if (sender.getValue().isEmpty()) {
                continue;
            }
            School school = sender.getKey();
            Row groupRow = sheet.createRow(rowIndex);
            cell(groupRow, 0, "派出学校：" + school.getName() + "（" + school.getId() + "，" + Labels.zh(school.getKind())
                    + Labels.zh(school.getStage()) + "）  交流 " + sender.getValue().size() + " 人", styles.group());
            for (int c = 1; c < LIST_HEADERS.size(); c++) {
                cell(groupRow, c, null, styles.group());
            }
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, LIST_HEADERS.size() - 1));
            rowIndex++;
            for (int i : sender.getValue()) {
                Rotation r = plan.getRotations().get(i);
                Row row = sheet.createRow(rowIndex++);
                cell(row, 0, serial++, styles.text());
                cell(row, 1, r.getTeacher().name(), styles.text());
                cell(row, 2, r.getId(), styles.text());
                cell(row, 3, Labels.zh(r.getSubject()), styles.text());
                cell(row, 4, r.isBackbone() ? Labels.zh(r.getTeacher().backboneLevel()) : "", styles.text());
                cell(row, 5, r.getHomeSchool().getName(), styles.text());
                cell(row, 6, r.getDestination().getName(), styles.text());
                cell(row, 7, Labels.zh(r.getKind()), styles.text());
                cell(row, 8, Math.round(r.getCommuteKm() * 10) / 10.0, styles.number());
                cell(row, 9, String.join("\n", explanations.get(i).zh()), styles.wrapped());
            }
        }
        printSetup(sheet);
    }

    /** The year's returns and extensions, decided before the moves: one row per teacher whose term ends. */
    private static void returns(Sheet sheet, RotationPlan plan, Styles styles) {
        header(sheet, RETURNS_HEADERS, styles, new int[] {6, 10, 10, 10, 20, 20, 10, 9, 9, 10, 70});
        int rowIndex = TABLE_ROW + 1;
        for (org.lungang.solver.domain.TermEnd end : plan.getTermEnds()) {
            var t = end.teacher();
            var x = end.exchange();
            Row row = sheet.createRow(rowIndex);
            cell(row, 0, rowIndex++ - TABLE_ROW, styles.text());
            cell(row, 1, t.name(), styles.text());
            cell(row, 2, t.id(), styles.text());
            cell(row, 3, Labels.zh(t.subject()), styles.text());
            cell(row, 4, t.homeSchool().getName(), styles.text());
            cell(row, 5, x.host().getName(), styles.text());
            cell(row, 6, Labels.zh(x.kind()), styles.text());
            cell(row, 7, x.startYear(), styles.text());
            cell(row, 8, x.termYears(), styles.text());
            cell(row, 9, end.extended() ? "延期" : "返回", styles.text());
            cell(row, 10, String.join("\n", org.lungang.solver.explain.TermEndExplainer.explain(end,
                    plan.getPolicy()).get(0)), styles.wrapped());
        }
        printSetup(sheet);
    }

    private static void staffing(Sheet sheet, RotationPlan plan, Styles styles) {
        header(sheet, STAFFING_HEADERS, styles, new int[] {10, 22, 8, 12, 10, 8, 8, 8, 8, 12, 12});
        Staffing staffing = Staffing.of(plan);
        int rowIndex = TABLE_ROW + 1;
        for (School school : plan.getSchools()) {
            for (Subject subject : Subject.values()) {
                int before = school.staffBefore(subject);
                int after = staffing.staffAfter(school, subject);
                if (school.posts(subject) == 0 && before == 0 && after == 0) {
                    continue;
                }
                Row row = sheet.createRow(rowIndex++);
                cell(row, 0, school.getId(), styles.text());
                cell(row, 1, school.getName(), styles.text());
                cell(row, 2, Labels.zh(school.getKind()), styles.text());
                cell(row, 3, Labels.zh(subject), styles.text());
                cell(row, 4, school.posts(subject), styles.text());
                cell(row, 5, before, styles.text());
                cell(row, 6, staffing.departures(school, subject), styles.text());
                cell(row, 7, staffing.arrivals(school, subject), styles.text());
                cell(row, 8, after, styles.text());
                cell(row, 9, school.openPostsBefore(subject), styles.text());
                cell(row, 10, staffing.openPostsAfter(school, subject), styles.text());
            }
        }
        printSetup(sheet);
    }

    private static void indicators(Sheet sheet, PlanKpis kpis, Styles styles) {
        header(sheet, INDICATOR_HEADERS, styles, new int[] {10, 36, 16, 16, 16, 12, 12});
        int rowIndex = TABLE_ROW + 1;
        for (IndicatorKpis indicator : kpis.indicators()) {
            Row row = sheet.createRow(rowIndex++);
            cell(row, 0, Labels.zh(indicator.group()), styles.text());
            cell(row, 1, indicator.indicator().text().zh(), styles.text());
            cell(row, 2, round3(indicator.coefficientBefore()), styles.number());
            cell(row, 3, round3(indicator.coefficientAfter()), styles.number());
            cell(row, 4, indicator.threshold(), styles.number());
            cell(row, 5, EnumText.yesNo(indicator.metBefore()), styles.text());
            cell(row, 6, EnumText.yesNo(indicator.metAfter()), styles.text());
        }
        // The county's figures below the table: what the quotas ask and what the plan does.
        CountyKpis county = kpis.county();
        rowIndex++;
        List<List<Object>> figures = List.of(
                List.of("教师总数", county.teachers()),
                List.of("符合交流条件", county.eligible()),
                List.of("交流人数", county.rotated()),
                List.of("骨干教师占交流人数比例", Labels.percent(county.backboneShare()) + "（要求不低于 "
                        + Labels.percent(county.backboneShareRequired()) + "）"),
                List.of("干部和骨干教师交流比例", Labels.percent(county.cadreBackboneShare()) + "（要求不低于 "
                        + Labels.percent(county.cadreBackboneShareRequired()) + "）"),
                List.of("达到交流比例的学校", county.quotaSchoolsMet() + " / " + county.quotaSchools()),
                List.of("各项交流比例均达标", EnumText.yesNo(county.quotaMet())));
        for (List<Object> figure : figures) {
            Row row = sheet.createRow(rowIndex++);
            cell(row, 0, figure.get(0), styles.group());
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
            cell(row, 1, null, styles.group());
            cell(row, 2, figure.get(1), styles.text());
        }
        printSetup(sheet);
    }

    /** The plan's version and score (row 1) and whether it keeps every hard rule (row 2), also in the print header. */
    private static void statusBand(Workbook workbook, Sheet sheet, PlanStatus status) {
        int width = Math.max(1, sheet.getRow(TABLE_ROW).getLastCellNum());
        String version = status.version() == null ? "" : "方案版本：" + status.version() + "　";
        HardMediumSoftLongScore score = status.score();
        String first = version + "得分：硬 " + score.hardScore() + " · 中 " + score.mediumScore() + " · 软 "
                + score.softScore();
        String second = feasibilityLine(status);
        CellStyle plain = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        plain.setFont(bold);
        CellStyle alarm = workbook.createCellStyle();
        Font red = workbook.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        alarm.setFont(red);
        alarm.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        alarm.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        band(sheet, 0, first, plain, width);
        band(sheet, 1, second, status.feasible() ? plain : alarm, width);
        sheet.getHeader().setLeft(first);
        sheet.getHeader().setRight(status.feasible() ? "合法方案" : "不合法方案（违反硬性规则）");
    }

    static String feasibilityLine(PlanStatus status) {
        if (status.feasible()) {
            return "合法方案：满足全部硬性规则";
        }
        String rules = status.brokenRules().stream().map(Labels::zhRule).collect(Collectors.joining("、"));
        return "不合法方案：违反硬性规则" + (rules.isEmpty() ? "" : "（" + rules + "）")
                + "，不能作为正式交流轮岗名单使用";
    }

    private static void band(Sheet sheet, int rowIndex, String text, CellStyle style, int width) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, text, style);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
        }
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles, int[] widths) {
        Row row = sheet.createRow(TABLE_ROW);
        for (int c = 0; c < headers.size(); c++) {
            cell(row, c, headers.get(c), styles.header());
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, TABLE_ROW + 1);
    }

    private static void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        cell.setCellStyle(style);
    }

    private static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(TABLE_ROW, TABLE_ROW, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
