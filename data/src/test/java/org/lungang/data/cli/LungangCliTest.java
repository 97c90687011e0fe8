package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;

import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;

class LungangCliTest extends CliTest {

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void solveWritesAFeasiblePlanThatSendsTheBackboneEnglishTeacherToTheVillage() {
        Path plan = dir.resolve("plan.json");

        int exit = run("solve", "--input", problem.toString(), "--output", plan.toString(), "--time", "2s");

        assertThat(exit).as(err.toString()).isZero();
        PlanDocument document = PlanJson.readDocument(plan);
        assertThat(document.feasible()).isTrue();
        assertThat(document.rotations()).anySatisfy(move -> {
            assertThat(move.teacherId()).isEqualTo("E1");
            assertThat(move.toSchoolId()).isEqualTo("V");
        });
        assertThat(out.toString()).contains("E1 Li Na  U → V  support  ENGLISH");
    }

    @Test
    void solveAppliesAWeightsFile() throws IOException {
        Path weights = write("weights.json", "{\"Same alliance move\": \"0hard/0medium/100soft\"}");
        Path plan = dir.resolve("plan.json");

        int exit = run("solve", "--input", problem.toString(), "--output", plan.toString(), "--time", "PT2S",
                "--weights", weights.toString());

        assertThat(exit).as(err.toString()).isZero();
        Path unweighted = dir.resolve("unweighted.json");
        run("evaluate", "--input", problem.toString(), "--plan", plan.toString(), "--output", unweighted.toString());
        assertThat(softScoreOfSameAlliance(plan)).isPositive()
                .isEqualTo(100 * softScoreOfSameAlliance(unweighted));
    }

    private static long softScoreOfSameAlliance(Path plan) {
        String score = PlanJson.readDocument(plan).constraints().stream()
                .filter(c -> c.name().equals("Same alliance move")).findFirst().orElseThrow().score();
        return HardMediumSoftLongScore.parseScore(score).softScore();
    }

    @Test
    void evaluatePrintsTheKpisAndTheBreakdownOfAHandMadePlan() throws IOException {
        Path plan = write("hand.json", "{\"rotations\": [{\"teacherId\": \"E3\", \"toSchoolId\": \"V\"}]}");
        Path evaluated = dir.resolve("evaluated.json");

        int exit = run("evaluate", "--input", problem.toString(), "--plan", plan.toString(), "--output",
                evaluated.toString());

        assertThat(exit).as(err.toString()).isZero();
        // E3 has served two years: sending them breaks the eligibility rule.
        assertThat(out.toString()).contains("INFEASIBLE").contains("Only eligible teachers rotate: -1hard")
                .contains("Coefficient of variation");
        assertThat(PlanJson.readDocument(evaluated).feasible()).isFalse();
    }

    @Test
    void evaluateWithProveRisesSaysThereIsNothingToProveWhenNoCoefficientRises() throws IOException {
        Path plan = write("hand.json", "{\"rotations\": []}");

        int exit = run("evaluate", "--input", problem.toString(), "--plan", plan.toString(), "--prove-rises", "5s");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("No official coefficient of variation rises: nothing to prove.");
    }

    @Test
    void evaluateWithGuardedBoundSaysHowNearThePlanIsToTheBestThatRaisesNoCoefficientAboveIt() throws IOException {
        Path plan = write("hand.json", "{\"rotations\": [{\"teacherId\": \"E1\", \"toSchoolId\": \"V\"}]}");

        int exit = run("evaluate", "--input", problem.toString(), "--plan", plan.toString(), "--guarded-bound",
                "10s");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Posts filled and commute within -?[0-9.]+% of the best any plan "
                + "can reach that misses no more than [0-9]+ quota heads and leaves no official coefficient of "
                + "variation higher than this plan \\(bound -?[0-9]+, this plan -?[0-9]+; [0-9]+ s\\)");
    }

    @Test
    void evaluatePrintsChineseWithLangZh() throws IOException {
        Path plan = write("hand.json", "{\"rotations\": [{\"teacherId\": \"E1\", \"toSchoolId\": \"V\"}]}");

        int exit = run("evaluate", "--input", problem.toString(), "--plan", plan.toString(), "--lang", "zh");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("可行").contains("各约束得分");
    }

    @Test
    void explainPrintsTheMoveItsReasonsAndTheMatchesOfThatTeacher() throws IOException {
        Path plan = write("hand.json", "{\"rotations\": [{\"teacherId\": \"E1\", \"toSchoolId\": \"V\"}]}");

        int exit = run("explain", "--input", problem.toString(), "--plan", plan.toString(), "--teacher", "E1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("E1 Li Na: U → V (support)")
                .contains("Constraint matches involving E1")
                .contains("Same alliance move: Teacher E1 (U → V)");
    }

    @Test
    void explainOfAnUnknownTeacherIsBadInput() throws IOException {
        Path plan = write("hand.json", "{\"rotations\": []}");

        int exit = run("explain", "--input", problem.toString(), "--plan", plan.toString(), "--teacher", "ZZ");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("command line: --teacher: unknown teacher id \"ZZ\"");
    }

    @Test
    void malformedInputExitsWithTwoAndNamesTheFileAndLocation() throws IOException {
        Path bad = write("bad.json", "{\n  \"name\": \"x\"\n  \"year\": 2025\n}");

        int exit = run("solve", "--input", bad.toString(), "--output", dir.resolve("p.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith(bad + ": line 3, column 3: malformed JSON");
    }

    @Test
    void everyInvalidFieldIsPrintedAsFileLocationMessage() throws IOException {
        String text = Files.readString(problem).replace("\"students\": 900", "\"students\": -1")
                .replace("\"kind\": \"VILLAGE\"", "\"kind\": \"HAMLET\"");
        Path bad = write("bad.json", text);

        int exit = run("evaluate", "--input", bad.toString(), "--plan", bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                bad + ": $.schools[0].students: must be at least 0, was -1",
                bad + ": $.schools[1].kind: unknown value \"HAMLET\"; allowed: URBAN, TOWN, VILLAGE");
    }

    @Test
    void aBadDurationIsAUsageError() {
        int exit = run("solve", "--input", problem.toString(), "--output", "x.json", "--time", "soon");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration like 30s, 2m or PT30S");
    }

    @Test
    void durationsAreReadInShortAndIsoForm() {
        DurationConverter converter = new DurationConverter();

        assertThat(converter.convert("10s")).hasSeconds(10);
        assertThat(converter.convert("2m")).hasMinutes(2);
        assertThat(converter.convert("PT30S")).hasSeconds(30);
        assertThat(converter.convert("500ms")).hasMillis(500);
    }
}
