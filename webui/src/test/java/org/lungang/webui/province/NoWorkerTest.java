package org.lungang.webui.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lungang.data.province.CountyResult;
import org.lungang.webui.audit.AuditService;

/** A cluster is configured but no worker listens: the run says so and can run on this machine instead. */
class NoWorkerTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithNoReachableWorkerFailsSayingSoAndThenRunsEmbeddedWhenAsked() throws IOException {
        Path province = dir.resolve("provinces").resolve("p");
        Files.createDirectories(province);
        try (InputStream in = getClass().getResourceAsStream("/problems/two-schools.json")) {
            Files.write(province.resolve("a.json"), in.readAllBytes());
        }
        ClusterConfig nowhere = new ClusterConfig(true, "127.0.0.1:5799", "lungang-nowhere", "127.0.0.1",
                Duration.ofSeconds(2));
        ProvinceService service = new ProvinceService(null, null, null, mock(AuditService.class), nowhere,
                List.of(dir.resolve("provinces").toString()), dir.resolve("out").toString(),
                new ProvinceUploads(dir.toString()), 1);
        ProvinceService.Province read = service.fromDirectory(province.toString());

        ProvinceService.Run clustered = service.start(read.id(), Duration.ofSeconds(1), false);
        await().atMost(Duration.ofMinutes(1)).until(() -> clustered.state() != ProvinceService.State.RUNNING);

        assertThat(clustered.state()).isEqualTo(ProvinceService.State.FAILED);
        assertThat(clustered.clusterUnreachable()).isTrue();
        assertThat(clustered.error()).hasValueSatisfying(e -> assertThat(e)
                .contains("No Lungang worker of cluster 'lungang-nowhere' is reachable at 127.0.0.1:5799"));

        ProvinceService.Run embedded = service.start(read.id(), Duration.ofSeconds(1), true);
        await().atMost(Duration.ofMinutes(1)).until(() -> embedded.state() != ProvinceService.State.RUNNING);

        assertThat(embedded.summary().orElseThrow().counties()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(CountyResult.Status.SOLVED);
            assertThat(r.solvedBy()).isEqualTo("embedded");
        });
    }
}
