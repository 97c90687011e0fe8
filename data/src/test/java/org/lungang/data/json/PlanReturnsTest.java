package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.data.json.ProblemFiles.teacher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.lungang.data.json.PlanDocument.ReturnEntry;
import org.lungang.solver.RotationSolver;

/** The plan file lists the year's returns and extensions beside the moves, with their reasons. */
class PlanReturnsTest {

    private static LoadedProblem problemWithEndingTerms() {
        ObjectNode root = ProblemFiles.small();
        // E1 ends a support term at V this year and asked to stay; V has one English post and no English teacher.
        teacher(root, 2).putObject("exchange").put("hostSchoolId", "V").put("kind", "SUPPORT").put("startYear", 2022)
                .put("termYears", 3).put("wishesExtension", true);
        // E2 ends a term and simply returns.
        teacher(root, 3).putObject("exchange").put("hostSchoolId", "V").put("kind", "SUPPORT").put("startYear", 2022)
                .put("termYears", 3);
        return ProblemFiles.read(root, "ok.json");
    }

    @Test
    void thePlanListsEachEndingTermAsAReturnOrAnExtensionWithItsExplanation() {
        LoadedProblem problem = problemWithEndingTerms();

        PlanDocument document = PlanJson.toDocument(problem.plan(), problem.name(), new RotationSolver());

        assertThat(document.year()).isEqualTo(2025);
        assertThat(document.returns()).extracting(ReturnEntry::teacherId, ReturnEntry::extended, ReturnEntry::reason,
                ReturnEntry::untilYear)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("E1", true, "WISH_AND_HOST_NEED", 2026),
                        org.assertj.core.groups.Tuple.tuple("E2", false, "TERM_OVER", 2025));
        assertThat(document.returns().get(0).justification().zh()).anySatisfy(line -> assertThat(line)
                .contains("本人申请延期"));
        assertThat(document.returns().get(1).justification().en()).anySatisfy(line -> assertThat(line)
                .contains("before this year's new moves are placed"));
    }

    @Test
    void thePlansStaffingStartsFromAfterTheReturns() {
        LoadedProblem problem = problemWithEndingTerms();

        // E2 is back at U; E1 (extended) still fills V's one English post.
        assertThat(problem.plan().schoolOf("U").staffBefore(org.lungang.solver.domain.Subject.ENGLISH)).isEqualTo(2);
        assertThat(problem.plan().schoolOf("V").openPostsBefore(org.lungang.solver.domain.Subject.ENGLISH)).isZero();
    }
}
