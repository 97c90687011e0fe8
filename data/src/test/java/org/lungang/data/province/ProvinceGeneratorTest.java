package org.lungang.data.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.generator.CountyProfile;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

class ProvinceGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void aHundredCountiesHoldThreeHundredThousandTeachersDrawnFromTheFiveProfiles() {
        List<ProvinceGenerator.CountyPlan> counties = ProvinceGenerator.plan(100, 1);

        assertThat(counties.stream().mapToLong(ProvinceGenerator.CountyPlan::teachers).sum()).isEqualTo(300_000);
        assertThat(counties).allSatisfy(c -> assertThat(c.teachers())
                .isBetween(ProvinceGenerator.MIN_TEACHERS, ProvinceGenerator.MAX_TEACHERS));
        assertThat(counties).extracting(ProvinceGenerator.CountyPlan::profile).containsOnly(
                "changning", "kaizhou", "liaoyang", "louqu", "qiqihar").contains(
                "changning", "kaizhou", "liaoyang", "louqu", "qiqihar");
    }

    @Test
    void theSameSeedGivesTheSameProvinceAndAnotherSeedAnother() {
        assertThat(ProvinceGenerator.plan(100, 1)).isEqualTo(ProvinceGenerator.plan(100, 1));
        assertThat(ProvinceGenerator.plan(100, 2)).isNotEqualTo(ProvinceGenerator.plan(100, 1));
    }

    @Test
    void eachWrittenCountyReadsBackUnderItsProfilesPolicyThroughTheProvincePolicy() throws IOException {
        ProvinceGenerator.write(dir, "测试省", 2025, 4, 3, county -> {
        });

        ProvinceInput province = ProvinceInput.load(dir);
        List<CountyJob> jobs = province.jobs(Duration.ofSeconds(1));
        List<ProvinceGenerator.CountyPlan> plans = ProvinceGenerator.plan(4, 3);

        assertThat(jobs).hasSize(4);
        for (int i = 0; i < 4; i++) {
            LoadedProblem problem = ProblemJson.read(new ByteArrayInputStream(jobs.get(i).input()),
                    jobs.get(i).file());
            assertThat(problem.plan().getTeachers()).hasSize(plans.get(i).teachers());
            assertThat(problem.plan().getPolicy()).isEqualTo(CountyProfile.named(plans.get(i).profile()).policy());
        }
        assertThat(Files.readString(dir.resolve(ProvinceInput.MANIFEST))).contains("\"seed\" : 3");
    }
}
