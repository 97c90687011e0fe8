package org.lungang.data.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.lungang.data.json.ProblemFiles;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;

/** The small problem with its backbone English teacher E1 sent from the county seat U to the village school V. */
class PlanWorkbookTest {

    private static final DataFormatter FORMAT = new DataFormatter();
    private static final int T = PlanWorkbook.TABLE_ROW;
    private static Workbook workbook;
    private static PlanKpis kpis;

    @BeforeAll
    static void exportTheSmallPlan() throws IOException {
        RotationPlan plan = ProblemFiles.read(ProblemFiles.small(), "small.json").plan();
        plan.rotationOf("E1").setDestination(plan.schoolOf("V"));
        kpis = KpiCalculator.calculate(plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(plan, kpis, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : FORMAT.formatCellValue(cell));
        }
        return cells;
    }

    @Test
    void theWorkbookHasTheRotationListTheStaffingAndTheIndicators() {
        assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("交流轮岗名单", "学校编制变化", "指标");
    }

    @Test
    void theRotationListGroupsTheMoverUnderTheSendingSchool() {
        Sheet list = workbook.getSheet("交流轮岗名单");

        assertThat(row(list, T)).isEqualTo(PlanWorkbook.LIST_HEADERS);
        assertThat(row(list, T + 1).get(0)).isEqualTo("派出学校：County Seat Primary（U，城区小学）  交流 1 人");
        assertThat(row(list, T + 2).subList(0, 8)).containsExactly("1", "Li Na", "E1", "英语", "县级",
                "County Seat Primary", "Hillside Village Primary", "支教");
        assertThat(list.getRow(T + 2).getCell(8).getNumericCellValue()).isGreaterThan(10.0);
        assertThat(row(list, T + 2).get(9)).contains("支教");
        assertThat(list.getLastRowNum()).isEqualTo(T + 2);
    }

    @Test
    void theStaffingSheetShowsEachSchoolsSubjectsBeforeAndAfter() {
        Sheet staffing = workbook.getSheet("学校编制变化");

        assertThat(row(staffing, T)).isEqualTo(PlanWorkbook.STAFFING_HEADERS);
        List<List<String>> rows = new ArrayList<>();
        for (int r = T + 1; r <= staffing.getLastRowNum(); r++) {
            rows.add(row(staffing, r));
        }
        assertThat(rows).contains(
                List.of("U", "County Seat Primary", "城区", "英语", "2", "3", "1", "0", "2", "0", "0"),
                List.of("V", "Hillside Village Primary", "村小", "英语", "1", "0", "0", "1", "1", "1", "0"));
    }

    @Test
    void theIndicatorSheetHasEveryIndicatorWithItsCoefficientsAndThreshold() {
        Sheet indicators = workbook.getSheet("指标");

        assertThat(row(indicators, T)).isEqualTo(PlanWorkbook.INDICATOR_HEADERS);
        for (int i = 0; i < kpis.indicators().size(); i++) {
            var expected = kpis.indicators().get(i);
            Row row = indicators.getRow(T + i + 1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.indicator().text().zh());
            assertThat(row.getCell(3).getNumericCellValue())
                    .isEqualTo(Math.round(expected.coefficientAfter() * 1000) / 1000.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.threshold());
        }
        assertThat(kpis.indicators()).isNotEmpty();
    }

    @Test
    void everySheetPrintsLandscapeFittedToWidthWithItsHeaderRepeated() {
        for (Sheet sheet : workbook) {
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(workbook.getFontAt(sheet.getRow(T).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
        }
    }

    @Test
    void everySheetStatesTheVersionTheScoreAndThatThePlanIsFeasible() {
        for (Sheet sheet : workbook) {
            assertThat(row(sheet, 0).get(0)).as(sheet.getSheetName()).startsWith("得分：硬 0 · 中 ");
            assertThat(row(sheet, 1).get(0)).as(sheet.getSheetName()).isEqualTo("合法方案：满足全部硬性规则");
        }
    }

    @Test
    void anInfeasiblePlanIsMarkedOnEverySheetWithTheBrokenRulesInChinese() throws IOException {
        RotationPlan plan = ProblemFiles.read(ProblemFiles.small(), "small.json").plan();
        // To their own school: breaks "No move to own school".
        plan.rotationOf("E1").setDestination(plan.rotationOf("E1").getHomeSchool());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(plan, KpiCalculator.calculate(plan),
                PlanStatus.of("第 3 版", new RotationSolver(), plan), out);
        try (Workbook infeasible = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : infeasible) {
                assertThat(row(sheet, 0).get(0)).as(sheet.getSheetName()).startsWith("方案版本：第 3 版　得分：硬 -");
                assertThat(row(sheet, 1).get(0)).as(sheet.getSheetName()).startsWith("不合法方案：违反硬性规则（")
                        .contains("不得交流到本校").endsWith("不能作为正式交流轮岗名单使用");
                assertThat(sheet.getHeader().getRight()).contains("不合法方案");
            }
        }
    }
}
