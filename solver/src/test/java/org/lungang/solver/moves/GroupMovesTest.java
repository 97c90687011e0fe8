package org.lungang.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;

/**
 * A single change of one destination cannot reach these plans without breaking a hard rule on the way; the solver
 * reaches them through {@link GroupMoveFactory}.
 */
class GroupMovesTest {

    private final School urban = new School("U", "U", SchoolKind.URBAN, Stage.PRIMARY, Tier.STRONG, null,
            new GeoPoint(30.0, 110.0), 900, Map.of(Subject.ENGLISH, 1, Subject.MUSIC, 1, Subject.MATH, 2), 0, null);
    /** As many students as U, so that backbone teachers moving there raise no national indicator. */
    private final School village = new School("V", "V", SchoolKind.VILLAGE, Stage.PRIMARY, Tier.WEAK, null,
            new GeoPoint(30.1, 110.0), 900, Map.of(Subject.ENGLISH, 1, Subject.MUSIC, 1, Subject.MATH, 1), 0, null);

    @Test
    void aTeamThatMustMoveTogetherReachesTheVillageAsOne() {
        RotationPlan problem = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village), List.of(
                TestData.teacher("PU", urban).role(Role.PRINCIPAL).years(1).build(),
                TestData.teacher("PV", village).role(Role.PRINCIPAL).years(1).build(),
                TestData.teacher("T1", urban).subject(Subject.ENGLISH).backbone(BackboneLevel.COUNTY).team("team")
                        .build(),
                TestData.teacher("T2", urban).subject(Subject.MUSIC).backbone(BackboneLevel.COUNTY).team("team")
                        .build(),
                TestData.teacher("X1", urban).subject(Subject.ENGLISH).years(1).build(),
                TestData.teacher("X2", urban).subject(Subject.MUSIC).years(1).build(),
                TestData.teacher("X3", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X4", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X5", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X6", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X7", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X8", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X9", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X10", urban).subject(Subject.MATH).years(1).build(),
                // 14 teachers, so the stability cap (15%) lets two of them leave.
                TestData.teacher("X11", urban).subject(Subject.MATH).years(1).build(),
                TestData.teacher("X12", urban).subject(Subject.MATH).years(1).build()), Map.of());

        RotationPlan plan = new RotationSolver().solve(problem, Duration.ofSeconds(2));

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(plan.getScore().mediumScore()).isZero();
        assertThat(plan.rotationOf("T1").getDestination()).isSameAs(village);
        assertThat(plan.rotationOf("T2").getDestination()).isSameAs(village);
    }

    @Test
    void twoPrincipalsExchangeSchoolsToMeetTheCadreExchangeShare() {
        RotationPlan problem = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village), List.of(
                TestData.teacher("PU", urban).role(Role.PRINCIPAL).years(6).build(),
                TestData.teacher("PV", village).role(Role.PRINCIPAL).years(6).build()), Map.of());

        RotationPlan plan = new RotationSolver().solve(problem, Duration.ofSeconds(2));

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(plan.getScore().mediumScore()).isZero();
        assertThat(plan.rotationOf("PU").getDestination()).isSameAs(village);
        assertThat(plan.rotationOf("PV").getDestination()).isSameAs(urban);
    }
}
