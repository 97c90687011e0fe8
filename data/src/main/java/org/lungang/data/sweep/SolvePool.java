package org.lungang.data.sweep;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Solves run side by side on daemon threads (they must not keep the command line from ending), named in the logs;
 * a solve's failure reaches the caller as what it was, and closing the pool stops what is still running.
 */
final class SolvePool implements AutoCloseable {

    private final ExecutorService executor;
    private final String work;

    /** @param work what the solves are for, as the errors name it (e.g. "Sweep") */
    SolvePool(int threads, String threadName, String work) {
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.work = work;
    }

    <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }

    Future<?> submit(Runnable task) {
        return executor.submit(task);
    }

    /**
     * Waits for the task's result.
     *
     * @throws RuntimeException the task's own, or an {@link IllegalStateException} for a checked one or an interrupt
     */
    <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(work + " interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(work + " failed", e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
