package org.lungang.benchmarks.province;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.lungang.data.province.EmbeddedRunner;
import org.lungang.data.province.ProvinceGenerator;
import org.lungang.data.province.ProvinceInput;
import org.lungang.data.province.ProvinceRun;
import org.lungang.data.province.ProvinceSummary;
import org.lungang.data.province.cluster.ClusterRunner;
import org.lungang.data.province.cluster.ClusterSettings;

/**
 * The {@code province} suite: a generated province of {@code --counties} counties solved at {@code --time} each on
 * a cluster of 1 worker and then of 2 workers (separate JVMs on 127.0.0.1, one solver each, fresh output each so that
 * no result is reused), giving counties per minute, the ratio and each member's peak resident memory; then, unless
 * {@code --no-embedded}, a province of {@code --embedded-counties} solved embedded end to end ({@code --no-cluster}
 * runs that alone). The machine's load averages go into the report beside the figures. Writes
 * {@code province-bench.md} into the output directory.
 */
@Command(name = "province-bench", mixinStandardHelpOptions = true,
        description = "Province throughput: 1 vs 2 cluster workers, and an embedded province run.")
public final class ProvinceBench implements Callable<Integer> {

    @Option(names = "--output", required = true, description = "Directory for provinces, plans and the report.")
    Path output;

    @Option(names = "--counties", defaultValue = "20", description = "Counties of the cluster runs (default 20).")
    int counties;

    @Option(names = "--time", defaultValue = "20", description = "Seconds per county in the cluster runs.")
    int seconds;

    @Option(names = "--heap", defaultValue = "2g", description = "Each worker's -Xmx (default 2g).")
    String heap;

    @Option(names = "--embedded-counties", defaultValue = "100", description = "Counties of the embedded run.")
    int embeddedCounties;

    @Option(names = "--embedded-time", defaultValue = "60", description = "Seconds per county, embedded run.")
    int embeddedSeconds;

    @Option(names = "--parallel", defaultValue = "2", description = "Counties at once in the embedded run.")
    int parallel;

    @Option(names = "--no-embedded", description = "Skip the embedded run.")
    boolean noEmbedded;

    @Option(names = "--no-cluster", description = "Skip the 1 vs 2 worker runs (the embedded run alone).")
    boolean noCluster;

    @Option(names = "--seed", defaultValue = "1", description = "Province seed (default 1).")
    long seed;

    public static void main(String[] args) {
        // Without a configuration logback logs everything at DEBUG, Timefold a line per local-search step (57 MB
        // per county run, which slowed the very moves/s measured): the command line's quiet one, as `lungang` has.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        System.exit(new CommandLine(new ProvinceBench()).execute(args));
    }

