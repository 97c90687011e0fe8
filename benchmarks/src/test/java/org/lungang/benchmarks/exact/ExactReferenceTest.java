package org.lungang.benchmarks.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lungang.benchmarks.HandMadeCounty;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;

class ExactReferenceTest {

    private final ExactReference exact = new ExactReference(Duration.ofSeconds(20), 2);

    @Test
    void theHandMadeCountyIsSolvedToItsHandComputedOptimum() {
        ExactResult result = exact.solve(HandMadeCounty.plan());

        assertThat(result.status()).isEqualTo("OPTIMAL");
        assertThat(result.objective()).isEqualTo(HandMadeCounty.OPTIMUM);
        assertThat(result.bestBound()).isEqualTo(HandMadeCounty.OPTIMUM);
        assertThat(result.quotaShortfall()).isZero();
    }

    @Test
    void theOptimalPlanSendsTheBackboneEnglishTeacherToTheNearerVillage() {
        RotationPlan plan = HandMadeCounty.plan();

        exact.solve(plan);

        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving)
                .extracting(Rotation::toString)
                .containsExactly(HandMadeCounty.BACKBONE_ENGLISH_TEACHER + "->V1");
    }

    @Test
    void theExactPlanIsLegalAndMeetsEveryQuotaUnderTheSolversOwnScore() {
        RotationPlan plan = HandMadeCounty.plan();

        exact.solve(plan);

        var score = new RotationSolver().score(plan);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }
}
