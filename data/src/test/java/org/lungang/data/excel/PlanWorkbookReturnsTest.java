package org.lungang.data.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemFiles;
import org.lungang.solver.kpi.KpiCalculator;

class PlanWorkbookReturnsTest {

    @Test
    void thePlanWorkbookListsTheYearsReturnsOnTheirOwnSheet() throws IOException {
        ObjectNode root = ProblemFiles.small();
        ProblemFiles.teacher(root, 2).putObject("exchange").put("hostSchoolId", "V").put("kind", "SUPPORT")
                .put("startYear", 2022).put("termYears", 3);
        LoadedProblem problem = ProblemFiles.read(root, "ok.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PlanWorkbook.write(problem.plan(), KpiCalculator.calculate(problem.plan()), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet returns = workbook.getSheet(PlanWorkbook.RETURNS);
            assertThat(returns).isNotNull();
            assertThat(returns.getRow(0).getCell(0).getStringCellValue()).startsWith("得分");
            assertThat(returns.getRow(PlanWorkbook.TABLE_ROW + 1).getCell(2).getStringCellValue()).isEqualTo("E1");
            assertThat(returns.getRow(PlanWorkbook.TABLE_ROW + 1).getCell(9).getStringCellValue()).isEqualTo("返回");
        }
    }
}
