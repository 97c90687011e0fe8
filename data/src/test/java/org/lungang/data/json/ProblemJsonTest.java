package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;

class ProblemJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The example of docs/, from the data module's directory where the tests run. */
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "county-small.problem.json");

    private static JsonNode written(LoadedProblem problem) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problem, out);
        return MAPPER.readTree(out.toByteArray());
    }

    @Test
    void aProblemWrittenAndReadBackIsTheSameDocument() throws IOException {
        ObjectNode root = ProblemFiles.small();
        ObjectNode decision = root.putArray("decisions").addObject().put("teacherId", "E1").put("toSchoolId", "V")
                .put("pinned", true);
        decision.putArray("forbiddenSchoolIds");
        root.putArray("distances").addObject().put("from", "U").put("to", "V").put("km", 14.5);
        teacher(root, 3).put("homeLatitude", 30.02).put("homeLongitude", 110.01);
        JsonNode first = written(ProblemFiles.read(root, "small.json"));

        JsonNode second = written(ProblemFiles.read(first, "written.json"));

        assertThat(second).isEqualTo(first);
        assertThat(first.get("decisions").get(0).get("toSchoolId").asText()).isEqualTo("V");
        assertThat(first.get("distances").get(0).get("km").asDouble()).isEqualTo(14.5);
        assertThat(first.get("teachers").get(3).get("homeLongitude").asDouble()).isEqualTo(110.01);
    }

    @Test
    void theExampleProblemReadsAndWritesBackUnchanged() throws IOException {
        JsonNode example = MAPPER.readTree(EXAMPLE.toFile());

        LoadedProblem problem = ProblemJson.read(EXAMPLE);

        assertThat(problem.plan().getTeachers()).isNotEmpty();
        assertThat(written(problem)).isEqualTo(example);
    }

    @Test
    void absentPolicyFieldsKeepTheirDefaultsAndGivenOnesApply() {
        LoadedProblem problem = ProblemFiles.read(ProblemFiles.small(), "small.json");

        RotationPolicy policy = problem.plan().getPolicy();
        assertThat(policy.constraintWeights()).containsExactly(Map.entry("Commute distance", "0hard/0medium/2soft"));
        assertThat(policy.toBuilder().constraintWeights(Map.of()).build())
                .isEqualTo(RotationPolicy.defaults());
    }

    @Test
    void teachersAwayCountInTheHomeQuotaOnlyWhenThePolicySaysSo() throws IOException {
        ObjectNode root = ProblemFiles.small();
        assertThat(ProblemFiles.read(root, "small.json").plan().getPolicy().awayOnExchangeCountInHomeQuota())
                .isFalse();

        ((ObjectNode) root.get("policy")).put("awayOnExchangeCountInHomeQuota", true);
        LoadedProblem counting = ProblemFiles.read(root, "small.json");

        assertThat(counting.plan().getPolicy().awayOnExchangeCountInHomeQuota()).isTrue();
        assertThat(written(counting).get("policy").get("awayOnExchangeCountInHomeQuota").asBoolean()).isTrue();
    }

    @Test
    void absentTeacherFieldsTakeTheirDefaults() {
        LoadedProblem problem = ProblemFiles.read(ProblemFiles.small(), "small.json");

        Teacher teacher = problem.plan().rotationOf("E2").getTeacher();
        assertThat(teacher.onEstablishment()).isTrue();
        assertThat(teacher.volunteer()).isFalse();
        assertThat(teacher.backboneLevel()).isEqualTo(BackboneLevel.NONE);
        assertThat(teacher.homeLocation()).isNull();
        assertThat(problem.name()).isEqualTo("Two schools");
        assertThat(problem.year()).isEqualTo(2025);
    }

    @Test
    void decisionsPinAndForbidAndSetWarmStartDestinations() {
        ObjectNode root = ProblemFiles.small();
        root.putArray("decisions").addObject().put("teacherId", "E1").put("toSchoolId", "V").put("pinned", true);
        ((ObjectNode) root.withArray("decisions").addObject().put("teacherId", "E2"))
                .putArray("forbiddenSchoolIds").add("V");

        LoadedProblem problem = ProblemFiles.read(root, "small.json");

        Rotation e1 = problem.plan().rotationOf("E1");
        assertThat(e1.getDestination().getId()).isEqualTo("V");
        assertThat(e1.isPinned()).isTrue();
        assertThat(problem.plan().rotationOf("E2").getForbiddenSchoolIds()).containsExactly("V");
        assertThat(problem.plan().rotationOf("E2").getDestination()).isNull();
    }

    @Test
    void staffingBeforeThePlanIsDerivedFromTheRoster() {
        LoadedProblem problem = ProblemFiles.read(ProblemFiles.small(), "small.json");

        assertThat(problem.plan().schoolOf("U").staffBefore(Subject.ENGLISH)).isEqualTo(3);
    }

    @Test
    void aMissingFileIsAnInputErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProblemJson.read(missing))
                .isInstanceOfSatisfying(org.lungang.data.InvalidInputException.class, e -> assertThat(e.getErrors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.file()).isEqualTo(missing.toString());
                            assertThat(error.message()).isEqualTo("no such file");
                        }));
    }

    @Test
    void aProblemWrittenToAFileReadsBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.json");
        LoadedProblem problem = ProblemFiles.read(ProblemFiles.small(), "small.json");

        ProblemJson.write(problem, file);

        assertThat(Files.readString(file)).contains("\"Hillside Village Primary\"");
        assertThat(ProblemJson.read(file).plan().getTeachers()).hasSize(7);
    }

    private static ObjectNode teacher(ObjectNode root, int index) {
        return ProblemFiles.teacher(root, index);
    }
}
