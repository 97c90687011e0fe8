package org.lungang.webui.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.cluster.ClusterSettings;
import org.lungang.data.province.cluster.ProvinceWorker;
import org.lungang.webui.base.BackgroundRun;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.sweep.SweepService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web application with {@code lungang.cluster.*} set: two workers in this JVM on loopback, under a cluster name
 * of their own, take the province's counties and the sweep's points; the results go to the configured output path,
 * which every member reads and writes.
 */
@SpringBootTest
class ClusterRunsTest {

    private static final String CLUSTER = "lungang-web-test-" + UUID.randomUUID();
    private static final List<String> MEMBERS = List.of("127.0.0.1:5941", "127.0.0.1:5942");
    private static final List<HazelcastInstance> WORKERS = new ArrayList<>();
    private static Path dataDir;
    private static Path shared;

    @Autowired
    private ProvinceService provinces;
    @Autowired
    private SweepService sweeps;
    @Autowired
    private DatasetService datasets;
    @Autowired
    private ScenarioService scenarios;

    @DynamicPropertySource
    static void clusterOfTwoWorkers(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("lungang-cluster-web-");
        shared = Files.createTempDirectory("lungang-shared-output-");
        for (int i = 0; i < 2; i++) {
            WORKERS.add(ProvinceWorker.start(new ClusterSettings(CLUSTER, MEMBERS, "127.0.0.1", 5941, 1)));
        }
        registry.add("lungang.data-dir", dataDir::toString);
        registry.add("lungang.admin.password", () -> "password-123");
        registry.add("lungang.demo.enabled", () -> "false");
        registry.add("lungang.security.bcrypt-strength", () -> "4");
        registry.add("lungang.cluster.enabled", () -> "true");
        registry.add("lungang.cluster.name", () -> CLUSTER);
        registry.add("lungang.cluster.members", () -> String.join(",", MEMBERS));
        registry.add("lungang.province.output-dir", shared::toString);
    }

    @AfterAll
    static void stopWorkers() {
        WORKERS.forEach(w -> w.getLifecycleService().terminate());
    }

    @BeforeEach
    void planner() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "planner", null, List.of(new SimpleGrantedAuthority("ROLE_PLANNER"))));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static byte[] twoSchools() throws IOException {
        try (InputStream in = ClusterRunsTest.class.getResourceAsStream("/problems/two-schools.json")) {
            return in.readAllBytes();
        }
    }

    private static long completedOn(HazelcastInstance worker) {
        return worker.getExecutorService("lungang-counties").getLocalExecutorStats().getCompletedTaskCount();
    }

    @Test
    void aProvinceRunsOnTheWorkersAndItsPlansAndResultsAreUnderTheSharedOutputPath() throws IOException {
        Path dir = dataDir.resolve("provinces").resolve("two");
        Files.createDirectories(dir);
        for (String name : List.of("a.json", "b.json", "c.json", "d.json")) {
            Files.write(dir.resolve(name), twoSchools());
        }
        ProvinceService.Province province = provinces.fromDirectory(dir.toString());

        ProvinceService.Run run = provinces.start(province.id(), Duration.ofSeconds(1), false);
        await().atMost(Duration.ofMinutes(2)).until(() -> run.state() != ProvinceService.State.RUNNING);

        assertThat(run.error()).isEmpty();
        assertThat(run.clustered()).isTrue();
        List<CountyResult> results = run.summary().orElseThrow().counties();
        assertThat(results).hasSize(4).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(CountyResult.Status.SOLVED);
            assertThat(r.solvedBy()).isNotEqualTo("embedded").contains("127.0.0.1");
        });
        try (var outputs = Files.list(shared)) {
            Path output = outputs.filter(Files::isDirectory).findFirst().orElseThrow();
            assertThat(output.resolve("summary.csv")).isNotEmptyFile();
            assertThat(results).allSatisfy(r -> assertThat(output.resolve(r.planFile())).isNotEmptyFile());
            assertThat(output.resolve("results")).isDirectoryContaining(p -> p.toString().endsWith(".json"));
        }
        assertThat(results.stream().map(CountyResult::solvedBy).distinct()).hasSize(2);
    }

    @Test
    void aSweepsPointsRunOnTheWorkers() throws IOException {
        Dataset dataset = datasets.importJson(twoSchools(), "two-schools.json");
        Scenario scenario = scenarios.create(new ScenarioSpec(dataset.getId(), "集群扫描", null, null, null));
        long before = completedOn(WORKERS.get(0)) + completedOn(WORKERS.get(1));

        SweepService.SweepRun run = sweeps.start(scenario.getId(),
                List.of(new SweepService.Axis("quota", "0.1,0.2,0.3")), Duration.ofSeconds(1), r -> {
                });
        await().atMost(Duration.ofMinutes(2)).until(() -> run.state() != BackgroundRun.State.RUNNING);

        assertThat(run.failure()).isEmpty();
        assertThat(run.result().orElseThrow().points()).extracting(p -> p.values().get(0))
                .containsExactly(0.1, 0.2, 0.3);
        assertThat(completedOn(WORKERS.get(0)) + completedOn(WORKERS.get(1)) - before).isEqualTo(3);
    }
}
