package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotasTest {

    @Test
    void tenPercentOfThirtyRequiresThreeNotFour() {
        // 0.1 * 30 is 3.0000000000000004 in doubles.
        assertThat(Quotas.required(0.1, 30)).isEqualTo(3);
    }

    @Test
    void aShareJustAboveAWholeNumberRoundsUp() {
        assertThat(Quotas.required(0.1, 31)).isEqualTo(4);
        assertThat(Quotas.required(0.15, 7)).isEqualTo(2);
    }

    @Test
    void fifteenPercentOfTwentyRequiresThree() {
        assertThat(Quotas.required(0.15, 20)).isEqualTo(3);
    }

    @Test
    void aShareOfNobodyRequiresNobody() {
        assertThat(Quotas.required(0.2, 0)).isZero();
        assertThat(Quotas.required(0.0, 50)).isZero();
    }

    @Test
    void aShareThatDoublesRoundJustBelowAWholeNumberIsNotRoundedDown() {
        // 0.57 * 100 is 56.99999999999999 in doubles.
        assertThat(Quotas.maxLoss(0.57, 100)).isEqualTo(57);
        assertThat(Quotas.required(0.57, 100)).isEqualTo(57);
    }

    @Test
    void aSchoolOfTwentyMayLoseFifteenPercentThatIsThree() {
        assertThat(Quotas.maxLoss(0.15, 20)).isEqualTo(3);
        assertThat(Quotas.maxLoss(0.15, 26)).isEqualTo(3);
    }

    @Test
    void aSmallSchoolMayAlwaysLoseOneTeacher() {
        assertThat(Quotas.maxLoss(0.15, 3)).isEqualTo(1);
        assertThat(Quotas.maxLoss(0.15, 0)).isEqualTo(1);
    }
}
