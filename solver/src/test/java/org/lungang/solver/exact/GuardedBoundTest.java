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

    @Test
    void theBoundIsWordedInChineseAndEnglish() {
        GuardedBound.Result result = new GuardedBound.Result(2, 108_272.4, 112_004.0, 84_409, 55.2,
                "6 of 6 coefficients held");

        assertThat(result.en()).isEqualTo("Posts filled and commute within 22.0% of the best any plan can reach that "
                + "misses no more than 2 quota heads and leaves no official coefficient of variation higher than this "
                + "plan (bound 108272, this plan 84409; 55 s)");
        assertThat(result.zh()).isEqualTo("岗位填补与通勤距离距缺口不超过 2 人、且各差异系数不高于本方案的方案之上界 22.0%"
                + "（上界 108272，本方案 84409；用时 55 秒）");
    }

    @Test
    void noBoundSaysWhy() {
        GuardedBound.Result result = new GuardedBound.Result(2, Double.NaN, Double.NaN, 84_409, 0, "no SCIP engine");

        assertThat(result.en()).isEqualTo("No bound for plans that raise no coefficient above this one: no SCIP engine");
        assertThat(result.zh()).endsWith("：no SCIP engine");
    }
}
