package org.lungang.data.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;

class ProvinceRunTest {

    private static final Duration TIME = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private ProvinceSummary run(Path output) {
        return ProvinceRun.run(ProvinceInput.load(dir.resolve("in")), TIME, output, new EmbeddedRunner(2), s -> {
        });
    }

    @Test
    void aCountyFailingValidationIsReportedWithItsFileAndTheOthersAreSolved() throws IOException {
        TinyProvince.write(dir.resolve("in"), 2);
        Files.writeString(dir.resolve("in/t2.json"), Files.readString(dir.resolve("in/t2.json"))
                .replaceFirst("\"schoolId\"\\s*:\\s*\"[^\"]+\"", "\"schoolId\":\"nowhere\""));

        ProvinceSummary summary = run(dir.resolve("out"));

        assertThat(summary.counties()).extracting(CountyResult::status)
                .containsExactly(CountyResult.Status.SOLVED, CountyResult.Status.INVALID);
        assertThat(summary.counties().get(1).errors()).isNotEmpty()
                .allSatisfy(e -> assertThat(e).contains("t2.json"));
        assertThat(summary.totals().solved()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("out/summary.csv"))).hasSize(3);
        assertThat(Files.readString(dir.resolve("out/summary.zh.md"))).contains("数据有误");
        assertThat(dir.resolve("out/summary.xlsx")).isNotEmptyFile();
    }

    @Test
    void aSolvedCountyHasItsPlanAndItsFiguresBeforeAndAfter() throws IOException {
        TinyProvince.write(dir.resolve("in"), 1);

        CountyResult county = run(dir.resolve("out")).counties().get(0);

        assertThat(county.teachers()).isPositive();
        assertThat(county.rotated()).isPositive();
        assertThat(county.indicators()).isNotEmpty();
        assertThat(dir.resolve("out").resolve(county.planFile())).isNotEmptyFile();
    }

    @Test
    void aSecondRunOfTheSameProvinceReturnsTheWrittenResultsWithoutSolvingAgain() throws IOException {
        TinyProvince.write(dir.resolve("in"), 2);
        List<CountyResult> first = run(dir.resolve("out")).counties();

        List<CountyResult> second = run(dir.resolve("out")).counties();

        assertThat(second).isEqualTo(first);
        assertThat(TinyProvince.files(dir.resolve("out"), CountySolve.PLANS)).hasSize(2);
    }

    @Test
    void aCountyWhoseSolveFailsIsMarkedFailedWithTheReason() throws IOException {
        TinyProvince.write(dir.resolve("in"), 1);
        Files.createDirectories(dir.resolve("out"));
        // A file where the results directory should be: the solve cannot record its result.
        Files.writeString(dir.resolve("out").resolve(CountySolve.RESULTS), "not a directory");

        CountyResult county = run(dir.resolve("out")).counties().get(0);

        assertThat(county.status()).isEqualTo(CountyResult.Status.FAILED);
        assertThat(county.errors()).singleElement().asString().contains("results");
    }

    @Test
    void aSolvedCountysGapToBoundIsTheOneItsPlanFileCarriesAndTheSummaryShowsIt() throws IOException {
        TinyProvince.write(dir.resolve("in"), 1);

        ProvinceSummary summary = run(dir.resolve("out"));
        CountyResult county = summary.counties().get(0);

        PlanDocument plan = PlanJson.readDocument(dir.resolve("out").resolve(county.planFile()));
        assertThat(plan.bound()).isNotNull();
        assertThat(county.boundStatus()).isEqualTo(plan.bound().status());
        assertThat(county.gapPercent()).isEqualTo(plan.bound().gapPercent());
        List<String> csv = Files.readAllLines(dir.resolve("out/summary.csv"));
        assertThat(csv.get(0)).contains("bound_status,gap_to_bound_percent");
        assertThat(csv.get(1)).contains("," + plan.bound().status() + ",");
        assertThat(Files.readString(dir.resolve("out/summary.zh.md"))).contains("距界差距");
    }

    @Test
    void theProgressTellsEachCountysStateAndKeepsItsResult() throws IOException {
        TinyProvince.write(dir.resolve("in"), 2);
        Files.writeString(dir.resolve("in/t2.json"), "{ not json");
        ProvinceInput province = ProvinceInput.load(dir.resolve("in"));
        List<CountyJob> jobs = province.jobs(TIME);
        ProvinceProgress progress = new ProvinceProgress(jobs.size(), s -> {
        });
        assertThat(progress.state(jobs.get(0).jobId())).isEqualTo(ProvinceProgress.CountyState.QUEUED);

        ProvinceRun.run(province, jobs, dir.resolve("out"), new EmbeddedRunner(1), progress);

        assertThat(progress.state(jobs.get(0).jobId())).isEqualTo(ProvinceProgress.CountyState.SOLVED);
        assertThat(progress.state(jobs.get(1).jobId())).isEqualTo(ProvinceProgress.CountyState.INVALID);
        assertThat(progress.result(jobs.get(0).jobId()).planFile()).isNotNull();
    }
}
