package org.lungang.data.province.cluster;

import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.IMap;

/**
 * A job as it runs on a member, identified by an idempotent key (county, year, policy and input hash; or a sweep
 * point's input hash). It returns the key's result when one exists; else it claims the key (a map lock) and solves,
 * or, when another member holds the claim, answers busy at once so that the submitter asks again later: two
 * submitters never solve a job twice, and a waiting submitter holds no solver thread. Hazelcast releases a dead
 * member's locks, which is what lets a survivor re-run its jobs.
 *
 * @param <R> the result, kept in the {@code results} map once {@link #keep} says it is final
 */
abstract class ClaimedTask<R extends Serializable> implements Callable<R>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;
    /** A claim outlives the solve by this much at most, should a member hang without dying. */
    private static final long LEASE_MARGIN_MILLIS = TimeUnit.MINUTES.toMillis(10);

    private transient HazelcastInstance member;

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    abstract String key();

    /** The name of the map of final results, by key. */
    abstract String resultsMap();

    abstract long timeLimitMillis();

    /** The answer when another member holds the claim. */
    abstract R busy();

    /** Solves the job; {@code self} is the member's address, for the record. */
    abstract R solve(String self);

    /** Whether the result is final (kept for every later asker) rather than worth trying again. */
    abstract boolean keep(R result);

    @Override
    public R call() throws InterruptedException {
        IMap<String, R> results = member.getMap(resultsMap());
        R done = results.get(key());
        if (done != null) {
            return done;
        }
        IMap<String, String> claims = member.getMap(ProvinceWorker.CLAIMS);
        if (!claims.tryLock(key(), 0, TimeUnit.MILLISECONDS, timeLimitMillis() + LEASE_MARGIN_MILLIS,
                TimeUnit.MILLISECONDS)) {
            return busy();
        }
        try {
            done = results.get(key());
            if (done != null) {
                return done;
            }
            R result = solve(member.getCluster().getLocalMember().getAddress().toString());
            if (keep(result)) {
                results.set(key(), result);
            }
            return result;
        } finally {
            try {
                claims.unlock(key());
            } catch (RuntimeException e) {
                // The lease ran out or the member is going down: the claim is released either way.
            }
        }
    }
}
