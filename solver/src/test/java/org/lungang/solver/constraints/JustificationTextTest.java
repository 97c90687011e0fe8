package org.lungang.solver.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.POLICY;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.lungang.solver.domain.ConstraintNames;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.constraints.justifications.StaffingJustification;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/**
 * One small plan that breaks every rule and touches every goal, analysed as the planner sees it: each constraint
 * has at least one match, and every match explains itself in Chinese and in English.
 */
class JustificationTextTest {

    private static ScoreAnalysis<HardMediumSoftLongScore> analysis;

    @BeforeAll
    static void analyseAPlanThatBreaksEveryRule() {
        // No host may train a secondee, and every eligible cadre and backbone teacher must exchange.
        RotationPolicy policy = POLICY.toBuilder().maxSecondeesPerHost(0).cadreBackboneExchangeShare(1.0).build();
        // Only the posts matter here: RotationPlan.of derives the staffing from the roster below.
        School urban = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).alliance("A").students(500)
                .subject(Subject.MATH, 2, 0).subject(Subject.ENGLISH, 1, 0).build();
        School village = school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).alliance("A").kmNorth(100)
                .students(200).subject(Subject.MATH, 1, 0).subject(Subject.ENGLISH, 2, 0).capacity(1).build();
        School junior = school("J").kind(SchoolKind.URBAN).stage(Stage.JUNIOR).kmNorth(5).students(800)
                .subject(Subject.MATH, 3, 0).build();
        List<Teacher> teachers = List.of(
                teacher("PU", urban).role(Role.PRINCIPAL).years(9).build(),
                teacher("M1", urban).years(7).build(),
                teacher("M2", urban).years(10).build(),
                teacher("M3", urban).years(2).build(),
                teacher("E1", urban).subject(Subject.ENGLISH).prefers("V").partner("E2").team("X").build(),
                teacher("E2", urban).subject(Subject.ENGLISH).backbone(BackboneLevel.COUNTY).partner("E1")
                        .team("X").build(),
                teacher("F1", urban).subject(Subject.CHINESE).build(),
                teacher("O1", urban).subject(Subject.CHINESE).build(),
                teacher("PE1", urban).subject(Subject.PE).years(3).build(),
                teacher("PV", village).role(Role.PRINCIPAL).build(),
                teacher("S1", village).build(),
                teacher("J1", junior).build());
        RotationPlan plan = RotationPlan.of(policy, List.of(urban, village, junior), teachers, Map.of());
        // PE1 takes the county's only PE teacher to the small village school: the PE coefficient rises.
        Map<String, School> moves = Map.of("PU", junior, "M1", village, "M3", village, "E1", village, "F1", village,
                "O1", urban, "S1", urban, "PE1", village);
        moves.forEach((teacherId, destination) -> plan.rotationOf(teacherId).setDestination(destination));
        plan.rotationOf("F1").setForbiddenSchoolIds(Set.of("V"));

        analysis = new RotationSolver().analyze(plan);
    }

    @Test
    void everyConstraintHasAtLeastOneMatchInThePlan() {
        Set<String> matched = analysis.constraintAnalyses().stream()
                .filter(constraint -> constraint.matchCount() > 0)
                .map(ConstraintAnalysis::constraintName)
                .collect(Collectors.toSet());

        assertThat(matched).containsExactlyInAnyOrderElementsOf(ConstraintNames.ALL);
    }

    @Test
    void everyMatchIsExplainedInChineseAndInEnglish() {
        List<MatchAnalysis<HardMediumSoftLongScore>> matches = analysis.constraintAnalyses().stream()
                .flatMap(constraint -> constraint.matches().stream())
                .toList();

        assertThat(matches).isNotEmpty().allSatisfy(match -> {
            assertThat(match.justification()).isInstanceOf(RotationJustification.class);
            RotationJustification justification = (RotationJustification) match.justification();
            assertThat(justification.zh()).as("zh of %s", match).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(justification.en()).as("en of %s", match).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        });
    }

    @Test
    void aStaffingRuleNamesTheSubjectInChineseInTheChineseText() {
        StaffingJustification words = new StaffingJustification("U", Subject.MATH, 2, 2, 1, 0, 1,
                "departures open a hole", "调出后出现缺口");

        assertThat(words.zh()).startsWith("学校 U 的数学学科：调出后出现缺口").doesNotContain("MATH");
        assertThat(words.en()).startsWith("School U, MATH: departures open a hole");
    }
}
