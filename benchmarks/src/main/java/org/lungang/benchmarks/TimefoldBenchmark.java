package org.lungang.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.lungang.benchmarks.report.OfflineReport;
import org.lungang.solver.RotationSolver;

/**
 * Compares solver configurations with the Timefold Benchmarker: Lungang's own configuration (the classpath resource
 * {@code org/lungang/solver/solverConfig.xml}) against the variants of {@code benchmarkConfig.xml} (acceptors,
 * move selectors, a construction heuristic), each with the same time limit on each dataset. Writes the
 * Benchmarker's HTML report, made to render offline.
 */
public final class TimefoldBenchmark {

    public static final String CONFIG_RESOURCE = "org/lungang/benchmarks/benchmarkConfig.xml";

    private TimefoldBenchmark() {
    }

    /** The benchmark configuration for the datasets, solvers limited to the time limit each. */
    public static PlannerBenchmarkConfig config(List<Dataset> datasets, Duration limit, Path directory) {
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlResource(CONFIG_RESOURCE);
        config.setBenchmarkDirectory(directory.toFile());
        config.setName("Lungang");

        SolverConfig base = SolverConfig.createFromXmlResource(RotationSolver.CONFIG_RESOURCE);
        SolverConfig inherited = base.copyConfig()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
        inherited.setPhaseConfigList(null);
        config.setInheritedSolverBenchmarkConfig(new SolverBenchmarkConfig()
                .withSolverConfig(inherited)
                .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                        .withSolutionFileIOClass(GeneratedCountyFileIO.class)
                        .withWriteOutputSolutionEnabled(false)
                        .withInputSolutionFileList(problemFiles(datasets, directory))));

        SolverConfig lungang = new SolverConfig();
        // The exact phase takes its share of this limit.
        lungang.setPhaseConfigList(RotationSolver.withTimeLimit(base, limit).getPhaseConfigList());
        List<SolverBenchmarkConfig> solverBenchmarks = new ArrayList<>();
        solverBenchmarks.add(new SolverBenchmarkConfig().withName("Lungang (solverConfig.xml)")
                .withSolverConfig(lungang));
        solverBenchmarks.addAll(config.getSolverBenchmarkConfigList());
        config.setSolverBenchmarkConfigList(solverBenchmarks);
        return config;
    }

    /**
     * Runs the Benchmarker and makes its report offline. Returns the report's index.html.
     *
     * @param npmCache where the report's npm packages are kept between runs
     */
    public static Path run(List<Dataset> datasets, Duration limit, Path directory, Path npmCache,
            java.util.function.Consumer<String> log) throws IOException {
        Files.createDirectories(directory);
        PlannerBenchmarkFactory.create(config(datasets, limit, directory)).buildPlannerBenchmark().benchmark();
        Path index = newestReport(directory);
        if (!new OfflineReport(npmCache, log).localise(index)) {
            log.accept("The report keeps its CDN links: the npm packages could not be fetched.");
        }
        return index;
    }

    /** The Benchmarker writes each run into a new timestamped directory under the benchmark directory. */
    private static Path newestReport(Path directory) throws IOException {
        try (var runs = Files.list(directory)) {
            return runs.map(run -> run.resolve("index.html"))
                    .filter(Files::isRegularFile)
                    .max(java.util.Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IOException("The Benchmarker wrote no report under " + directory));
        }
    }

    private static List<File> problemFiles(List<Dataset> datasets, Path directory) {
        Path problems = directory.resolve("problems");
        try {
            Files.createDirectories(problems);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<File> files = new ArrayList<>();
        for (Dataset dataset : datasets) {
            if (dataset.profile() == null) {
                continue;
            }
            File file = problems.resolve(dataset.name() + "." + GeneratedCountyFileIO.EXTENSION).toFile();
            GeneratedCountyFileIO.writeSpec(file, dataset.profile(), dataset.teachers(), Suite.SEED);
            files.add(file);
        }
        return files;
    }
}
