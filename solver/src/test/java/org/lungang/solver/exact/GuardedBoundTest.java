package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.RotationPlan;

/**
 * The bound for plans that raise no coefficient above a given plan, on {@link ExactCoreTest#peCounty}: the senior PE
 * teacher to V1 (10 km) raises the primary PE coefficient, to V2 (20 km) keeps it; unguarded, the bound is V1's.
 */
class GuardedBoundTest {

    private final GuardedBound guardedBound = new GuardedBound(ExactSettings.defaults());

    private static RotationPlan sendingTheSeniorTo(String school) {
        RotationPlan plan = ExactCoreTest.peCounty();
        plan.getRotations().stream().filter(r -> r.getTeacher().id().equals("u1-pe-senior")).findFirst()
                .orElseThrow().setDestination(plan.getSchools().stream()
                        .filter(s -> s.getId().equals(school)).findFirst().orElseThrow());
        return plan;
    }

    private static double unguardedBound(RotationPlan plan) {
        return new ExactCore(ExactSettings.defaults().withGuard(0, 0))
                .solve(plan, Duration.ofSeconds(20), () -> false).bound().bound();
    }

    @Test
    void aPlanThatKeepsEveryCoefficientIsBoundedBelowTheMoveThatRaisesOne() {
        RotationPlan plan = sendingTheSeniorTo("V2");

        GuardedBound.Result result = guardedBound.of(plan, Duration.ofSeconds(20));

        assertThat(result.hasBound()).isTrue();
        assertThat(result.bound()).isLessThan(unguardedBound(plan));
        // The plan is the best that keeps the coefficient: it is at its guarded bound.
        assertThat(result.bound()).isCloseTo(result.planObjective(), within(0.5));
        assertThat(result.gapPercent()).isCloseTo(0.0, within(0.5));
    }

    @Test
    void aPlanThatRaisesACoefficientIsBoundedWithTheCoefficientWhereItLeavesIt() {
        RotationPlan plan = sendingTheSeniorTo("V1");

        GuardedBound.Result result = guardedBound.of(plan, Duration.ofSeconds(20));

        assertThat(result.bound()).isCloseTo(unguardedBound(plan), within(0.5));
        assertThat(result.bound()).isCloseTo(result.planObjective(), within(0.5));
    }

    @Test
    void theBoundHoldsThePlansQuotaShortfall() {
        RotationPlan plan = ExactCoreTest.peCounty();

        GuardedBound.Result result = guardedBound.of(plan, Duration.ofSeconds(20));

        // Everyone staying misses the senior's rotation: the bound is for plans missing at most that.
        assertThat(result.quotaShortfall()).isPositive();
        assertThat(result.bound()).isGreaterThanOrEqualTo(result.planObjective());
    }
}
