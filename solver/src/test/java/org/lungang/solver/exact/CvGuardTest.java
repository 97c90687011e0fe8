package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CvGuardTest {

    @Test
    void theFirstGuardRoundAlwaysStarts() {
        assertThat(CvGuard.startsRound(1, 1_000, 0)).isTrue();
    }

    @Test
    void aSecondGuardRoundDoesNotStartWithLessTimeThanTheFirstTook() {
        assertThat(CvGuard.startsRound(2, 8_999, 9_000)).isFalse();
        assertThat(CvGuard.startsRound(2, 9_000, 9_000)).isTrue();
    }

    @Test
    void aThirdGuardRoundDoesNotStartWithLessTimeThanTheSecondTook() {
        assertThat(CvGuard.startsRound(3, 8_999, 9_000)).isFalse();
        assertThat(CvGuard.startsRound(3, 9_000, 9_000)).isTrue();
    }

    @Test
    void theSecondGuardRoundMayRunUntilItsLaterDeadline() {
        assertThat(new CvGuard.Deadlines(1_000, 2_000, true).of(2)).isEqualTo(2_000);
    }

    @Test
    void theFirstAndThirdGuardRoundsEndAtThePhasesDeadline() {
        CvGuard.Deadlines deadlines = new CvGuard.Deadlines(1_000, 2_000, true);

        assertThat(deadlines.of(1)).isEqualTo(1_000);
        assertThat(deadlines.of(3)).isEqualTo(1_000);
    }

    @Test
    void noGuardRoundEndsBeforeThePhasesDeadline() {
        assertThat(new CvGuard.Deadlines(1_000, 500, true).of(2)).isEqualTo(1_000);
    }
}
