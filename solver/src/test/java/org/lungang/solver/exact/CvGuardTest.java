package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CvGuardTest {

    @Test
    void aSecondGuardRoundStartsWithLessTimeThanTheFirstTook() {
        assertThat(CvGuard.startsRound(2, 3_000, 9_000)).isTrue();
    }

    @Test
    void aThirdGuardRoundDoesNotStartWithLessTimeThanTheSecondTook() {
        assertThat(CvGuard.startsRound(3, 8_999, 9_000)).isFalse();
        assertThat(CvGuard.startsRound(3, 9_000, 9_000)).isTrue();
    }
}
