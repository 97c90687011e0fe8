package org.lungang.data.province.cluster;

import java.nio.file.Path;
import java.util.List;

import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.CountyRunner;
import org.lungang.data.province.ProvinceProgress;

/**
 * Submits county jobs to the cluster's workers as a Hazelcast client. Each member gets at most as many jobs as it
 * has solvers ({@link JobSchedule}): a job whose member leaves runs again elsewhere, at-least-once, made idempotent
 * by the job id (the result is written once, see {@code CountySolve}). A job another submitter's solve holds comes
 * back {@link CountyResult.Status#BUSY} and is asked again a little later.
 */
public final class ClusterRunner implements CountyRunner {

    private final ClusterClient cluster;

    public ClusterRunner(ClusterSettings settings, long connectTimeoutMillis) {
        this.cluster = new ClusterClient(settings, connectTimeoutMillis);
    }

    @Override
    public List<CountyResult> run(List<CountyJob> jobs, Path output, ProvinceProgress progress) {
        String shared = output.toAbsolutePath().toString();
        return cluster.run(client -> new JobSchedule<>(client, jobs, new JobSchedule.Work<CountyJob, CountyResult>() {
            @Override
            public ClaimedTask<CountyResult> task(CountyJob job) {
                return new CountyTask(job, shared);
            }

            @Override
            public boolean busy(CountyResult result) {
                return result.status() == CountyResult.Status.BUSY;
            }

            @Override
            public CountyResult failed(CountyJob job, String reason) {
                return CountyResult.failed(job.jobId(), job.county(), job.file(), reason, null);
            }

            @Override
            public void started(CountyJob job) {
                progress.started(job);
            }

            @Override
            public void requeued(CountyJob job) {
                progress.requeued(job);
            }

            @Override
            public void finished(CountyResult result, boolean wasRunning) {
                progress.finished(result, wasRunning);
            }
        }).run());
    }

}
