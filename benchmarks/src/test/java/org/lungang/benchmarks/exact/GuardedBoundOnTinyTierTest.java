package org.lungang.benchmarks.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lungang.benchmarks.Suite;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.exact.ExactCore;
import org.lungang.solver.exact.ExactSettings;
import org.lungang.solver.exact.GuardedBound;

/**
 * The guarded bound of the exact core's plan on the generated tiny tier: there the linear relaxation of the guarded
 * model is loose (fractional plans keep the coefficients cheaply), and the engine, given the time, proves less.
 */
class GuardedBoundOnTinyTierTest {

    @Test
    void theEngineProvesABoundBelowTheLinearRelaxationThatNoPlanOfTheModelExceeds() {
        RotationPlan plan = Suite.tier("tiny").problem().get();
        new ExactCore(ExactSettings.defaults()).solve(plan, Duration.ofSeconds(30), () -> false).destinations()
                .forEach(Rotation::setDestination);

        GuardedBound.Result result = new GuardedBound(ExactSettings.defaults()).of(plan, Duration.ofSeconds(30));

        assertThat(result.hasBound()).isTrue();
        assertThat(result.bound()).isLessThan(result.relaxedBound());
        // The plan itself meets every row of the model: the bound is above it.
        assertThat(result.bound()).isGreaterThanOrEqualTo(result.planObjective() - 0.5);
        assertThat(result.message()).contains("linear relaxation");
    }
}
