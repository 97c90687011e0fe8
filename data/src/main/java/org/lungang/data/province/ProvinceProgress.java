package org.lungang.data.province;

import java.time.Duration;

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

    private final int total;
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
            snapshot = snapshot(job.county());
        }
        listener.changed(snapshot);
    }

    /** A job that was running went back to the queue (its member left). */
    public void requeued(CountyJob job) {
        Snapshot snapshot;
        synchronized (this) {
            running = Math.max(0, running - 1);
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
            snapshot = snapshot(result.county());
        }
        listener.changed(snapshot);
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
