package org.lungang.benchmarks.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.benchmarks.HandMadeCounty;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.exact.ExactCore;
import org.lungang.solver.exact.ExactSettings;
import org.lungang.solver.exact.ExactStatus;

/** The benchmarks' exact reference is the solver's own exact core (org.lungang.solver.exact), on the hand-made county. */
class ExactCoreOnHandMadeCountyTest {

    private final ExactCore exact = new ExactCore(ExactSettings.defaults());

    private ExactCore.Result solveInto(RotationPlan plan) {
        ExactCore.Result result = exact.solve(plan, Duration.ofSeconds(20), () -> false);
        for (Map.Entry<Rotation, School> entry : result.destinations().entrySet()) {
            entry.getKey().setDestination(entry.getValue());
        }
        return result;
    }

    @Test
    void theHandMadeCountyIsSolvedToItsHandComputedOptimum() {
        ExactBound bound = solveInto(HandMadeCounty.plan()).bound();

        assertThat(bound.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(bound.objective()).isEqualTo(HandMadeCounty.OPTIMUM);
        assertThat(bound.bound()).isEqualTo((double) HandMadeCounty.OPTIMUM);
        assertThat(bound.quotaShortfall()).isZero();
    }

    @Test
    void theOptimalPlanSendsTheBackboneEnglishTeacherToTheNearerVillage() {
        RotationPlan plan = HandMadeCounty.plan();

        solveInto(plan);

        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving)
                .extracting(Rotation::toString)
                .containsExactly(HandMadeCounty.BACKBONE_ENGLISH_TEACHER + "->V1");
    }

    @Test
    void theExactPlanIsLegalAndMeetsEveryQuotaUnderTheSolversOwnScore() {
        RotationPlan plan = HandMadeCounty.plan();

        solveInto(plan);

        var score = new RotationSolver().score(plan);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }
}
