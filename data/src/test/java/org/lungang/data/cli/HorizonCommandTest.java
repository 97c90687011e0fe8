package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class HorizonCommandTest extends CliTest {

    @Test
    void horizonPlansEachYearWithRolloverAndWritesTheTablesTheChartAndEachYearsFiles() throws IOException {
        Path output = dir.resolve("horizon");
        Files.createDirectories(output);

        int exit = run("horizon", "--input", problem.toString(), "--years", "3", "--time", "1s", "--output",
                output.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<String> csv = Files.readAllLines(output.resolve("horizon.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("year,teachers,eligible,away_on_exchange,rotated")
                .contains("cv_after_PRIMARY/BACKBONE");
        assertThat(csv.get(1)).startsWith("2025,");
        assertThat(csv.get(3)).startsWith("2027,");
        assertThat(Files.readString(output.resolve("horizon.zh.md"))).contains("覆盖率").contains("首次达标");
        assertThat(Files.readString(output.resolve("horizon.en.md"))).contains("Coverage").contains("first year met");
        assertThat(Files.readString(output.resolve("horizon.svg"))).startsWith("<?xml").contains("<polyline");
        assertThat(output.resolve("years").resolve("2026.problem.json")).exists();
        assertThat(output.resolve("years").resolve("2027.plan.json")).exists();
    }

    @Test
    void aHorizonSweepRunsOneHorizonPerValueAndTabulatesWhenEachReachesItsThresholds() throws IOException {
        Path output = dir.resolve("sweep");
        Files.createDirectories(output);

        int exit = run("horizon", "--input", problem.toString(), "--years", "2", "--time", "1s", "--output",
                output.toString(), "--sweep", "quota=0.1,0.3");

        assertThat(exit).as(err.toString()).isZero();
        List<String> csv = Files.readAllLines(output.resolve("horizon-sweep.csv"));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).startsWith("quota,coverage_end,year_full_coverage,year_all_met,first_met_");
        assertThat(csv.get(1)).startsWith("0.1,");
        assertThat(csv.get(2)).startsWith("0.3,");
        assertThat(output.resolve("quota=0.3").resolve("horizon.csv")).exists();
        assertThat(Files.readString(output.resolve("horizon-sweep.zh.md"))).contains("期末覆盖率");
    }

    @Test
    void aHorizonSweepOverSomethingOtherThanAPolicyParameterIsAUsageError() {
        int exit = run("horizon", "--input", problem.toString(), "--output", dir.toString(), "--sweep",
                "housingBeds=1,2");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--sweep takes a policy parameter");
    }

    @Test
    void aHorizonOfNoYearsIsAUsageError() {
        int exit = run("horizon", "--input", problem.toString(), "--years", "0", "--output", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--years must be between 1 and 20");
    }
    @Test
    void aHorizonWithStepsRepeatsItsFilesAndSaysHowItWasSolved() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Files.createDirectories(first);
        Files.createDirectories(second);

        for (Path output : List.of(first, second)) {
            // On this small county local search finds no move to make and runs to the time cap: it still repeats.
            int exit = run("horizon", "--input", problem.toString(), "--years", "2", "--time", "2s", "--steps",
                    "100", "--seed", "3", "--output", output.toString());
            assertThat(exit).as(err.toString()).isZero();
        }

        assertThat(Files.readString(second.resolve("horizon.csv"))).isEqualTo(Files.readString(first.resolve(
                "horizon.csv")));
        assertThat(Files.readString(second.resolve("years").resolve("2026.plan.json")))
                .isEqualTo(Files.readString(first.resolve("years").resolve("2026.plan.json")));
        assertThat(Files.readString(first.resolve("horizon.en.md"))).contains("Reproducible: construction and then"
                + " 100 local-search steps per year, random seed 3");
    }

    @Test
    void aHorizonOfNoStepsIsAUsageError() {
        int exit = run("horizon", "--input", problem.toString(), "--steps", "0", "--output", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--steps must be at least 1");
    }
}
