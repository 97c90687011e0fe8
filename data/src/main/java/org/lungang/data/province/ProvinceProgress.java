package org.lungang.data.province;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Counties done, running and failed, as a province run goes; thread-safe, since solves finish on many threads.
 * Failed counts invalid and failed counties, which are done too.
 */
public final class ProvinceProgress {

    /** Where the run reports each change. */
    @FunctionalInterface
    public interface Listener {
        void changed(Snapshot snapshot);
    }

    /**
     * @param eta the remaining time at the throughput so far, null before the first county finishes
     * @param last the county whose change this is
     */
    public record Snapshot(int total, int done, int running, int failed, Duration elapsed, Duration eta,
            String last) {
    }

    /** Where one county stands; a county the progress has not heard of is still queued. */
    public enum CountyState {
        QUEUED, RUNNING, SOLVED, INVALID, FAILED
    }

    private final int total;
    /** By job id: the state of every county that started, and the result of every one that finished. */
    private final Map<String, CountyState> states = new HashMap<>();
    private final Map<String, CountyResult> results = new HashMap<>();
    private final Listener listener;
    private final long startNanos = System.nanoTime();
    private int done;
    private int running;
    private int failed;

    public ProvinceProgress(int total, Listener listener) {
        this.total = total;
        this.listener = listener;
    }

    public void started(CountyJob job) {
        Snapshot snapshot;
        synchronized (this) {
            running++;
            states.put(job.jobId(), CountyState.RUNNING);
            snapshot = snapshot(job.county());
        }
        listener.changed(snapshot);
    }

    /** A job that was running went back to the queue (its member left). */
    public void requeued(CountyJob job) {
        Snapshot snapshot;
        synchronized (this) {
            running = Math.max(0, running - 1);
            states.put(job.jobId(), CountyState.QUEUED);
            snapshot = snapshot(job.county());
        }
        listener.changed(snapshot);
    }

    /** A county finished; {@code wasRunning} is false for one that never started (found invalid up front). */
    public void finished(CountyResult result, boolean wasRunning) {
        Snapshot snapshot;
        synchronized (this) {
            if (wasRunning) {
                running = Math.max(0, running - 1);
            }
            done++;
            if (result.status() != CountyResult.Status.SOLVED) {
                failed++;
            }
            states.put(result.jobId(), switch (result.status()) {
                case SOLVED -> CountyState.SOLVED;
                case INVALID -> CountyState.INVALID;
                default -> CountyState.FAILED;
            });
            results.put(result.jobId(), result);
            snapshot = snapshot(result.county());
        }
        listener.changed(snapshot);
    }

    /** The county's state now. */
    public synchronized CountyState state(String jobId) {
        return states.getOrDefault(jobId, CountyState.QUEUED);
    }

    /** The county's result once it finished, else null. */
    public synchronized CountyResult result(String jobId) {
        return results.get(jobId);
    }

    public synchronized Snapshot snapshot() {
        return snapshot(null);
    }

    private Snapshot snapshot(String last) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        Duration eta = done == 0 ? null : elapsed.multipliedBy(total - done).dividedBy(done);
        return new Snapshot(total, done, running, failed, elapsed, eta, last);
    }
}
