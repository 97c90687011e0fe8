package org.lungang.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lungang.benchmarks.HandMadeCounty;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;

class BaselinesTest {

    private final RotationSolver scorer = new RotationSolver();

    @Test
    void pointsGreedySendsTheHighestScoringTeacherWhereHerSubjectIsShortAndStopsAtTheStabilityCap() {
        RotationPlan plan = HandMadeCounty.plan();

        new PointsGreedyBaseline().plan(plan);

        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving)
                .extracting(Rotation::toString)
                .containsExactly(HandMadeCounty.BACKBONE_ENGLISH_TEACHER + "->V1");
        assertThat(scorer.score(plan).hardScore()).isZero();
    }

    @Test
    void lotteryDrawsExactlyTheQuotaOfTheSendingSchoolAndPlacesThemWhereAPostIsOpen() {
        RotationPlan plan = HandMadeCounty.plan();

        new LotteryBaseline(7).plan(plan);

        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving).singleElement()
                .satisfies(moving -> {
                    assertThat(moving.getHomeSchool().getId()).isEqualTo("U1");
                    assertThat(moving.getDestination().openPostsBefore(moving.getSubject())).isPositive();
                });
        assertThat(scorer.score(plan).hardScore()).isZero();
    }

    @Test
    void theSameSeedDrawsTheSameLots() {
        RotationPlan first = HandMadeCounty.plan();
        RotationPlan second = HandMadeCounty.plan();

        new LotteryBaseline(3).plan(first);
        new LotteryBaseline(3).plan(second);

        assertThat(first.getRotations()).extracting(Rotation::toString)
                .containsExactlyElementsOf(second.getRotations().stream().map(Rotation::toString).toList());
    }

    @Test
    void pointsRewardYearsBackboneLevelAndTitle() {
        RotationPlan plan = HandMadeCounty.plan();

        // 8 years + county backbone (level 2 × 3) + first grade title (grade 3 × 2)
        assertThat(PointsGreedyBaseline.points(plan.rotationOf(HandMadeCounty.BACKBONE_ENGLISH_TEACHER).getTeacher()))
                .isEqualTo(8 + 6 + 6);
        assertThat(PointsGreedyBaseline.points(plan.rotationOf("u1-math-1").getTeacher())).isEqualTo(8 + 6);
    }
}
