package org.lungang.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemFiles;
import org.lungang.data.json.ProblemJson;

class ProblemCsvTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "county-small.problem.json");

    @TempDir
    Path dir;

    private static JsonNode json(LoadedProblem problem) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problem, out);
        return MAPPER.readTree(out.toByteArray());
    }

    private static List<InputError> errorsOf(Path directory, Integer year) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatThrownBy(() -> ProblemCsv.read(directory, year))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].getErrors();
    }

    private void writeSmall() {
        ProblemCsv.write(ProblemFiles.read(ProblemFiles.small(), "small.json"), dir);
    }

    /** Replaces one line (1-based) of a written file. */
    private void replaceLine(String file, int line, String text) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve(file)));
        lines.set(line - 1, text);
        Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
    }

    @Test
    void theExampleProblemWrittenAsCsvAndReadBackIsTheSameProblem() throws IOException {
        LoadedProblem example = ProblemJson.read(EXAMPLE);

        ProblemCsv.write(example, dir);
        LoadedProblem readBack = ProblemCsv.read(dir, null);

        assertThat(json(readBack)).isEqualTo(json(example));
    }

    @Test
    void theRostersAreUtf8WithAByteOrderMarkAndChineseHeaders() throws IOException {
        writeSmall();

        String teachers = Files.readString(dir.resolve("teachers.csv"), StandardCharsets.UTF_8);

        assertThat(teachers).startsWith("\uFEFF工号,姓名,学校编号,学科,职务,性别,年龄");
        assertThat(teachers).contains("E1,Li Na,U,英语,教师,女,38,9,县级,本科,一级教师");
        assertThat(dir.resolve("schools.csv")).exists();
    }

    @Test
    void thePolicyFileCarriesWhetherTeachersAwayCountInTheHomeQuota() throws IOException {
        ObjectNode root = ProblemFiles.small();
        ((ObjectNode) root.get("policy")).put("awayOnExchangeCountInHomeQuota", true);
        ProblemCsv.write(ProblemFiles.read(root, "small.json"), dir);

        assertThat(Files.readString(dir.resolve("policy.csv"), StandardCharsets.UTF_8))
                .contains("awayOnExchangeCountInHomeQuota");
        assertThat(ProblemCsv.read(dir, null).plan().getPolicy().awayOnExchangeCountInHomeQuota()).isTrue();
    }

    @Test
    void rostersWithoutAPolicyFileTakeTheYearGiven() throws IOException {
        writeSmall();
        Files.delete(dir.resolve("policy.csv"));

        LoadedProblem problem = ProblemCsv.read(dir, 2026);

        assertThat(problem.year()).isEqualTo(2026);
        assertThat(problem.plan().getTeachers()).hasSize(7);
    }

    @Test
    void aBrokenRosterIsRejectedWithEveryErrorAtItsFileLineAndColumn() throws IOException {
        writeSmall();
        // Line 6 is E3; line 4 is E1.
        replaceLine("teachers.csv", 6, "E3,Zhao Lei,X9,英语,教师,男,28,2,,本科,二级教师,,,,是,否,,,");
        replaceLine("teachers.csv", 4, "E1,Li Na,U,英语,教师,女,abc,9,县级,本科,一级教师,,,,是,否,,,");

        List<InputError> errors = errorsOf(dir, null);

        String teachers = dir.resolve("teachers.csv").toString();
        assertThat(errors).containsExactly(
                new InputError(teachers, "line 4, column 7 (年龄)", "expected a whole number, found the text \"abc\""),
                new InputError(teachers, "line 6, column 3 (学校编号)", "unknown school id \"X9\""));
    }

    @Test
    void aRosterSavedInAnotherEncodingIsRejected() throws IOException {
        writeSmall();
        String schools = Files.readString(dir.resolve("schools.csv"), StandardCharsets.UTF_8).substring(1);
        Files.write(dir.resolve("schools.csv"), schools.getBytes(Charset.forName("GBK")));

        assertThat(errorsOf(dir, null)).containsExactly(new InputError(dir.resolve("schools.csv").toString(), "file",
                "not UTF-8 text; in Excel save it as \"CSV UTF-8 (逗号分隔)\""));
    }

    @Test
    void aQuoteLeftOpenIsRejectedAtItsLine() throws IOException {
        writeSmall();
        replaceLine("teachers.csv", 3, "P2,\"Principal V,V,数学,校长,男,50,1,,本科,高级教师,,,,是,否,,,");

        assertThat(errorsOf(dir, null)).containsExactly(new InputError(dir.resolve("teachers.csv").toString(),
                "line 3", "a quote opened here is never closed"));
    }

    @Test
    void aSchoolWithoutAPrincipalIsRefusedAtItsLineWithTheMessageOfTheJsonFile() throws IOException {
        writeSmall();
        List<String> lines = Files.readAllLines(dir.resolve("teachers.csv"), StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replace(",校长,", ",教师,"));
        Files.write(dir.resolve("teachers.csv"), lines, StandardCharsets.UTF_8);

        assertThat(errorsOf(dir, null)).containsExactly(new InputError(dir.resolve("schools.csv").toString(),
                "line 3, column 1 (学校编号)",
                "school \"V\" has no principal: list its principal among the teachers with role 校长 (PRINCIPAL)"));
    }

    @Test
    void aMissingRosterIsReported() throws IOException {
        writeSmall();
        Files.delete(dir.resolve("teachers.csv"));

        assertThat(errorsOf(dir, null)).containsExactly(new InputError(dir.resolve("teachers.csv").toString(),
                "file", "missing file teachers.csv"));
    }

    @Test
    void aTeacherNamedLikeAFormulaIsWrittenAsTextAndReadBackByName() throws IOException {
        ObjectNode root = ProblemFiles.small();
        ProblemFiles.teacher(root, 2).put("name", "=HYPERLINK(\"http://evil\",\"Li Na\")");
        ProblemCsv.write(ProblemFiles.read(root, "small.json"), dir);

        assertThat(Files.readString(dir.resolve("teachers.csv"))).contains("\"'=HYPERLINK(")
                .doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        assertThat(ProblemCsv.read(dir, null).plan().getTeachers()).anySatisfy(
                t -> assertThat(t.name()).isEqualTo("=HYPERLINK(\"http://evil\",\"Li Na\")"));
    }

    @Test
    void aTextThatExcelWouldRunAsAFormulaIsWrittenEscaped() {
        List<List<?>> rows = List.of(List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx",
                "\r=1", "Li Na"));

        String written = Csv.format(rows);

        assertThat(written.substring(1)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1,'-1+2,'@SUM(A1),'\tx,"
                + "\"'\r=1\",Li Na");
    }

    @Test
    void anEscapedTextIsReadBackAsWritten() throws Exception {
        List<String> texts = List.of("=HYPERLINK(\"http://evil\")", "+1", "-x", "@a", "\tb", "'=c", "''", "'plain",
                "plain");
        List<List<?>> rows = List.of(texts);

        List<Csv.Record> records = Csv.parse(Csv.format(rows));

        assertThat(records).singleElement().satisfies(r -> assertThat(r.fields()).containsExactlyElementsOf(texts));
    }

    @Test
    void numbersAreNotEscaped() {
        List<List<?>> rows = List.of(List.of(-1.5, -3.0, 2));

        assertThat(Csv.format(rows).substring(1)).isEqualTo("-1.5,-3,2\r\n");
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksSurviveTheRoundTrip() throws Exception {
        List<List<?>> rows = List.of(List.of("a,b", "say \"hi\"", "two\nlines", 3.0, 2.5));

        List<Csv.Record> records = Csv.parse(Csv.format(rows));

        assertThat(records).singleElement().satisfies(r -> assertThat(r.fields())
                .containsExactly("a,b", "say \"hi\"", "two\nlines", "3", "2.5"));
    }
}
