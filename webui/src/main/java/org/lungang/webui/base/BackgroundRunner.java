package org.lungang.webui.base;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BackgroundRun}s one at a time on a daemon thread of their own (each keeps the machine's solvers busy;
 * the next waits for the one before). A failure is logged with its stack trace under a short reference, which the
 * run keeps for the planner to quote; the run's own words for it are the view's to choose.
 */
public final class BackgroundRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRunner.class);

    private final ExecutorService executor;

    /** @param threadName the thread's name in the logs, e.g. {@code lungang-sweeps} */
    public BackgroundRunner(String threadName) {
        executor = Executors.newSingleThreadExecutor(DaemonThreads.named(threadName));
    }

    /**
     * Starts the work of the run, after any run started before it.
     *
     * @param what the run in the log, e.g. {@code "Sweep 3 of scenario 7"}
     * @param atEnd called on the work's thread once it ended, however it did (not for a run stopped before it began)
     */
    public <R> void start(BackgroundRun<R> run, String what, Supplier<R> work, Runnable atEnd) {
        run.started(executor.submit(() -> {
            try {
                run.completed(work.get());
            } catch (RuntimeException e) {
                if (run.isStopped()) {
                    LOG.info("{} stopped", what);
                } else {
                    String reference = UUID.randomUUID().toString().substring(0, 8);
                    LOG.warn("{} failed, reference {}", what, reference, e);
                    run.failed(new BackgroundRun.Failure(reference, e));
                }
            }
            atEnd.run();
        }));
    }

    /** Stops the running work, for the application's shutdown. */
    public void shutdown() {
        executor.shutdownNow();
    }
}
