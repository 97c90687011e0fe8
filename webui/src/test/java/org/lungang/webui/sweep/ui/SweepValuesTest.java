package org.lungang.webui.sweep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shares are swept in percent in the UI, as the scenario form has them, and as fractions by the sweep. */
class SweepValuesTest {

    @Test
    void aRangeOfAShareInPercentBecomesARangeOfFractions() {
        assertThat(SweepValues.toSweep("quota", "10:30:5")).isEqualTo("0.1:0.3:0.05");
        assertThat(SweepValues.toSweep("backbone", "15, 20,25")).isEqualTo("0.15, 0.2,0.25");
    }

    @Test
    void aParameterThatIsNotAShareIsPassedAsWritten() {
        assertThat(SweepValues.toSweep("maxCommuteKm", "20:40:10")).isEqualTo("20:40:10");
    }

    @Test
    void aShareReadsInPercentAndAnotherValueWithoutTrailingZeros() {
        assertThat(SweepValues.format("quota", 0.15)).isEqualTo("15%");
        assertThat(SweepValues.format("maxCommuteKm", 30.0)).isEqualTo("30");
    }
}
