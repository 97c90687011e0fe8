package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactBoundTest {

    private static ExactBound bound(long shortfall, double value) {
        return new ExactBound(ExactStatus.FEASIBLE, "HIGHS", shortfall, shortfall, 900, 900, value, 1.0, 10, 10, false,
                "");
    }

    @Test
    void theGapIsTheShareOfTheBoundThePlanFallsShortBy() {
        assertThat(bound(0, 1000).gapPercent(990)).isEqualTo(1.0);
    }

    @Test
    void aPlanAboveTheBoundHasANegativeGap() {
        assertThat(bound(0, 1000).gapPercent(1010)).isEqualTo(-1.0);
    }

    @Test
    void theBoundCoversPlansMissingNoMoreQuotaHeadsThanTheExactPlan() {
        assertThat(bound(2, 1000).covers(2)).isTrue();
        assertThat(bound(2, 1000).covers(1)).isTrue();
        assertThat(bound(2, 1000).covers(3)).isFalse();
    }

    @Test
    void theGuardCostIsTheShareOfTheBoundTheCvGuardGaveUp() {
        ExactBound guarded = new ExactBound(ExactStatus.OPTIMAL, "SCIP", 0, 0, 950, 1000, 1000, 1.0, 10, 10, false, "");

        assertThat(guarded.guardCostPercent()).isEqualTo(5.0);
        assertThat(bound(0, 1000).guardCostPercent()).isZero();
    }

    @Test
    void aPhaseThatDidNotRunHasNoBoundAndNoGap() {
        ExactBound none = ExactBound.without(ExactStatus.UNAVAILABLE, "HIGHS", 0.1, 0, "no native library");

        assertThat(none.hasBound()).isFalse();
        assertThat(none.covers(0)).isFalse();
        assertThat(none.gapPercent(0)).isNaN();
        assertThat(none.guardCostPercent()).isNaN();
    }
}
