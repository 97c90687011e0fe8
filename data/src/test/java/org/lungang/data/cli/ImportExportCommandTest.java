package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

class ImportExportCommandTest extends CliTest {

    @Test
    void theTemplateImportsIntoAProblemFile() {
        Path template = dir.resolve("template.xlsx");
        Path output = dir.resolve("problem.json");

        assertThat(run("template", "--output", template.toString())).as(err.toString()).isZero();
        int exit = run("import", "--input", template.toString(), "--output", output.toString());

        assertThat(exit).as(err.toString()).isZero();
        LoadedProblem loaded = ProblemJson.read(output);
        assertThat(loaded.plan().getSchools()).hasSize(2);
        assertThat(out.toString()).contains("Imported 2 schools and 3 teachers into " + output);
    }

    @Test
    void aBrokenWorkbookExitsWithTwoListsEveryErrorAndWritesNothing() throws IOException {
        Path workbook = dir.resolve("problem.xlsx");
        Path imported = dir.resolve("problem.json");
        run("import", "--input", problem.toString(), "--output", workbook.toString());
        try (Workbook w = WorkbookFactory.create(workbook.toFile(), null, false)) {
            Sheet teachers = w.getSheet("教师");
            teachers.getRow(3).getCell(6).setCellValue("abc");
            teachers.getRow(5).getCell(2).setCellValue("X9");
            Path broken = dir.resolve("broken.xlsx");
            try (var stream = Files.newOutputStream(broken)) {
                w.write(stream);
            }
            workbook = broken;
        }

        int exit = run("import", "--input", workbook.toString(), "--output", imported.toString());

        assertThat(exit).isEqualTo(LungangCli.BAD_INPUT);
        assertThat(err.toString()).contains(
                workbook + ": 教师!row 4, column G (年龄): expected a whole number, found the text \"abc\"",
                workbook + ": 教师!row 6, column C (学校编号): unknown school id \"X9\"");
        assertThat(imported).doesNotExist();
    }

    @Test
    void csvRostersImportWithTheYearGiven() throws IOException {
        Path csv = dir.resolve("rosters");
        Path imported = dir.resolve("problem.json");
        run("import", "--input", problem.toString(), "--output", csv.toString());
        Files.delete(csv.resolve("policy.csv"));

        int exit = run("import", "--input", csv.toString(), "--output", imported.toString(), "--year", "2027");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(ProblemJson.read(imported).year()).isEqualTo(2027);
    }

    @Test
    void exportWritesThePlanWorkbook() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"),
                "{\"rotations\": [{\"teacherId\": \"E1\", \"toSchoolId\": \"V\"}]}");
        Path workbook = dir.resolve("plan.xlsx");

        int exit = run("export", "--input", problem.toString(), "--plan", plan.toString(), "--output",
                workbook.toString());

        assertThat(exit).as(err.toString()).isZero();
        try (Workbook w = WorkbookFactory.create(workbook.toFile(), null, true)) {
            assertThat(w.getSheet("交流轮岗名单").getRow(4).getCell(2).getStringCellValue()).isEqualTo("E1");
            assertThat(w.getNumberOfSheets()).isEqualTo(3);
        }
    }
}
