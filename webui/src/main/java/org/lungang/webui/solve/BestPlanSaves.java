package org.lungang.webui.solve;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.webui.base.DaemonThreads;
import org.lungang.webui.base.SolveSettings;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.security.SystemIdentity;
import org.springframework.stereotype.Component;

/**
 * Saves a solve job's best plans into its plan version, at most once per {@code lungang.solve.save-interval} and
 * always at the end, so that a crash loses little and the rotation list can follow the solve without a write for
 * every improvement. A best plan the interval holds back is saved when the interval is over (unless a newer one came
 * first), and a plan never overwrites a newer one.
 */
@Component
class BestPlanSaves {

    private final PlanService plans;
    private final SolveJobs jobs;
    private final Duration saveInterval;
    /** When each running job last saved its best plan. */
    private final Map<Long, Instant> lastSaved = new ConcurrentHashMap<>();
    /** The newest best plan of a job that the save interval held back: saved when the interval is over. */
    private final Map<Long, Held> heldBack = new ConcurrentHashMap<>();
    /** The sequence number of each job's saved plan, so that an older plan never overwrites a newer one. */
    private final Map<Long, Long> savedSequence = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Object saving = new Object();
    private final ScheduledExecutorService heldBackSaves =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("solve-held-back-saves"));

    private record Held(long sequence, RotationPlan plan) {
    }

    BestPlanSaves(PlanService plans, SolveJobs jobs, SolveSettings settings) {
        this.plans = plans;
        this.jobs = jobs;
        this.saveInterval = settings.saveInterval();
    }

    /** A new best plan while the job solves: saved now, or held back until the save interval is over. */
    void offer(long jobId, long planId, LoadedProblem problem, RotationPlan best) {
        long number = sequence.incrementAndGet();
        Instant last = lastSaved.get(jobId);
        Duration since = last == null ? saveInterval : Duration.between(last, Instant.now());
        if (since.compareTo(saveInterval) < 0) {
            // Held back, not dropped: when no better plan follows within the interval, the list still shows this one.
            if (heldBack.put(jobId, new Held(number, best)) == null) {
                heldBackSaves.schedule(() -> saveHeldBack(jobId, planId, problem),
                        saveInterval.minus(since).toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        heldBack.remove(jobId);
        save(jobId, planId, problem, number, best);
    }

    /** The job's final plan: saved now, and no plan the job reported before overwrites it. */
    void saveFinal(long jobId, long planId, LoadedProblem problem, RotationPlan best) {
        heldBack.remove(jobId);
        save(jobId, planId, problem, Long.MAX_VALUE, best);
    }

    private void saveHeldBack(long jobId, long planId, LoadedProblem problem) {
        Held held = heldBack.remove(jobId);
        if (held != null) {
            save(jobId, planId, problem, held.sequence(), held.plan());
        }
    }

    private void save(long jobId, long planId, LoadedProblem problem, long number, RotationPlan best) {
        synchronized (saving) {
            if (savedSequence.getOrDefault(jobId, 0L) >= number) {
                return;
            }
            savedSequence.put(jobId, number);
            lastSaved.put(jobId, Instant.now());
            SystemIdentity.run(() -> {
                plans.improve(planId, new LoadedProblem(problem.name(), problem.year(), best));
                jobs.bestScore(jobId, String.valueOf(best.getScore()));
            });
        }
    }

    /**
     * Drops a job's held-back plan and forgets its save state once no held-back save can still be due (they are due
     * within one interval): at the job's end, or when its results are discarded.
     */
    void forget(long jobId) {
        lastSaved.remove(jobId);
        heldBack.remove(jobId);
        heldBackSaves.schedule(() -> savedSequence.remove(jobId), saveInterval.multipliedBy(2).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void shutdown() {
        heldBackSaves.shutdownNow();
    }
}
