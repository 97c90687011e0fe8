package org.lungang.data.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lungang.data.excel.BrokenWorkbooks.blank;
import static org.lungang.data.excel.BrokenWorkbooks.cell;
import static org.lungang.data.excel.BrokenWorkbooks.policy;
import static org.lungang.data.excel.BrokenWorkbooks.policyRow;
import static org.lungang.data.excel.BrokenWorkbooks.removeRow;
import static org.lungang.data.excel.BrokenWorkbooks.set;
import static org.lungang.data.excel.BrokenWorkbooks.smallWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;

/** The corpus of broken workbooks: each is rejected with its errors at sheet, row and column, and nothing is read. */
class BrokenWorkbookTest {

    private static final String FILE = "problem.xlsx";

    /** A broken workbook and the errors it must be rejected with; a message ending in "…" is a prefix. */
    record Case(String name, Consumer<Workbook> change, List<InputError> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static InputError error(String location, String message) {
        return new InputError(FILE, location, message);
    }

    private static Case broken(String name, Consumer<Workbook> change, InputError... expected) {
        return new Case(name, change, List.of(expected));
    }

    /** E1 (row 4) on a support exchange. */
    private static Consumer<Workbook> exchange(String host, int start, int term) {
        return set("教师", "T4", host).andThen(set("教师", "U4", "支教")).andThen(set("教师", "V4", start))
                .andThen(set("教师", "W4", term));
    }

    static List<InputError> errorsOf(byte[] workbook) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatThrownBy(() -> ProblemWorkbook.read(new ByteArrayInputStream(workbook), FILE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].getErrors();
    }

    static Stream<Case> corpus() {
        return Stream.of(
                broken("missing sheet", w -> w.removeSheetAt(w.getSheetIndex("教师")),
                        error("workbook", "missing sheet 教师 (Teachers)")),
                broken("unknown sheet", w -> w.createSheet("Sheet1"),
                        error("Sheet1", "unknown sheet \"Sheet1\"; expected 学校 (Schools), 教师 (Teachers), "
                                + "政策 (Policy), 距离 (Distances), 决定 (Decisions), 交流记录 (History) or 说明 (Notes)")),
                broken("text in a number column", set("教师", "G4", "abc"),
                        error("教师!row 4, column G (年龄)", "expected a whole number, found the text \"abc\"")),
                broken("fraction in a whole-number column", set("教师", "G4", 38.5),
                        error("教师!row 4, column G (年龄)", "expected a whole number, found the number 38.5")),
                broken("duplicate teacher id", set("教师", "A5", "E1"),
                        error("教师!row 5, column A (工号)", "duplicate teacher id \"E1\" (first at 教师!row 4)")),
                broken("duplicate school id", w -> {
                    Sheet schools = w.getSheet("学校");
                    org.apache.poi.ss.usermodel.Row copy = schools.createRow(3);
                    schools.getRow(1).forEach(c -> {
                        Cell target = copy.createCell(c.getColumnIndex());
                        switch (c.getCellType()) {
                            case NUMERIC -> target.setCellValue(c.getNumericCellValue());
                            default -> target.setCellValue(c.getStringCellValue());
                        }
                    });
                }, error("学校!row 4, column A (学校编号)", "duplicate school id \"U\" (first at 学校!row 2)")),
                broken("unknown school", set("教师", "C6", "X9"),
                        error("教师!row 6, column C (学校编号)", "unknown school id \"X9\"")),
                broken("impossible latitude", set("学校", "G2", 95),
                        error("学校!row 2, column G (纬度)", "impossible latitude 95.0; must be within -90..90")),
                broken("impossible longitude", set("学校", "H3", -200),
                        error("学校!row 3, column H (经度)", "impossible longitude -200.0; must be within -180..180")),
                broken("empty roster", w -> {
                    for (int row = 2; row <= 8; row++) {
                        removeRow("教师", row).accept(w);
                    }
                }, error("教师", "the 教师 (Teachers) sheet has no rows of data")),
                broken("principal missing", set("教师", "E3", "教师"),
                        error("学校!row 3, column A (学校编号)", "school \"V\" has no principal: list its principal "
                                + "among the teachers with role 校长 (PRINCIPAL)")),
                broken("two principals", set("教师", "E6", "校长"),
                        error("教师!row 6, column E (职务)", "school \"U\" already has a principal, \"P1\" "
                                + "(教师!row 2); a school has exactly one")),
                broken("unknown kind of school", set("学校", "C2", "城市"),
                        error("学校!row 2, column C (类别)",
                                "unknown value \"城市\"; allowed: 城区 (URBAN), 乡镇 (TOWN), 村小 (VILLAGE)")),
                broken("unknown header", set("教师", "T1", "备注"),
                        error("教师!row 1, column T (备注)", "unknown column \"备注\"; expected one of 工号 (id), …")),
                broken("missing column", w -> {
                    for (int row = 1; row <= 8; row++) {
                        blank("教师", "D" + row).accept(w);
                    }
                }, error("教师!row 1", "missing column 学科 (subject)")),
                broken("blank required cell", blank("教师", "F4"),
                        error("教师!row 4, column F (性别)", "missing value")),
                broken("unknown partner", set("教师", "R4", "Z9"),
                        error("教师!row 4, column R (配偶工号)", "unknown teacher id \"Z9\"")),
                broken("unknown preferred school", set("教师", "S4", "V；W"),
                        error("教师!row 4, column S (意向学校)", "unknown school id \"W\"")),
                broken("team of one", set("教师", "Q4", "T1"),
                        error("教师!row 4, column Q (团队编号)",
                                "team \"T1\" has only this teacher; a team needs at least two members")),
                broken("share out of range", policy("rotationQuota", 1.5), new InputError(FILE,
                        "政策!row 11, column B (值)", "a share must be between 0 and 1, was 1.5")),
                broken("unknown policy parameter", set("政策", "A30", "quota"),
                        error("政策!row 30, column A (参数)", "unknown policy parameter \"quota\"; expected one of "
                                + "name, year, minYearsAtSchool, …")),
                broken("school year missing", w -> removeRow("政策", policyRow(w, "year")).accept(w),
                        error("政策", "the school year is missing: add a row with key \"year\" and the year, "
                                + "e.g. 2025")),
                broken("school year as text", policy("year", "二〇二五"),
                        error("政策!row 3, column B (值)", "expected a whole number, found the text \"二〇二五\"")),
                broken("unknown exemption", set("教师", "N4", "孕期或哺乳期;出差"),
                        error("教师!row 4, column N (暂缓交流情形)", "unknown value \"出差\"; allowed: 孕期或哺乳期 "
                                + "(PREGNANT_OR_NURSING), 患重大疾病 (SERIOUS_ILLNESS), 任教毕业班 (GRADUATING_CLASS), "
                                + "其他经批准的原因 (OTHER)")),
                broken("not yes or no", set("教师", "O4", "maybe"),
                        error("教师!row 4, column O (在编在岗)", "expected 是 or 否 (yes or no), found the text \"maybe\"")),
                broken("formula error", w -> {
                    Cell latitude = cell(w, "学校", "G2");
                    latitude.setCellFormula("1/0");
                    w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(latitude);
                }, error("学校!row 2, column G (纬度)", "the cell holds the error #DIV/0!")),
                broken("distance to an unknown school", w -> {
                    set("距离", "A2", "U").accept(w);
                    set("距离", "B2", "W").accept(w);
                    set("距离", "C2", 5).accept(w);
                }, error("距离!row 2, column B (终点学校)", "unknown school id \"W\"")),
                broken("negative distance", w -> {
                    set("距离", "A2", "U").accept(w);
                    set("距离", "B2", "V").accept(w);
                    set("距离", "C2", -3).accept(w);
                }, error("距离!row 2, column C (距离(km))", "must not be negative, was -3.0")),
                broken("decision for an unknown teacher", set("决定", "A2", "ZZ"),
                        error("决定!row 2, column A (工号)", "unknown teacher id \"ZZ\"")),
                broken("value without a header", set("教师", "Z4", "x"),
                        error("教师!row 4, column Z", "a value in a column without a header")),
                broken("home latitude without longitude", set("教师", "L4", 30.2),
                        error("教师!row 4, column M (住址经度)", "give both homeLatitude and homeLongitude, or neither")),
                broken("exchange at a host that does not exist", exchange("W", 2024, 3),
                        error("教师!row 4, column T (交流学校（在交流期）)", "unknown host school id \"W\"")),
                broken("exchange at her own school", exchange("U", 2024, 3),
                        error("教师!row 4, column T (交流学校（在交流期）)", "an exchange at her own school \"U\": the "
                                + "host must be another school than the home school (schoolId)")),
                broken("term longer than the policy allows", exchange("V", 2024, 6),
                        error("教师!row 4, column W (交流期限(年))", "a term of 6 years is longer than the policy allows"
                                + " for SUPPORT (3 years and one extension of 1)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBrokenWorkbookIsRejectedWithEveryErrorAtItsSheetRowAndColumn(Case broken) {
        List<InputError> errors = errorsOf(smallWith(broken.change()));

        assertThat(errors).hasSameSizeAs(broken.expected());
        for (int i = 0; i < errors.size(); i++) {
            InputError actual = errors.get(i);
            InputError expected = broken.expected().get(i);
            assertThat(actual.file()).isEqualTo(expected.file());
            assertThat(actual.location()).isEqualTo(expected.location());
            if (expected.message().endsWith("…")) {
                assertThat(actual.message()).startsWith(expected.message().substring(0,
                        expected.message().length() - 1));
            } else {
                assertThat(actual.message()).isEqualTo(expected.message());
            }
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyBrokenWorkbooks() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyProblemOfAWorkbookIsReportedAtOnce() {
        byte[] workbook = smallWith(set("教师", "G4", "abc").andThen(set("教师", "C6", "X9"))
                .andThen(set("学校", "G2", 95)).andThen(w -> w.createSheet("Sheet1")));

        assertThat(errorsOf(workbook)).extracting(InputError::location).containsExactlyInAnyOrder(
                "Sheet1", "教师!row 4, column G (年龄)", "教师!row 6, column C (学校编号)", "学校!row 2, column G (纬度)");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRejected() {
        byte[] text = "name,year\n".getBytes(StandardCharsets.UTF_8);

        assertThat(errorsOf(text)).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("workbook");
            assertThat(e.message()).startsWith("not a readable Excel workbook (.xlsx)");
        });
    }
}
