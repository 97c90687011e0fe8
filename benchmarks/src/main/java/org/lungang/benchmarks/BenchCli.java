package org.lungang.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.lungang.solver.exact.ExactSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lungang bench}: runs a benchmark suite and writes DIR/summary.md and DIR/summary.csv, and, when the suite has
 * one, the Timefold Benchmarker's offline HTML report under DIR/benchmarker/.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs a benchmark suite: the lottery and points-greedy baselines, the exact core alone, local "
                + "search alone and the hybrid (exact core, then local search) at the same wall time on the same "
                + "datasets, and the Timefold Benchmarker's comparison of solver configurations.")
public final class BenchCli implements Callable<Integer> {

    @Option(names = "--suite", required = true, description = "smoke, county, city, tiers, profiles or scaling")
    String suite;

    @Option(names = "--output", required = true, description = "directory for summary.md, summary.csv and the report")
    Path output;

    @Option(names = "--no-benchmarker", description = "skip the Timefold Benchmarker and its HTML report")
    boolean noBenchmarker;

    @Override
    public Integer call() throws Exception {
        Suite chosen;
        try {
            chosen = Suite.named(suite);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Files.createDirectories(output);
        BenchRunner runner = new BenchRunner(message -> System.err.println("[bench] " + message));
        List<BenchRow> rows = runner.run(chosen);
        // Written before the Benchmarker runs, so a failure there does not lose the measurements.
        SummaryWriter.write(chosen.name(), rows, output, header(chosen));
        String reportLine = "";
        if (chosen.benchmarkerLimit() != null && !noBenchmarker) {
            Path index = TimefoldBenchmark.run(chosen.datasets(), chosen.benchmarkerLimit(),
                    output.resolve("benchmarker"), npmCache(), message -> System.err.println("[bench] " + message));
            reportLine = "\nTimefold Benchmarker report (solver configurations, "
                    + chosen.benchmarkerLimit().toSeconds() + " s each): `"
                    + output.toAbsolutePath().relativize(index.toAbsolutePath()) + "`.\n";
        }
        SummaryWriter.write(chosen.name(), rows, output, header(chosen) + reportLine);
        System.out.println(Files.readString(output.resolve("summary.md")));
        return 0;
    }

    private static String header(Suite suite) {
        Runtime runtime = Runtime.getRuntime();
        return "Run " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " on "
                + runtime.availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MB. Exact core alone, local search alone and hybrid, "
                + "each: " + suite.solverLimits().stream().map(d -> d.toSeconds() + " s").toList() + " (exact core: "
                + ExactSettings.defaults().engine() + "; the hybrid gives it its configured share). Generator seed "
                + Suite.SEED + ".\n\n"
                + "Legal = hard score 0 under Lungang's constraints. Shortage filled = open posts before − after "
                + "(in brackets weighted by subject scarcity, Lungang's objective). Core objective = 100 × weighted "
                + "shortage filled − commute km; gap = how far it is below the lowest bound the exact core proved on "
                + "the dataset in this run at no more quota shortfall (negative: above it; local search also moves "
                + "principals and fills posts through chains the core leaves out). ÷ exact compares the weighted "
                + "shortage KPI with the exact core's plan; ÷ lottery and ÷ points-greedy compare posts filled. "
                + "First legal s is 0 when the start (everyone stays) is already legal. Peak MB is the process's "
                + "peak resident memory during that run.";
    }

    /** The packed npm packages of the report are kept beside the jar (benchmarks/target/report-assets). */
    private static Path npmCache() {
        try {
            Path location = Path.of(BenchCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().resolve("report-assets");
        } catch (URISyntaxException | SecurityException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "lungang-report-assets");
        }
    }

    public static void main(String[] args) {
        // Without a configuration logback logs everything at DEBUG, Timefold a line per local-search step (57 MB
        // per county run, which slowed the very moves/s measured): the command line's quiet one, as `lungang` has.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }
}