    private record ClusterRun(int workers, long wallMillis, int solved, List<Long> peakMb) {
        double countiesPerMinute() {
            return solved * 60_000.0 / wallMillis;
        }
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(output);
        String loadBefore = loadAverage();
        StringBuilder report = new StringBuilder("# province suite\n\n");
        if (!noCluster) {
            clusterRuns(report, loadBefore);
        }
        if (!noEmbedded) {
            embeddedRun(report);
        }
        Files.writeString(output.resolve("province-bench.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.print(report);
        return 0;
    }

    private void clusterRuns(StringBuilder report, String loadBefore) throws Exception {
        Path province = generate(output.resolve("province-" + counties), counties);
        List<ClusterRun> runs = new ArrayList<>();
        for (int workers = 1; workers <= 2; workers++) {
            runs.add(clusterRun(province, workers));
        }
        report.append(String.format(Locale.ROOT, "%d counties (seed %d) at %d s each; workers are separate JVMs "
                + "(-Xmx%s, one solver each) on 127.0.0.1; %d cores.%n%n", counties, seed, seconds, heap,
                Runtime.getRuntime().availableProcessors()));
        report.append("| workers | wall (s) | counties solved | counties per minute | peak RSS per member (MB) |\n");
        report.append("|---|---|---|---|---|\n");
        for (ClusterRun run : runs) {
            report.append(String.format(Locale.ROOT, "| %d | %.1f | %d | %.2f | %s |%n", run.workers(),
                    run.wallMillis() / 1000.0, run.solved(), run.countiesPerMinute(), run.peakMb()));
        }
        report.append(String.format(Locale.ROOT, "%nRatio 2 workers / 1 worker: %.2f×%n",
                runs.get(1).countiesPerMinute() / runs.get(0).countiesPerMinute()));
        report.append("\nLoad average (1, 5, 15 min) before the cluster runs: ").append(loadBefore)
                .append("; after them: ").append(loadAverage()).append(" (other processes on the machine count too)\n");
    }

    private void embeddedRun(StringBuilder report) {
        String loadBefore = loadAverage();
        Path big = generate(output.resolve("province-" + embeddedCounties), embeddedCounties);
        long start = System.nanoTime();
        ProvinceSummary summary = ProvinceRun.run(ProvinceInput.load(big), Duration.ofSeconds(embeddedSeconds),
                output.resolve("embedded-out"), new EmbeddedRunner(parallel), s -> {
                    if (s.last() != null) {
                        System.out.printf("embedded: %d/%d done, %d running, %d failed%n", s.done(), s.total(),
                                s.running(), s.failed());
                    }
                });
        long millis = (System.nanoTime() - start) / 1_000_000;
        ProvinceSummary.Totals t = summary.totals();
        report.append(String.format(Locale.ROOT, "%nEmbedded: %d counties, %d teachers, %d s each, --parallel "
                + "%d: %.1f min wall, %d solved, %d invalid, %d failed, %d feasible.%n", t.counties(),
                t.teachers(), embeddedSeconds, parallel, millis / 60_000.0, t.solved(), t.invalid(), t.failed(),
                t.feasible()));
        report.append("Load average before the embedded run: ").append(loadBefore).append("; after it: ")
                .append(loadAverage()).append('\n');
    }

    private Path generate(Path directory, int count) {
        if (!Files.isRegularFile(directory.resolve(ProvinceInput.MANIFEST))) {
            ProvinceGenerator.write(directory, "基准省", 2025, count, seed, c -> {
            });
        }
        return directory;
    }

    private ClusterRun clusterRun(Path province, int workers) throws Exception {
        String cluster = "lungang-bench-" + UUID.randomUUID();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            members.add("127.0.0.1:" + (5951 + i));
        }
        List<Process> processes = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(workers);
        try {
            for (int i = 0; i < workers; i++) {
                processes.add(startWorker(cluster, 5951 + i, members, ready));
            }
            if (!ready.await(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Workers did not start");
            }
            Path out = output.resolve("cluster-" + workers + "-" + System.currentTimeMillis());
            long start = System.nanoTime();
            ProvinceSummary summary = ProvinceRun.run(ProvinceInput.load(province), Duration.ofSeconds(seconds), out,
                    new ClusterRunner(new ClusterSettings(cluster, members, "127.0.0.1", 5951, 1), 30_000), s -> {
                    });
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<Long> peaks = new ArrayList<>();
            for (Process process : processes) {
                peaks.add(peakRssMb(process.pid()));
            }
            return new ClusterRun(workers, millis, summary.totals().solved(), peaks);
        } finally {
            processes.forEach(Process::destroy);
            for (Process process : processes) {
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Process startWorker(String cluster, int port, List<String> members, CountDownLatch ready)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "org.lungang.data.cli.LungangCli", "worker", "--cluster", cluster, "--port", Integer.toString(port),
                "--members", String.join(",", members)).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("lungang worker")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // The worker ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    /** The machine's load averages, as /proc/loadavg gives them, or "unknown". */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    /** The process's peak resident set (VmHWM) in MB, or -1 where /proc is not there. */
    private static long peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
