package org.lungang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The smoke suite end to end, as CI runs it: tiny tier, every solver, the summaries and the offline report. */
class BenchSmokeTest {

    @TempDir
    static Path output;

    static int exitCode;

    @BeforeAll
    static void runTheSmokeSuite() {
        exitCode = new CommandLine(new BenchCli()).execute("--suite", "smoke", "--output", output.toString());
    }

    @Test
    void theSmokeSuiteEndsWithSuccess() {
        assertThat(exitCode).isZero();
    }

    @Test
    void theCsvSummaryHasTheRequiredColumnsAndOneRowPerSolver() throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("summary.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));

        assertThat(header).contains("dataset", "solver", "legal", "shortage_filled", "first_legal_s",
                "ratio_to_exact", "ratio_to_lottery", "ratio_to_points_greedy", "quota_shortfall", "gap_to_bound_pct",
                "mean_commute_km", "move_eval_speed", "peak_memory_mb");
        assertThat(header).anyMatch(column -> column.startsWith("cv_before_"))
                .anyMatch(column -> column.startsWith("cv_after_"));
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[1])
                .containsExactly("lottery", "points-greedy", "exact", "local-search", "hybrid");
    }

    @Test
    void theLegalColumnIsTheHardScoreOfEachPlan() throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("summary.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int legal = header.indexOf("legal");
        int score = header.indexOf("score");

        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            boolean hardBroken = cells[score].matches("-\\d+hard.*");
            assertThat(Boolean.parseBoolean(cells[legal])).as(line).isEqualTo(!hardBroken);
        }
    }

    @Test
    void theExactCoreLocalSearchAndTheHybridProduceLegalPlansOnTheTinyTier() throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("summary.csv"));

        assertThat(lines).filteredOn(line -> line.contains(",exact,") || line.contains(",local-search,")
                        || line.contains(",hybrid,"))
                .hasSize(3)
                .allMatch(line -> line.split(",")[2].equals("true"));
    }

    @Test
    void anExactCoreProvenOptimalIsBelowItsOwnBoundByWhatItsCvGuardGaveUp() throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("summary.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String exact = lines.stream().filter(line -> line.split(",")[1].equals("exact")).findFirst().orElseThrow();
        String[] cells = exact.split(",");

        assertThat(cells[header.indexOf("exact_status")]).isEqualTo("OPTIMAL");
        assertThat(cells[header.indexOf("gap_to_bound_pct")]).isEqualTo(cells[header.indexOf("guard_cost_pct")]);
    }

    @Test
    void theHybridRowIsMeasuredAgainstTheBoundForPlansThatRaiseNoCoefficientAboveIt() throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("summary.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] hybrid = lines.stream().map(line -> line.split(",")).filter(cells -> cells[1].equals("hybrid"))
                .findFirst().orElseThrow();
        String[] local = lines.stream().map(line -> line.split(",")).filter(cells -> cells[1].equals("local-search"))
                .findFirst().orElseThrow();

        double bound = Double.parseDouble(hybrid[header.indexOf("guarded_bound")]);
        double gap = Double.parseDouble(hybrid[header.indexOf("gap_to_guarded_bound_pct")]);
        long objective = Long.parseLong(hybrid[header.indexOf("core_objective")]);
        // The file rounds the gap to 0.01 and the bound to a whole number: on a small bound the latter moves the gap
        // by 100 × objective / bound² per half point.
        double rounding = 0.005 + 100.0 * objective / (bound * bound) * 0.5;
        assertThat(gap).isCloseTo(100 * (bound - objective) / bound, within(rounding + 1e-9));
        assertThat(local[header.indexOf("guarded_bound")]).isEmpty();
    }

    @Test
    void theMarkdownSummaryHasTheTableAndTheIndicators() throws IOException {
        String markdown = Files.readString(output.resolve("summary.md"));

        assertThat(markdown).contains("| dataset | solver | legal |", "| tiny | hybrid |",
                "Coefficient of variation", "Timefold Benchmarker report");
    }

    @Test
    void theBenchmarkerReportLoadsNothingFromACdn() throws IOException {
        Path index;
        try (Stream<Path> files = Files.walk(output.resolve("benchmarker"))) {
            index = files.filter(f -> f.getFileName().toString().equals("index.html")).findFirst().orElseThrow();
        }
        String html = Files.readString(index);

        assertThat(html).doesNotContain("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "code.jquery.com", "unpkg.com",
                "buttons.github.io");
        assertThat(index.getParent().resolve("website/vendor/chart.js/dist/chart.umd.js")).exists();
        assertThat(index.getParent().resolve("website/vendor/fontawesome/webfonts")).isDirectory();
    }
}
