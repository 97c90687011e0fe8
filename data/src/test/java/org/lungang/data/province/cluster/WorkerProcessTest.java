package org.lungang.data.province.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.cli.LungangCli;
import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.ProvinceInput;
import org.lungang.data.province.ProvinceProgress;
import org.lungang.data.province.TinyProvince;

/** Two `lungang worker` JVMs on 127.0.0.1 and a submitter in this JVM; one worker is killed with SIGKILL. */
class WorkerProcessTest {

    private static final Duration TIME = Duration.ofSeconds(4);
    private static final int COUNTIES = 6;

    @TempDir
    Path dir;

    private final List<Process> workers = new ArrayList<>();
    private final String cluster = "lungang-test-" + UUID.randomUUID();
    private final List<String> members = List.of("127.0.0.1:5931", "127.0.0.1:5932");

    @AfterEach
    void killWorkers() {
        workers.forEach(Process::destroyForcibly);
    }

    private Process worker(int port, CountDownLatch ready) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LungangCli.class.getName(), "worker", "--cluster", cluster, "--port", Integer.toString(port),
                "--members", String.join(",", members)).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("lungang worker")) {
                        ready.countDown();
                    }
                }
            } catch (Exception e) {
                // The process was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        workers.add(process);
        return process;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killingAWorkerWithSigkillLosesNoCountyAndDuplicatesNone() throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        Process victim = worker(5931, ready);
        worker(5932, ready);
        assertThat(ready.await(120, TimeUnit.SECONDS)).isTrue();
        TinyProvince.write(dir.resolve("in"), COUNTIES);
        List<CountyJob> jobs = ProvinceInput.load(dir.resolve("in")).jobs(TIME);
        CountDownLatch bothSolving = new CountDownLatch(1);
        ProvinceProgress progress = new ProvinceProgress(jobs.size(), s -> {
            if (s.running() == 2 && s.done() >= 1) {
                bothSolving.countDown();
            }
        });
        Path output = dir.resolve("out");
        ClusterSettings settings = new ClusterSettings(cluster, members, "127.0.0.1", 5931, 1);
        CompletableFuture<List<CountyResult>> run = CompletableFuture.supplyAsync(
                () -> new ClusterRunner(settings, 60_000).run(jobs, output, progress));

        assertThat(bothSolving.await(120, TimeUnit.SECONDS)).isTrue();
        victim.destroyForcibly();
        List<CountyResult> results = run.get(200, TimeUnit.SECONDS);

        assertThat(results).extracting(CountyResult::status).containsOnly(CountyResult.Status.SOLVED);
        assertThat(results).extracting(CountyResult::jobId)
                .containsExactlyElementsOf(jobs.stream().map(CountyJob::jobId).toList());
        assertThat(TinyProvince.files(output, "results")).hasSize(COUNTIES);
        assertThat(results).allSatisfy(r -> assertThat(output.resolve(r.planFile())).isNotEmptyFile());
    }
}
