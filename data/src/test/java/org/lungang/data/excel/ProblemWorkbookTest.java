package org.lungang.data.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfiles;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemFiles;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;

class ProblemWorkbookTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The example of docs/, from the data module's directory where the tests run. */
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "county-small.problem.json");

    static byte[] workbook(LoadedProblem problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemWorkbook.write(problem, out);
        return out.toByteArray();
    }

    static JsonNode json(LoadedProblem problem) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problem, out);
        return MAPPER.readTree(out.toByteArray());
    }

    static LoadedProblem read(byte[] workbook) {
        return ProblemWorkbook.read(new ByteArrayInputStream(workbook), "problem.xlsx");
    }

    @Test
    void theExampleProblemWrittenAsAWorkbookAndReadBackIsTheSameProblem() throws IOException {
        LoadedProblem example = ProblemJson.read(EXAMPLE);

        LoadedProblem readBack = read(workbook(example));

        assertThat(json(readBack)).isEqualTo(json(example));
    }

    @Test
    void thePolicySheetCarriesWhetherTeachersAwayCountInTheHomeQuota() {
        ObjectNode root = ProblemFiles.small();
        ((ObjectNode) root.get("policy")).put("awayOnExchangeCountInHomeQuota", true);
        LoadedProblem problem = ProblemFiles.read(root, "small.json");

        assertThat(read(workbook(problem)).plan().getPolicy().awayOnExchangeCountInHomeQuota()).isTrue();
    }

    @Test
    void aGeneratedCountyOfAThousandTeachersRoundTripsThroughTheWorkbook() throws IOException {
        GeneratedCounty county = CountyGenerator.generate(CountyProfiles.SMALL, 7);
        LoadedProblem problem = new LoadedProblem(county.name(), county.year(), county.plan());

        LoadedProblem readBack = read(workbook(problem));

        assertThat(json(readBack)).isEqualTo(json(problem));
    }

    @Test
    void theTemplateReadsBackAsItsExampleProblem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemWorkbook.writeTemplate(out);

        LoadedProblem template = read(out.toByteArray());

        assertThat(json(template)).isEqualTo(json(ProblemWorkbook.example()));
        assertThat(template.plan().rotationOf("T0003").isPinnedByPlanner()).isTrue();
    }

    @Test
    void theTemplateHasOneSheetPerPartWithDropDownsAndNotes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemWorkbook.writeTemplate(out);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook).extracting(Sheet::getSheetName)
                    .containsExactly("学校", "教师", "政策", "距离", "决定", "交流记录", "说明");
            Sheet schools = workbook.getSheet("学校");
            assertThat(schools.getRow(0).getCell(2).getStringCellValue()).isEqualTo("类别");
            assertThat(schools.getRow(1).getCell(2).getStringCellValue()).isEqualTo("城区");
            assertThat(schools.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("城区", "乡镇", "村小"));
            assertThat(workbook.getSheet("教师").getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).contains("英语", "音乐"));
            assertThat(workbook.getSheet("说明").getRow(1).getCell(3).getStringCellValue()).contains("分号");
        }
    }

    @Test
    void englishSheetNamesHeadersAndConstantsAreAcceptedAsWellAsChinese() throws IOException {
        byte[] chinese = workbook(ProblemWorkbook.example());
        byte[] english;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(chinese))) {
            for (SheetSpec spec : SheetSpec.ALL) {
                Sheet sheet = workbook.getSheet(spec.name().zh());
                workbook.setSheetName(workbook.getSheetIndex(sheet), spec.name().en());
                for (int c = 0; c < spec.columns().size(); c++) {
                    sheet.getRow(0).getCell(c).setCellValue(spec.columns().get(c).en());
                }
            }
            Sheet schools = workbook.getSheet("Schools");
            schools.getRow(1).getCell(2).setCellValue("urban");
            schools.getRow(2).getCell(2).setCellValue("VILLAGE");
            workbook.getSheet("Teachers").getRow(3).getCell(3).setCellValue("ENGLISH");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            english = out.toByteArray();
        }

        LoadedProblem problem = read(english);

        assertThat(json(problem)).isEqualTo(json(ProblemWorkbook.example()));
        assertThat(problem.plan().schoolOf("S01").getKind()).isEqualTo(SchoolKind.URBAN);
    }

    @Test
    void teamsCouplesAndPreferencesAreColumnsOfTheTeachersSheet() throws IOException {
        LoadedProblem example = ProblemJson.read(EXAMPLE);

        LoadedProblem readBack = read(workbook(example));

        Teacher withPreferences = readBack.plan().getTeachers().stream()
                .filter(t -> !t.preferredSchoolIds().isEmpty()).findFirst().orElseThrow();
        assertThat(withPreferences.preferredSchoolIds()).isEqualTo(
                example.plan().rotationOf(withPreferences.id()).getTeacher().preferredSchoolIds());
        assertThat(readBack.plan().getTeachers()).anySatisfy(t -> assertThat(t.teamId()).isNotNull());
        assertThat(readBack.plan().getTeachers()).anySatisfy(t -> assertThat(t.partnerId()).isNotNull());
        assertThat(readBack.plan().schoolOf("S01").posts(Subject.ENGLISH))
                .isEqualTo(example.plan().schoolOf("S01").posts(Subject.ENGLISH));
    }
}
