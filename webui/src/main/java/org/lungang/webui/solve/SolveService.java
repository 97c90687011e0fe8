package org.lungang.webui.solve;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import jakarta.annotation.PreDestroy;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.lungang.webui.base.SolveSettings;
import org.lungang.webui.base.TooManyRequestsException;
import org.lungang.webui.base.access.ViewerRead;
import org.lungang.webui.dataset.DatasetDeleting;
import org.lungang.webui.plan.PlanOrigin;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.ScenarioDeleting;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Solve jobs through Timefold's {@link SolverManager}: a job solves a scenario (from its current plan as a warm start
 * — the default when it has one — or from scratch) into a new plan version, which is saved again each time the
 * solver finds a better plan — at most once per {@code lungang.solve.save-interval}, and always at the end — so a
 * crash loses little, and the rotation list can follow the solve. A solve keeps the best plan: when it ends with a
 * worse score than the plan it would replace, its version is set aside ({@link PlanService#keepBest(long)}).
 * <p>
 * Admission: a scenario has at most one active (queued or solving) job, and at most {@code lungang.solve.parallel-jobs}
 * plus {@code lungang.solve.queue-capacity} jobs are active in all; beyond that a request is refused (409, 429) rather
 * than queued for ever. The application runs as one instance, so admission is serialised in this JVM.
 */
@Service
public class SolveService {

    private static final Logger LOG = LoggerFactory.getLogger(SolveService.class);
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(2);
    private static final Set<JobStatus> ACTIVE = EnumSet.of(JobStatus.QUEUED, JobStatus.SOLVING);
    /** How long a stop waits for the solver to report its final plan before it records the end itself. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /** What a job is doing now; {@code planId} is the plan version it writes. */
    public record JobState(SolveJob job, Long planId, SolverStatus solverStatus, Duration elapsed) {
    }

    private final SolverManager<RotationPlan, Long> solverManager;
    private final ScenarioService scenarios;
    private final PlanService plans;
    private final SolveJobs jobs;
    private final SolveJobRepository repository;
    private final AuditService audit;
    private final BestPlanSaves saves;
    private final SolveSettings settings;
    /** Held while a request is admitted: the checks and the new job's row are one step. */
    private final Object admission = new Object();

    /** Jobs whose scenario is being deleted: their results are dropped, their end is not recorded. */
    private final Set<Long> discarded = ConcurrentHashMap.newKeySet();
    /** Jobs a planner asked to stop, so that their end is recorded as stopped, not completed. */
    private final Set<Long> stopRequested = ConcurrentHashMap.newKeySet();
    /** Completed when a job's solver has reported its end (final plan or error), for a stop to wait on. */
    private final Map<Long, CompletableFuture<Void>> ended = new ConcurrentHashMap<>();
    /** The running or queued jobs, to terminate. */
    private final Map<Long, SolverJob<RotationPlan, Long>> solverJobs = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    SolveService(SolverManager<RotationPlan, Long> solverManager, ScenarioService scenarios, PlanService plans,
            SolveJobs jobs, SolveJobRepository repository, AuditService audit, BestPlanSaves saves,
            SolveSettings settings) {
        this.solverManager = solverManager;
        this.scenarios = scenarios;
        this.plans = plans;
        this.jobs = jobs;
        this.repository = repository;
        this.audit = audit;
        this.saves = saves;
        this.settings = settings;
    }

    /**
     * Queues a solve of the scenario.
     *
     * @param timeLimit how long to solve; null for the configured default
     * @param warmStart start from the scenario's current plan (after the planner pinned, forbade or changed moves)
     *        rather than with everybody at home; null for the default: warm whenever the scenario has a plan
     */
    @PreAuthorize("hasRole('PLANNER')")
    public JobState submit(long scenarioId, Duration timeLimit, Boolean warmStartOrDefault) {
        Duration limit = timeLimit == null ? settings.defaultTimeLimit() : timeLimit;
        if (limit.isNegative() || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new InvalidRequestException("timeLimitSeconds",
                    "The time limit must be between 1 second and " + MAX_TIME_LIMIT.toHours() + " hours");
        }
        boolean warmStart = warmStartOrDefault != null ? warmStartOrDefault : plans.latest(scenarioId).isPresent();
        List<DecisionDto> start = List.of();
        if (warmStart) {
            PlanVersion latest = plans.latest(scenarioId).orElseThrow(() -> new InvalidRequestException("warmStart",
                    "The scenario has no plan yet to start from"));
            start = plans.decisions(latest.getId());
        }
        LoadedProblem problem = scenarios.problem(scenarioId, start);
        long jobId = admit(scenarioId, warmStart, limit);
        try {
            PlanVersion version = plans.newVersion(scenarioId, jobId,
                    warmStart ? PlanOrigin.WARM_START : PlanOrigin.SOLVE, problem);
            ended.put(jobId, new CompletableFuture<>());
            long planId = version.getId();
            jobs.bestScore(jobId, version.getScore());
            audit.record("JOB_SUBMITTED", "solve_job", jobId, "scenario " + scenarioId + ", plan version "
                    + version.getVersionNumber() + (warmStart ? ", warm start" : "") + ", limit " + limit);
            solverJobs.put(jobId, solverManager.solveBuilder()
                .withProblemId(jobId)
                .withProblem(problem.plan())
                .withConfigOverride(new SolverConfigOverride<RotationPlan>().withTerminationSpentLimit(limit))
                .withSolverJobStartedConsumer(initial -> SystemIdentity.run(() -> jobs.started(jobId)))
                .withBestSolutionConsumer(best -> onBest(jobId, planId, problem, best))
                .withFinalBestSolutionConsumer(best -> onFinal(jobId, planId, problem, best))
                .withExceptionHandler((id, error) -> onError(jobId, error))
                .run());
        } catch (RuntimeException e) {
            // Whatever failed after the job's row was written, the job must not stay queued for ever.
            jobs.ended(jobId, JobStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            finish(jobId);
            throw e;
        }
        return state(repository.findById(jobId).orElseThrow());
    }

    /**
     * Writes the job's row if the scenario has no active job and the queue has room.
     *
     * @throws ConflictException naming the scenario's active job
     * @throws TooManyRequestsException when {@code parallel-jobs + queue-capacity} jobs are active
     */
    private long admit(long scenarioId, boolean warmStart, Duration limit) {
        synchronized (admission) {
            List<SolveJob> running = repository.findByScenarioIdAndStatusIn(scenarioId, ACTIVE);
            if (!running.isEmpty()) {
                SolveJob other = running.get(0);
                throw new ConflictException("Scenario " + scenarioId + " is already being solved by job "
                        + other.getId() + " (" + other.getStatus().name().toLowerCase()
                        + "): wait for it to end or stop it first");
            }
            long active = repository.countByStatusIn(ACTIVE);
            long capacity = (long) settings.parallelJobs() + settings.queueCapacity();
            if (active >= capacity) {
                throw new TooManyRequestsException("The solve queue is full (" + active + " jobs queued or solving,"
                        + " at most " + capacity + "): try again later", retryAfter());
            }
            return repository.save(new SolveJob(scenarioId, warmStart, limit.toSeconds(),
                    AuditService.currentUsername())).getId();
        }
    }

    /** When the first solving job reaches its time limit: a slot frees up then at the latest. */
    private Duration retryAfter() {
        Instant now = Instant.now();
        return repository.findByStatusIn(EnumSet.of(JobStatus.SOLVING)).stream()
                .filter(job -> job.getStartedAt() != null)
                .map(job -> Duration.between(now, job.getStartedAt().plusSeconds(job.getTimeLimitSeconds())))
                .min(Duration::compareTo)
                .orElse(settings.defaultTimeLimit());
    }

    private void onBest(long jobId, long planId, LoadedProblem problem, RotationPlan best) {
        if (!discarded.contains(jobId)) {
            saves.offer(jobId, planId, problem, best);
        }
    }

    private void onFinal(long jobId, long planId, LoadedProblem problem, RotationPlan best) {
        try {
            if (!discarded.contains(jobId)) {
                saves.saveFinal(jobId, planId, problem, best);
            }
            if (!shuttingDown && !discarded.remove(jobId)) {
                // Before the job is seen as ended: whoever follows it then reads whether its plan became current.
                SystemIdentity.run(() -> keepBest(jobId, planId));
                JobStatus status = stopRequested.remove(jobId) ? JobStatus.STOPPED : JobStatus.COMPLETED;
                SystemIdentity.run(() -> jobs.ended(jobId, status, null));
            }
        } finally {
            saves.forget(jobId);
            finish(jobId);
        }
    }

    private void keepBest(long jobId, long planId) {
        PlanService.Outcome outcome = plans.keepBest(planId);
        if (outcome.setAside()) {
            audit.record("PLAN_SET_ASIDE", "plan_version", planId, "job " + jobId + " scored "
                    + outcome.version().getScore() + ", worse than version "
                    + outcome.replaced().getVersionNumber() + " (" + outcome.replaced().getScore()
                    + "), which stays current");
        }
    }

    /** The job's solver has reported its end (or never will): a stop waiting for it goes on. */
    private void finish(long jobId) {
        solverJobs.remove(jobId);
        CompletableFuture<Void> end = ended.remove(jobId);
        if (end != null) {
            end.complete(null);
        }
    }

    private void onError(long jobId, Throwable error) {
        // The message names the failing rule or value; teacher data never goes into the log.
        LOG.error("Solve job {} failed", jobId, error);
        saves.forget(jobId);
        stopRequested.remove(jobId);
        try {
            if (!shuttingDown && !discarded.remove(jobId)) {
                SystemIdentity.run(() -> jobs.ended(jobId, JobStatus.FAILED, error.getClass().getSimpleName()
                        + ": " + error.getMessage()));
            }
        } finally {
            finish(jobId);
        }
    }

    /**
     * Stops a job, whatever its state: a queued job leaves the queue, a solving job ends with its best plan so far
     * kept, and a job that has ended already is returned as it is.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public JobState stop(long jobId) {
        SolveJob job = get(jobId);
        if (!job.getStatus().isActive()) {
            return state(job);
        }
        stopRequested.add(jobId);
        audit.record("JOB_STOP_REQUESTED", "solve_job", jobId, null);
        CompletableFuture<Void> end = ended.get(jobId);
        SolverJob<RotationPlan, Long> solverJob = solverJobs.get(jobId);
        boolean queued = job.getStatus() == JobStatus.QUEUED;
        if (solverJob != null) {
            solverJob.terminateEarly();
        } else {
            solverManager.terminateEarly(jobId);
        }
        // A job taken off the queue before it started reports no final plan; a started one does, and its end (with
        // the plan saved and kept or set aside) is awaited, for a bounded time, so the caller reads the final state.
        boolean reportsAnEnd = !(queued && solverManager.getSolverStatus(jobId) == SolverStatus.NOT_SOLVING
                && get(jobId).getStatus() == JobStatus.QUEUED);
        if (end != null && reportsAnEnd) {
            try {
                end.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.warn("Solve job {} did not report its end within {}; recorded as stopped", jobId, STOP_GRACE);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping a solve job", e);
            }
        }
        // A job that never started (or whose solver is gone) reports no final plan: record its end here.
        stopRequested.remove(jobId);
        jobs.ended(jobId, JobStatus.STOPPED, null);
        if (!reportsAnEnd) {
            finish(jobId);
        }
        return state(get(jobId));
    }

    /** A scenario's active jobs are stopped before it is deleted; the deletion then removes their rows. */
    @EventListener
    void onScenarioDeleting(ScenarioDeleting event) {
        discard(repository.findByScenarioIdAndStatusIn(event.scenarioId(), ACTIVE));
    }

    @EventListener
    void onDatasetDeleting(DatasetDeleting event) {
        for (var scenario : scenarios.list(event.datasetId())) {
            discard(repository.findByScenarioIdAndStatusIn(scenario.getId(), ACTIVE));
        }
    }

    private void discard(List<SolveJob> active) {
        for (SolveJob job : active) {
            discarded.add(job.getId());
            saves.forget(job.getId());
            solverManager.terminateEarly(job.getId());
            audit.record("JOB_DISCARDED", "solve_job", job.getId(), "its scenario is deleted");
        }
    }

    @ViewerRead
    public JobState status(long jobId) {
        return state(get(jobId));
    }

    @ViewerRead
    public List<JobState> list(Long scenarioId) {
        List<SolveJob> found = scenarioId == null ? repository.findAllByOrderByIdDesc()
                : repository.findByScenarioIdOrderByIdDesc(scenarioId);
        return found.stream().map(this::state).toList();
    }

    private SolveJob get(long jobId) {
        return repository.findById(jobId).orElseThrow(() -> new NotFoundException("Solve job", jobId));
    }

    private JobState state(SolveJob job) {
        Instant end = job.getEndedAt() != null ? job.getEndedAt() : Instant.now();
        Duration elapsed = job.getStartedAt() == null ? Duration.ZERO : Duration.between(job.getStartedAt(), end);
        SolverStatus solverStatus = job.getStatus().isActive() ? solverManager.getSolverStatus(job.getId())
                : SolverStatus.NOT_SOLVING;
        Long planId = plans.ofJob(job.getId()).map(PlanVersion::getId).orElse(null);
        return new JobState(job, planId, solverStatus, elapsed);
    }

    /** At shutdown the running jobs are interrupted: recorded so, while their best plans stay saved. */
    @PreDestroy
    void interruptRunningJobs() {
        shuttingDown = true;
        int interrupted = SystemIdentity.call(jobs::interruptActive);
        if (interrupted > 0) {
            LOG.info("Interrupted {} solve job(s) at shutdown", interrupted);
        }
        solverManager.close();
    }
}
