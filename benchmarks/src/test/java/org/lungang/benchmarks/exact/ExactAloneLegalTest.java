package org.lungang.benchmarks.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lungang.benchmarks.Suite;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.exact.ExactCore;
import org.lungang.solver.exact.ExactSettings;

/**
 * The exact core's plan, applied alone (no local search after it), breaks no hard rule of the solver's own score on
 * generated counties: every hard rule the constraints hold is in the core model.
 */
class ExactAloneLegalTest {

    @ParameterizedTest(name = "{0} tier")
    @ValueSource(strings = { "tiny", "small" })
    void theExactPlanAloneHasNoHardViolationOnAGeneratedCounty(String tier) {
        RotationPlan plan = Suite.tier(tier).problem().get();
        ExactCore.Result result = new ExactCore(ExactSettings.defaults()).solve(plan, Duration.ofSeconds(30),
                () -> false);
        for (Map.Entry<Rotation, School> entry : result.destinations().entrySet()) {
            entry.getKey().setDestination(entry.getValue());
        }

        var analysis = new RotationSolver().analyze(plan);
        List<String> broken = analysis.constraintAnalyses().stream()
                .filter(c -> c.score().hardScore() < 0)
                .map(c -> c.constraintRef().constraintName() + " " + c.score().toShortString())
                .toList();
        assertThat(result.destinations()).isNotEmpty();
        assertThat(broken).isEmpty();
        assertThat(((HardMediumSoftLongScore) analysis.score()).hardScore()).isZero();
    }
}
