package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.InvalidInputException;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.exact.ExactStatus;

class PlanJsonTest {

    @TempDir
    Path dir;

    private static LoadedProblem small() {
        return ProblemFiles.read(ProblemFiles.small(), "small.json");
    }

    private Path planFile(String json) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aWrittenPlanListsItsMoversWithExplanationsKpisAndEveryConstraint() {
        LoadedProblem problem = small();
        problem.plan().rotationOf("E1").setDestination(problem.plan().schoolOf("V"));
        Path file = dir.resolve("plan.json");

        PlanJson.write(problem.plan(), problem.name(), file);
        PlanDocument plan = PlanJson.readDocument(file);

        assertThat(plan.problem()).isEqualTo("Two schools");
        assertThat(plan.rotations()).singleElement().satisfies(move -> {
            assertThat(move.teacherId()).isEqualTo("E1");
            assertThat(move.fromSchoolId()).isEqualTo("U");
            assertThat(move.toSchoolId()).isEqualTo("V");
            assertThat(move.kind()).isEqualTo(RotationKind.SUPPORT);
            assertThat(move.justification().en()).isNotEmpty();
            assertThat(move.justification().zh()).hasSameSizeAs(move.justification().en());
        });
        assertThat(plan.kpis().county().rotated()).isEqualTo(1);
        assertThat(plan.constraints()).extracting(PlanDocument.ConstraintEntry::name)
                .containsExactlyElementsOf(ConstraintNames.ALL);
        assertThat(plan.score()).isEqualTo(problem.plan().getScore().toString());
    }

    @Test
    void aPlanFileMadeByHandIsAppliedOntoTheProblemAndEveryoneElseStays() throws IOException {
        LoadedProblem problem = small();
        problem.plan().rotationOf("E2").setDestination(problem.plan().schoolOf("V"));
        Path file = planFile("{\"rotations\": [{\"teacherId\": \"E1\", \"toSchoolId\": \"V\"}]}");

        RotationPlan plan = PlanJson.readDecisions(file, problem.plan());

        assertThat(plan.rotationOf("E1").getDestination().getId()).isEqualTo("V");
        assertThat(plan.rotationOf("E2").getDestination()).isNull();
    }

    @Test
    void unknownTeacherAndSchoolIdsInAPlanAreReportedWithTheirPathsAndNothingIsApplied() throws IOException {
        LoadedProblem problem = small();
        Path file = planFile("{\"rotations\": [{\"teacherId\": \"E1\", \"toSchoolId\": \"V\"},"
                + "{\"teacherId\": \"NOBODY\", \"toSchoolId\": \"V\"}, {\"teacherId\": \"E2\", \"toSchoolId\": \"X\"}]}");

        assertThatThrownBy(() -> PlanJson.readDecisions(file, problem.plan()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getErrors()).extracting(error -> error.file() + " " + error.location())
                            .containsExactly(file + " $.rotations[1].teacherId", file + " $.rotations[2].toSchoolId");
                    assertThat(e.getErrors().get(0).message()).isEqualTo("unknown teacher id \"NOBODY\"");
                });
        assertThat(problem.plan().rotationOf("E1").getDestination()).isNull();
    }

    @Test
    void aMoveFromTheWrongSchoolIsReported() throws IOException {
        LoadedProblem problem = small();
        Path file = planFile("{\"rotations\": [{\"teacherId\": \"E1\", \"fromSchoolId\": \"V\", \"toSchoolId\": \"U\"}]}");

        assertThatThrownBy(() -> PlanJson.readDecisions(file, problem.plan()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.location()).isEqualTo("$.rotations[0].fromSchoolId");
                            assertThat(error.message()).isEqualTo("teacher \"E1\" is at school \"U\", not \"V\"");
                        }));
    }

    @Test
    void aWrittenPlanReadsBackAsTheSameDecisions() {
        LoadedProblem problem = small();
        problem.plan().rotationOf("E1").setDestination(problem.plan().schoolOf("V"));
        Path file = dir.resolve("plan.json");
        PlanJson.write(problem.plan(), problem.name(), file);
        LoadedProblem fresh = small();

        PlanJson.readDecisions(file, fresh.plan());

        assertThat(fresh.plan().getRotations()).filteredOn(r -> r.getDestination() != null)
                .extracting(r -> r.getId() + "->" + r.getDestination().getId()).containsExactly("E1->V");
    }

    @Test
    void theExactBoundIsWrittenWithThePlansGapAndReadBackWithItsDecisions() {
        LoadedProblem problem = small();
        problem.plan().rotationOf("E1").setDestination(problem.plan().schoolOf("V"));
        problem.plan().setExactBound(new ExactBound(ExactStatus.OPTIMAL, "HIGHS", 0, 0, 1000, 1000, 1000.0, 0.5, 3, 3,
                false, "OPTIMAL"));
        Path file = dir.resolve("plan.json");
        PlanJson.write(problem.plan(), problem.name(), file);
        LoadedProblem fresh = small();

        PlanDocument written = PlanJson.readDocument(file);
        PlanJson.readDecisions(file, fresh.plan());

        assertThat(written.bound().bound()).isEqualTo(1000.0);
        assertThat(written.bound().gapPercent())
                .isEqualTo((1000.0 - written.bound().planObjective()) / 10.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(fresh.plan().getExactBound().status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(fresh.plan().getExactBound().bound()).isEqualTo(1000.0);
    }

    @Test
    void aPlanWithoutAnExactPhaseHasNoBound() {
        LoadedProblem problem = small();
        Path file = dir.resolve("plan.json");
        PlanJson.write(problem.plan(), problem.name(), file);

        assertThat(PlanJson.readDocument(file).bound()).isNull();
    }
}
