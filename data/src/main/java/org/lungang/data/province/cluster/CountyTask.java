package org.lungang.data.province.cluster;

import java.nio.file.Path;

import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.CountySolve;

/**
 * A county job on a member: solved into the shared output directory ({@link CountySolve}), claimed by its job id so
 * that it is solved once however many submitters ask; a solved result is kept in the cluster's results map.
 */
final class CountyTask extends ClaimedTask<CountyResult> {

    private static final long serialVersionUID = 1L;

    private final CountyJob job;
    private final String output;

    CountyTask(CountyJob job, String output) {
        this.job = job;
        this.output = output;
    }

    @Override
    String key() {
        return job.jobId();
    }

    @Override
    String resultsMap() {
        return ProvinceWorker.RESULTS;
    }

    @Override
    long timeLimitMillis() {
        return job.timeLimitMillis();
    }

    @Override
    CountyResult busy() {
        return CountyResult.busy(job);
    }

    @Override
    CountyResult solve(String self) {
        return CountySolve.solve(job, Path.of(output), self);
    }

    @Override
    boolean keep(CountyResult result) {
        return result.status() == CountyResult.Status.SOLVED;
    }
}
