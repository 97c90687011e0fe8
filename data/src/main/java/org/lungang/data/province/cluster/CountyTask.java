package org.lungang.data.province.cluster;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.IMap;

import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.CountySolve;

/**
 * A county job as it runs on a member. It returns the job's result when one exists; else it claims the job (a map
 * lock) and solves it, or, when another member holds the claim, answers {@link CountyResult.Status#BUSY} at once
 * so that the submitter asks again later: two submitters of one province never solve a county twice, and a waiting
 * submitter holds no solver thread.
 */
final class CountyTask implements Callable<CountyResult>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;
    /** A claim outlives the solve by this much at most, should a member hang without dying. */
    private static final long LEASE_MARGIN_MILLIS = TimeUnit.MINUTES.toMillis(10);

    private final CountyJob job;
    private final String output;
    private transient HazelcastInstance member;

    CountyTask(CountyJob job, String output) {
        this.job = job;
        this.output = output;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    @Override
    public CountyResult call() throws InterruptedException {
        IMap<String, CountyResult> results = member.getMap(ProvinceWorker.RESULTS);
        CountyResult done = results.get(job.jobId());
        if (done != null) {
            return done;
        }
        IMap<String, String> claims = member.getMap(ProvinceWorker.CLAIMS);
        if (!claims.tryLock(job.jobId(), 0, TimeUnit.MILLISECONDS, job.timeLimitMillis() + LEASE_MARGIN_MILLIS,
                TimeUnit.MILLISECONDS)) {
            return CountyResult.busy(job);
        }
        try {
            done = results.get(job.jobId());
            if (done != null) {
                return done;
            }
            String self = member.getCluster().getLocalMember().getAddress().toString();
            CountyResult result = CountySolve.solve(job, Path.of(output), self);
            if (result.status() == CountyResult.Status.SOLVED) {
                results.set(job.jobId(), result);
            }
            return result;
        } finally {
            try {
                claims.unlock(job.jobId());
            } catch (RuntimeException e) {
                // The lease ran out or the member is going down: the claim is released either way.
            }
        }
    }
}
