package org.lungang.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.lungang.data.province.TinyProvince;

class ProvinceCommandTest extends CliTest {

    @Test
    void provinceSolveRunsEveryCountyWithProgressAndWritesTheSummary() throws IOException {
        TinyProvince.write(dir.resolve("prov"), 2);

        int code = run("province", "solve", "--input", dir.resolve("prov").toString(), "--output",
                dir.resolve("out").toString(), "--time", "2s", "--parallel", "2");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("done 2/2, running 0, failed 0").contains("2 of 2 counties solved");
        assertThat(dir.resolve("out/summary.en.md")).isNotEmptyFile();
    }

    @Test
    void provinceSolveOnAClusterWithNoWorkerSaysSoAndOffersTheEmbeddedRun() throws IOException {
        TinyProvince.write(dir.resolve("prov"), 1);

        int code = run("province", "solve", "--input", dir.resolve("prov").toString(), "--output",
                dir.resolve("out").toString(), "--cluster", "lungang-nobody", "--members", "127.0.0.1:5998",
                "--connect-timeout", "2s");

        assertThat(code).isEqualTo(LungangCli.FAILURE);
        assertThat(err.toString()).contains("No Lungang worker of cluster 'lungang-nobody' is reachable at "
                + "127.0.0.1:5998").contains("./lungang province solve --input");
    }

    @Test
    void generateWithTheProvinceProfileWritesTheSameProvinceAsProvinceGenerate() throws IOException {
        int first = run("generate", "--profile", "province", "--counties", "2", "--seed", "3", "--output",
                dir.resolve("a").toString());
        int second = run("province", "generate", "--counties", "2", "--seed", "3", "--output",
                dir.resolve("b").toString());

        assertThat(first).isZero();
        assertThat(second).isZero();
        try (var files = java.nio.file.Files.list(dir.resolve("a"))) {
            var names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).contains("province.json").hasSize(3);
            for (String name : names) {
                assertThat(dir.resolve("a").resolve(name)).hasSameBinaryContentAs(dir.resolve("b").resolve(name));
            }
        }
    }
}
