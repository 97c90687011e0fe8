package org.lungang.data.province;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Solves the counties on this machine, {@code parallel} at a time (each solve uses one thread). */
public final class EmbeddedRunner implements CountyRunner {

    private final int parallel;

    public EmbeddedRunner(int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, not " + parallel);
        }
        this.parallel = parallel;
    }

    @Override
    public List<CountyResult> run(List<CountyJob> jobs, Path output, ProvinceProgress progress) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, task -> {
            Thread thread = new Thread(task, "province-solver-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CountyResult>> futures = new ArrayList<>();
            for (CountyJob job : jobs) {
                futures.add(pool.submit(() -> {
                    progress.started(job);
                    CountyResult result = CountySolve.solve(job, output, "embedded");
                    progress.finished(result, true);
                    return result;
                }));
            }
            List<CountyResult> results = new ArrayList<>();
            for (Future<CountyResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            // CountySolve catches the county's own faults; anything here is the machine's.
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
