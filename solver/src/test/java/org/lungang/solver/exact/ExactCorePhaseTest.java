package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ExactCorePhaseTest {

    private static final long SECOND = 1_000_000_000L;

    private static ExactCorePhase phase(String limit) {
        ExactCorePhase phase = new ExactCorePhase();
        phase.setTimeShare("0.85");
        phase.setSolverTimeLimit(limit);
        return phase;
    }

    @Test
    void theShareOfTheLimitCountsFromTheSolvesStartSoTheConstructionsTimeComesOutOfIt() {
        Duration budget = phase("PT120S").budget(OptionalLong.of(0), 20 * SECOND);

        assertThat(budget).isEqualTo(Duration.ofSeconds(82));
    }

    @Test
    void withoutTheStartTheShareCountsFromThePhasesOwnStart() {
        assertThat(phase("PT120S").budget(OptionalLong.empty(), 20 * SECOND)).isEqualTo(Duration.ofSeconds(102));
    }

    @Test
    void phasesBeforeItThatSpentTheWholeShareLeaveItNoTime() {
        assertThat(phase("PT10S").budget(OptionalLong.of(0), 9 * SECOND)).isZero();
    }

    @Test
    void theGuardsFirstRoundsMayTakeTheExtraShareToo() {
        ExactCorePhase phase = phase("PT120S");
        phase.setGuardExtraShare("0.1");

        assertThat(phase.secondRoundBudget(OptionalLong.of(0), 20 * SECOND)).isEqualTo(Duration.ofSeconds(94));
    }

    @Test
    void theGuardsExtraShareLeavesLocalSearchAtLeastOneTwentiethOfTheLimit() {
        ExactCorePhase phase = phase("PT100S");
        phase.setGuardExtraShare("0.5");

        assertThat(phase.secondRoundBudget(OptionalLong.of(0), 0)).isEqualTo(Duration.ofSeconds(95));
    }

    @Test
    void anUnknownLimitGivesTheFallbackTime() {
        ExactCorePhase phase = new ExactCorePhase();
        phase.setFallbackSeconds("20");

        assertThat(phase.budget(OptionalLong.of(0), 5 * SECOND)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theStartPhaseNotesTheStartOnceForTheThreadsNextExactPhase() {
        new SolveStartPhase().changeWorkingSolution(null, () -> false);

        assertThat(SolveStartPhase.takeStart()).isPresent();
        assertThat(SolveStartPhase.takeStart()).isEmpty();
    }

    @Test
    void theStartPhaseKeepsAStartMarkedBeforeTheSolve() {
        SolveStartPhase.markStart(42);

        new SolveStartPhase().changeWorkingSolution(null, () -> false);

        assertThat(SolveStartPhase.takeStart()).hasValue(42);
    }
}
