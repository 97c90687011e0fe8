package org.lungang.data.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junit.jupiter.api.Test;
import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfiles;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.domain.Rotation;

/** A reproducible horizon: local search by steps, not by the clock, so that the same inputs give the same result. */
class ReproducibleHorizonTest {

    /** A horizon's result and, per year, every teacher's destination (null: stays). */
    private record Outcome(HorizonResult result, Map<Integer, Map<String, String>> destinations) {
    }

    private static Outcome run(int steps, long seed) {
        // A new county each time: nothing the two runs share but their inputs.
        GeneratedCounty county = CountyGenerator.generate(CountyProfiles.TINY, 1);
        Map<Integer, Map<String, String>> destinations = new LinkedHashMap<>();
        HorizonResult result = Horizon.reproducible(steps, seed).run(
                new LoadedProblem(county.name(), county.year(), county.plan()), 2, Duration.ofMinutes(10),
                (index, years, problem, solved, row) -> {
                    Map<String, String> year = new TreeMap<>();
                    for (Rotation r : solved.getRotations()) {
                        year.put(r.getId(), r.getDestination() == null ? null : r.getDestination().getId());
                    }
                    destinations.put(problem.year(), year);
                });
        return new Outcome(result, destinations);
    }

    @Test
    void theSameProblemStepsAndSeedGiveTheSamePlansAndFiguresEveryYear() {
        Outcome first = run(300, 7);
        Outcome second = run(300, 7);

        assertThat(second.destinations()).isEqualTo(first.destinations());
        assertThat(second.result().years()).isEqualTo(first.result().years());
        assertThat(first.result().years()).hasSize(2);
        assertThat(first.result().years().get(0).rotated()).as("a year that moves nobody proves nothing").isPositive();
        assertThat(first.result().reproducibility().stepsPerYear()).isEqualTo(300);
        assertThat(first.result().reproducibility().seed()).isEqualTo(7);
    }

    @Test
    void aReproducibleYearEndsItsLocalSearchOnStepsWithASeedAndNoExactPhase() {
        SolverConfig config = Horizon.reproducibleConfig(300, 7);

        assertThat(config.getEnvironmentMode()).isEqualTo(EnvironmentMode.REPRODUCIBLE);
        assertThat(config.getRandomSeed()).isEqualTo(7L);
        assertThat(config.getPhaseConfigList()).noneMatch(CustomPhaseConfig.class::isInstance);
        List<LocalSearchPhaseConfig> localSearch = config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance).map(LocalSearchPhaseConfig.class::cast).toList();
        assertThat(localSearch).singleElement().satisfies(
                phase -> assertThat(phase.getTerminationConfig().getStepCountLimit()).isEqualTo(300));
    }

    @Test
    void aHorizonUnderATimeLimitAloneSaysNothingOfReproducibility() {
        assertThat(new HorizonResult("c", 30, List.of()).reproducibility()).isNull();
    }
}
