package org.lungang.data.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.InvalidInputException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemFiles;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.Teacher;

/** The small problem plans 2025: U (urban, 3 English teachers for 2 posts) and V (village, an open English post). */
class RolloverTest {

    private static LoadedProblem problem(Consumer<ObjectNode> change) {
        ObjectNode root = ProblemFiles.small();
        change.accept(root);
        return ProblemFiles.read(root, "p.json");
    }

    private static LoadedProblem e1ToV(Consumer<ObjectNode> change) {
        LoadedProblem problem = problem(change);
        problem.plan().rotationOf("E1").setDestination(problem.plan().schoolOf("V"));
        return problem;
    }

    private static Teacher teacher(LoadedProblem problem, String id) {
        return problem.plan().getTeachers().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSupportMoveBeginsATermAtItsDestinationOfThePolicysLength() {
        LoadedProblem next = Rollover.next(e1ToV(root -> { }), "plan.json").next();

        assertThat(next.year()).isEqualTo(2026);
        Teacher e1 = teacher(next, "E1");
        assertThat(e1.homeSchool().getId()).isEqualTo("U");
        assertThat(e1.exchange().host().getId()).isEqualTo("V");
        assertThat(e1.exchange().kind()).isEqualTo(RotationKind.SUPPORT);
        assertThat(e1.exchange().startYear()).isEqualTo(2025);
        assertThat(e1.exchange().termYears()).isEqualTo(3);
        assertThat(next.plan().rotationOf("E1").getStartSchool().getId()).isEqualTo("V");
    }

    @Test
    void agesAndYearsAdvanceByOne() {
        LoadedProblem next = Rollover.next(e1ToV(root -> { }), "plan.json").next();

        assertThat(teacher(next, "E2").age()).isEqualTo(36);
        assertThat(teacher(next, "E2").yearsAtSchool()).isEqualTo(8);
        // Away on exchange, her years at home count on by default ...
        assertThat(teacher(next, "E1").yearsAtSchool()).isEqualTo(10);
    }

    @Test
    void yearsAwayDoNotCountAtHomeWhenThePolicySaysSo() {
        LoadedProblem next = Rollover.next(e1ToV(root -> root.withObject("policy")
                .put("exchangeYearsCountAtHome", false)), "plan.json").next();

        assertThat(teacher(next, "E1").yearsAtSchool()).isEqualTo(9);
    }

    @Test
    void aTeacherReachingRetirementAgeLeavesTheRosterAndHerPartnerLinkIsDropped() {
        LoadedProblem next = Rollover.next(e1ToV(root -> {
            ProblemFiles.teacher(root, 3).put("age", 54).put("partnerId", "M1");
            ProblemFiles.teacher(root, 5).put("partnerId", "E2");
        }), "plan.json").next();

        assertThat(next.plan().getTeachers()).extracting(Teacher::id).doesNotContain("E2");
        assertThat(teacher(next, "M1").partnerId()).isNull();
    }

    @Test
    void aRetiringPrincipalIsSucceededByTheLongestServingViceprincipalThere() {
        RolloverResult result = Rollover.next(e1ToV(root -> {
            ProblemFiles.teacher(root, 0).put("age", 54);
            ProblemFiles.teacher(root, 3).put("role", "VICE_PRINCIPAL");
        }), "plan.json");

        assertThat(teacher(result.next(), "E2").isPrincipal()).isTrue();
        assertThat(result.counts().promoted).isEqualTo(1);
    }

    @Test
    void theGraduatingClassExemptionIsClearedAndOthersKept() {
        LoadedProblem next = Rollover.next(e1ToV(root -> ProblemFiles.teacher(root, 4).putArray("exemptions")
                .add("GRADUATING_CLASS").add("SERIOUS_ILLNESS")), "plan.json").next();

        assertThat(teacher(next, "E3").exemptions()).containsExactly(
                org.lungang.solver.domain.Exemption.SERIOUS_ILLNESS);
    }

    @Test
    void aTermThatEndsIsDoneAndGoesToTheHistory() {
        LoadedProblem next = Rollover.next(e1ToV(root -> ProblemFiles.teacher(root, 6).putObject("exchange")
                .put("hostSchoolId", "U").put("kind", "SECONDMENT").put("startYear", 2024).put("termYears", 1)),
                "plan.json").next();

        Teacher m2 = teacher(next, "M2");
        assertThat(m2.exchange()).isNull();
        assertThat(m2.history()).singleElement().satisfies(h -> {
            assertThat(h.toSchoolId()).isEqualTo("U");
            assertThat(h.returnYear()).isEqualTo(2025);
        });
    }

    @Test
    void anExtendedTermIsLengthenedByThePolicysExtension() {
        LoadedProblem next = Rollover.next(problem(root -> {
            ProblemFiles.teacher(root, 2).putObject("exchange").put("hostSchoolId", "V").put("kind", "SUPPORT")
                    .put("startYear", 2022).put("termYears", 3).put("wishesExtension", true);
        }), "plan.json").next();

        Teacher e1 = teacher(next, "E1");
        assertThat(e1.exchange().termYears()).isEqualTo(4);
        assertThat(e1.exchange().extended()).isTrue();
        // She served 2025 on the extension; the lengthened term ends by 2026 and, extended once, she returns then.
        assertThat(next.plan().getTermEnds()).singleElement().satisfies(end -> {
            assertThat(end.teacher().id()).isEqualTo("E1");
            assertThat(end.extended()).isFalse();
        });
    }

    @Test
    void aPlanThatBreaksAHardRuleStartsNoYear() {
        LoadedProblem problem = problem(root -> { });
        // E3 has two years at U: not eligible.
        problem.plan().rotationOf("E3").setDestination(problem.plan().schoolOf("V"));

        assertThatThrownBy(() -> Rollover.next(problem, "plan.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("breaks a hard rule");
    }

    @Test
    void aPlanOfAnotherYearIsRefusedAtItsYear(@TempDir Path dir) throws Exception {
        LoadedProblem problem = e1ToV(root -> { });
        Path plan = dir.resolve("plan.json");
        PlanJson.write(PlanJson.toDocument(problem.plan(), problem.name(), new RotationSolver()), plan);
        LoadedProblem otherYear = problem(root -> root.put("year", 2030));

        assertThatThrownBy(() -> Rollover.applyPlan(otherYear, plan))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.location()).isEqualTo("$.year");
                            assertThat(error.message()).contains("a plan for the school year 2025 cannot start the"
                                    + " year after 2030");
                        }));
    }

    @Test
    void theSameProblemAndPlanRollOverToTheSameFile() {
        String first = json(Rollover.next(e1ToV(root -> { }), "plan.json").next());
        String second = json(Rollover.next(e1ToV(root -> { }), "plan.json").next());

        assertThat(first).isEqualTo(second);
    }

    private static String json(LoadedProblem problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problem, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
