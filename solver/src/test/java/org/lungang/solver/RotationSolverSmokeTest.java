package org.lungang.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

class RotationSolverSmokeTest {

    @Test
    void anUrbanSchoolSendsItsSurplusBackboneEnglishTeacherToTheVillageThatLacksOne() {
        School urban = new School("U", "U", SchoolKind.URBAN, Stage.PRIMARY, Tier.STRONG, "A1",
                new GeoPoint(30.0, 110.0), 900, Map.of(Subject.ENGLISH, 2, Subject.MATH, 3), 0, null);
        // The village has as many students as U: a backbone teacher moving between schools of equal size leaves the
        // backbone coefficient as it was, so the move raises no national indicator (a medium rule).
        School village = new School("V", "V", SchoolKind.VILLAGE, Stage.PRIMARY, Tier.WEAK, "A1",
                new GeoPoint(30.1, 110.0), 900, Map.of(Subject.ENGLISH, 1, Subject.MATH, 1), 0, null);
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("P1", urban).role(Role.PRINCIPAL).years(1).build());
        teachers.add(TestData.teacher("P2", village).role(Role.PRINCIPAL).years(1).build());
        teachers.add(TestData.teacher("E1", urban).subject(Subject.ENGLISH).years(9)
                .backbone(BackboneLevel.COUNTY).build());
        teachers.add(TestData.teacher("E2", urban).subject(Subject.ENGLISH).years(7).build());
        teachers.add(TestData.teacher("E3", urban).subject(Subject.ENGLISH).years(2).build());
        teachers.add(TestData.teacher("M1", urban).subject(Subject.MATH).years(2).build());
        teachers.add(TestData.teacher("M2", village).subject(Subject.MATH).years(2).build());
        RotationPlan problem = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village), teachers, Map.of());

        RotationSolver solver = new RotationSolver();
        RotationPlan plan = solver.solve(problem, Duration.ofSeconds(2));

        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(plan.getScore().mediumScore()).isZero();
        assertThat(plan.rotationOf("E1").getDestination()).isSameAs(village);
    }

    @Test
    void theVillageIsTheBestRecommendationForTheBackboneEnglishTeacher() {
        School urban = new School("U", "U", SchoolKind.URBAN, Stage.PRIMARY, Tier.STRONG, null,
                new GeoPoint(30.0, 110.0), 900, Map.of(Subject.ENGLISH, 1), 0, null);
        // The village has as many students as U: a backbone teacher moving between schools of equal size leaves the
        // backbone coefficient as it was, so the move raises no national indicator (a medium rule).
        School village = new School("V", "V", SchoolKind.VILLAGE, Stage.PRIMARY, Tier.WEAK, null,
                new GeoPoint(30.1, 110.0), 900, Map.of(Subject.ENGLISH, 1), 0, null);
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village), List.of(
                TestData.teacher("PU", urban).role(Role.PRINCIPAL).years(1).build(),
                TestData.teacher("PV", village).role(Role.PRINCIPAL).years(1).build(),
                TestData.teacher("E1", urban).subject(Subject.ENGLISH).backbone(BackboneLevel.COUNTY).build(),
                TestData.teacher("E2", urban).subject(Subject.ENGLISH).years(1).build()), Map.of());

        var recommendations = new RotationSolver().solutionManager().recommendAssignment(plan,
                plan.rotationOf("E1"), r -> r.getDestination());

        assertThat(recommendations).isNotEmpty();
        assertThat(recommendations.get(0).proposition()).isSameAs(village);
    }
}
