package org.lungang.data.province.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.ProvinceInput;
import org.lungang.data.province.ProvinceProgress;
import org.lungang.data.province.TinyProvince;

/** Several members in this JVM, on 127.0.0.1 only, under a cluster name of their own. */
class ClusterFailoverTest {

    private static final Duration TIME = Duration.ofSeconds(3);
    private static final int COUNTIES = 6;

    @TempDir
    Path dir;

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final String cluster = "lungang-test-" + UUID.randomUUID();

    @AfterEach
    void stopMembers() {
        for (HazelcastInstance member : members) {
            member.getLifecycleService().terminate();
        }
    }

    private ClusterSettings settings() {
        return new ClusterSettings(cluster, List.of("127.0.0.1:5911", "127.0.0.1:5912", "127.0.0.1:5913"),
                "127.0.0.1", 5911, 1);
    }

    private void startMembers(int count) {
        for (int i = 0; i < count; i++) {
            members.add(ProvinceWorker.start(settings()));
        }
    }

    private List<CountyJob> jobs() throws Exception {
        TinyProvince.write(dir.resolve("in"), COUNTIES);
        return ProvinceInput.load(dir.resolve("in")).jobs(TIME);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aMemberShutDownMidRunLeavesEveryCountyWithExactlyOneResult() throws Exception {
        startMembers(3);
        List<CountyJob> jobs = jobs();
        CountDownLatch allRunning = new CountDownLatch(1);
        ProvinceProgress progress = new ProvinceProgress(jobs.size(), s -> {
            if (s.running() == 3 && s.done() == 0) {
                allRunning.countDown();
            }
        });
        Path output = dir.resolve("out");
        CompletableFuture<List<CountyResult>> run = CompletableFuture.supplyAsync(
                () -> new ClusterRunner(settings(), 30_000).run(jobs, output, progress));

        assertThat(allRunning.await(60, TimeUnit.SECONDS)).isTrue();
        members.remove(1).getLifecycleService().terminate();
        List<CountyResult> results = run.get(150, TimeUnit.SECONDS);

        assertThat(results).extracting(CountyResult::status).containsOnly(CountyResult.Status.SOLVED);
        assertThat(results).extracting(CountyResult::jobId)
                .containsExactlyElementsOf(jobs.stream().map(CountyJob::jobId).toList());
        assertThat(TinyProvince.files(output, "results")).hasSize(COUNTIES);
        // The terminated member's solve runs on in this JVM; once it ends, it keeps no plan of its own: the count
        // stays at one plan a county for longer than that solve can take.
        await().during(TIME.plusSeconds(2)).atMost(TIME.plusSeconds(30))
                .until(() -> TinyProvince.files(output, "plans").size() == COUNTIES);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void twoSubmittersOfTheSameProvinceSolveEachCountyOnce() throws Exception {
        startMembers(2);
        List<CountyJob> jobs = jobs();
        Path output = dir.resolve("out");
        CompletableFuture<List<CountyResult>> first = CompletableFuture.supplyAsync(() -> new ClusterRunner(
                settings(), 30_000).run(jobs, output, new ProvinceProgress(jobs.size(), s -> {
                })));
        CompletableFuture<List<CountyResult>> second = CompletableFuture.supplyAsync(() -> new ClusterRunner(
                settings(), 30_000).run(jobs, output, new ProvinceProgress(jobs.size(), s -> {
                })));

        List<CountyResult> a = first.get(150, TimeUnit.SECONDS);
        List<CountyResult> b = second.get(150, TimeUnit.SECONDS);

        // One solve per county: both submitters hold the very same result (member, time and plan file).
        assertThat(b).isEqualTo(a);
        assertThat(TinyProvince.files(output, "plans")).hasSize(COUNTIES);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void noWorkerReachableIsAClearErrorNamingTheAddresses() {
        ClusterSettings nowhere = new ClusterSettings(cluster, List.of("127.0.0.1:5999"), "127.0.0.1", 5999, 1);

        assertThatThrownBy(() -> new ClusterRunner(nowhere, 2_000).run(List.of(), dir, new ProvinceProgress(0,
                s -> {
                }))).isInstanceOf(ClusterUnreachableException.class).hasMessageContaining("127.0.0.1:5999");
    }
}
