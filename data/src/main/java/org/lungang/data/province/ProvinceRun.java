package org.lungang.data.province;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A province run: every county's job to a runner (this machine or a cluster), then the summary written beside the
 * plans. The summary reads only the results, so it is the same whichever runner solved the counties.
 */
public final class ProvinceRun {

    private ProvinceRun() {
    }

    /**
     * @param output receives {@code plans/}, {@code results/} and the summary files
     * @return the summary, already written
     */
    public static ProvinceSummary run(ProvinceInput province, Duration timeLimit, Path output, CountyRunner runner,
            ProvinceProgress.Listener listener) {
        List<CountyJob> jobs = province.jobs(timeLimit);
        ProvinceProgress progress = new ProvinceProgress(jobs.size(), listener);
        List<CountyResult> results = runner.run(jobs, output, progress);
        ProvinceSummary summary = new ProvinceSummary(province.name(), results);
        summary.writeAll(output);
        return summary;
    }
}
