package org.lungang.data.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.InvalidInputException;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.domain.RotationPolicy;

class ProvinceInputTest {

    @TempDir
    Path dir;

    private static RotationPolicy policyOf(CountyJob job) {
        return ProblemJson.read(new ByteArrayInputStream(job.input()), job.file()).plan().getPolicy();
    }

    @Test
    void aCountyInheritsTheProvincePolicyAndTheManifestEntryOverridesIt() throws IOException {
        Path manifest = TinyProvince.write(dir, 2);
        ObjectNode root = (ObjectNode) ProvinceInput.MAPPER.readTree(manifest.toFile());
        root.withArray("counties").set(1, ProvinceInput.MAPPER.createObjectNode().put("file", "t2.json")
                .set("policy", ProvinceInput.MAPPER.createObjectNode().put("rotationQuota", 0.2)));
        ((ObjectNode) root.get("policy")).put("rotationQuota", 0.12);
        ProvinceInput.MAPPER.writeValue(manifest.toFile(), root);

        List<CountyJob> jobs = ProvinceInput.load(dir).jobs(Duration.ofSeconds(5));

        assertThat(policyOf(jobs.get(0)).rotationQuota()).isEqualTo(0.12);
        assertThat(policyOf(jobs.get(1)).rotationQuota()).isEqualTo(0.2);
    }

    @Test
    void aCountyFilesOwnPolicyFieldWinsOverTheProvincePolicy() throws IOException {
        TinyProvince.write(dir, 1);
        ObjectNode county = (ObjectNode) ProvinceInput.MAPPER.readTree(dir.resolve("t1.json").toFile());
        county.set("policy", ProvinceInput.MAPPER.createObjectNode().put("rotationQuota", 0.3));
        ProvinceInput.MAPPER.writeValue(dir.resolve("t1.json").toFile(), county);

        CountyJob job = ProvinceInput.load(dir).jobs(Duration.ofSeconds(5)).get(0);

        assertThat(policyOf(job).rotationQuota()).isEqualTo(0.3);
    }

    @Test
    void theSameInputGivesTheSameJobIdAndAnotherTimeLimitAnother() throws IOException {
        TinyProvince.write(dir, 1);
        ProvinceInput province = ProvinceInput.load(dir);

        String first = province.jobs(Duration.ofSeconds(5)).get(0).jobId();

        assertThat(ProvinceInput.load(dir).jobs(Duration.ofSeconds(5)).get(0).jobId()).isEqualTo(first);
        assertThat(province.jobs(Duration.ofSeconds(6)).get(0).jobId()).isNotEqualTo(first);
        assertThat(first).startsWith("t1-2025-");
    }

    @Test
    void aDirectoryWithoutManifestIsEveryJsonFileInNameOrder() throws IOException {
        TinyProvince.write(dir, 2);
        Files.delete(dir.resolve(ProvinceInput.MANIFEST));

        ProvinceInput province = ProvinceInput.load(dir);

        assertThat(province.counties()).extracting(c -> c.file().getFileName().toString())
                .containsExactly("t1.json", "t2.json");
    }

    @Test
    void aManifestWithoutCountiesIsRejectedWithItsFileName() throws IOException {
        Path manifest = dir.resolve("p.json");
        Files.writeString(manifest, "{\"name\": \"x\", \"counties\": []}");

        assertThatThrownBy(() -> ProvinceInput.load(manifest)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p.json");
    }
}
