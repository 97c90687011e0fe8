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
        return run(province, jobs, output, runner, new ProvinceProgress(jobs.size(), listener));
    }

    /**
     * As {@link #run(ProvinceInput, Duration, Path, CountyRunner, ProvinceProgress.Listener)}, with the jobs already
     * made and a progress the caller reads while the run goes (the web application shows each county's state).
     */
    public static ProvinceSummary run(ProvinceInput province, List<CountyJob> jobs, Path output, CountyRunner runner,
            ProvinceProgress progress) {
        List<CountyResult> results = runner.run(jobs, output, progress);
        ProvinceSummary summary = new ProvinceSummary(province.name(), results);
        summary.writeAll(output);
        return summary;
    }
}
