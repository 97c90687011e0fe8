package org.lungang.webui.base;

import java.util.Optional;
import java.util.concurrent.Future;

/**
 * A planner's long work in the background (a what-if sweep, a multi-year horizon) as views and the API follow it: it
 * runs, then completes with a result, fails, or is stopped by the planner. Run by a {@link BackgroundRunner}.
 *
 * @param <R> the result of the completed work
 */
public abstract class BackgroundRun<R> {

    public enum State {
        RUNNING, COMPLETED, STOPPED, FAILED
    }

    /** Why the work failed: the error, and the reference the log has its stack trace under (for the planner). */
    public record Failure(String reference, Throwable error) {
    }

    /** Thrown by the work when it sees it was stopped, to end where it is. */
    public static final class StoppedException extends RuntimeException {
        StoppedException() {
            super("stopped", null, false, false);
        }
    }

    private final long id;
    private volatile R result;
    private volatile Failure failure;
    private volatile boolean stopped;
    private volatile Future<?> work;

    protected BackgroundRun(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** The completed work's result; empty while it runs, after it failed or was stopped. */
    public Optional<R> result() {
        return Optional.ofNullable(result);
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    public State state() {
        return result != null ? State.COMPLETED : failure != null ? State.FAILED
                : stopped ? State.STOPPED : State.RUNNING;
    }

    /**
     * Stops the work: it is stopped from now on (what it finished so far stays), and its thread is interrupted, which
     * ends a solve at once with its best so far (Timefold's solver checks the interruption).
     *
     * @return false when the work had already ended
     */
    public boolean stop() {
        if (state() != State.RUNNING) {
            return false;
        }
        stopped = true;
        Future<?> running = work;
        if (running != null) {
            running.cancel(true);
        }
        return true;
    }

    /** For the work, between its steps: ends it when it was stopped. */
    public void checkNotStopped() {
        if (stopped) {
            throw new StoppedException();
        }
    }

    boolean isStopped() {
        return stopped;
    }

    void started(Future<?> future) {
        work = future;
        if (stopped) {
            future.cancel(true);
        }
    }

    void completed(R value) {
        if (!stopped) {
            result = value;
        }
    }

    void failed(Failure why) {
        failure = why;
    }
}
