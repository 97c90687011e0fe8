package org.lungang.webui.solve;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
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
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solve jobs through Timefold's {@link SolverManager}: a job solves a scenario (from scratch, or from its latest plan
 * as a warm start) into a new plan version, which is saved again each time the solver finds a better plan — at most
 * once per {@code lungang.solve.save-interval}, and always at the end — so a crash loses little.
 */
@Service
public class SolveService {

    private static final Logger LOG = LoggerFactory.getLogger(SolveService.class);
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(2);

    /** What a job is doing now; {@code planId} is the plan version it writes. */
    public record JobState(SolveJob job, Long planId, SolverStatus solverStatus, Duration elapsed) {
    }

    private final SolverManager<RotationPlan, Long> solverManager;
    private final ScenarioService scenarios;
    private final PlanService plans;
    private final SolveJobs jobs;
    private final SolveJobRepository repository;
    private final AuditService audit;
    private final Duration defaultTimeLimit;
    private final Duration saveInterval;

    /** Jobs a planner asked to stop, so that their end is recorded as stopped, not completed. */
    private final Set<Long> stopRequested = ConcurrentHashMap.newKeySet();
    /** When each running job last saved its best plan. */
    private final Map<Long, Instant> lastSaved = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    SolveService(SolverManager<RotationPlan, Long> solverManager, ScenarioService scenarios, PlanService plans,
            SolveJobs jobs, SolveJobRepository repository, AuditService audit,
            @Value("${lungang.solve.default-time-limit:PT60S}") Duration defaultTimeLimit,
            @Value("${lungang.solve.save-interval:PT2S}") Duration saveInterval) {
        this.solverManager = solverManager;
        this.scenarios = scenarios;
        this.plans = plans;
        this.jobs = jobs;
        this.repository = repository;
        this.audit = audit;
        this.defaultTimeLimit = defaultTimeLimit;
        this.saveInterval = saveInterval;
    }

    /**
     * Queues a solve of the scenario.
     *
     * @param timeLimit how long to solve; null for the configured default
     * @param warmStart start from the scenario's latest plan (after the planner pinned, forbade or changed moves)
     *        rather than with everybody at home
     */
    @PreAuthorize("hasRole('PLANNER')")
    public JobState submit(long scenarioId, Duration timeLimit, boolean warmStart) {
        Duration limit = timeLimit == null ? defaultTimeLimit : timeLimit;
        if (limit.isNegative() || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new InvalidRequestException("timeLimitSeconds",
                    "The time limit must be between 1 second and " + MAX_TIME_LIMIT.toHours() + " hours");
        }
        List<DecisionDto> start = List.of();
        if (warmStart) {
            PlanVersion latest = plans.latest(scenarioId).orElseThrow(() -> new InvalidRequestException("warmStart",
                    "The scenario has no plan yet to start from"));
            start = plans.decisions(latest.getId());
        }
        LoadedProblem problem = scenarios.problem(scenarioId, start);
        SolveJob job = repository.save(new SolveJob(scenarioId, warmStart, limit.toSeconds(),
                AuditService.currentUsername()));
        long jobId = job.getId();
        PlanVersion version = plans.newVersion(scenarioId, jobId, problem);
        long planId = version.getId();
        jobs.bestScore(jobId, version.getScore());
        audit.record("JOB_SUBMITTED", "solve_job", jobId, "scenario " + scenarioId + ", plan version "
                + version.getVersionNumber() + (warmStart ? ", warm start" : "") + ", limit " + limit);
        try {
            solverManager.solveBuilder()
                .withProblemId(jobId)
                .withProblem(problem.plan())
                .withConfigOverride(new SolverConfigOverride<RotationPlan>().withTerminationSpentLimit(limit))
                .withSolverJobStartedConsumer(initial -> SystemIdentity.run(() -> jobs.started(jobId)))
                .withBestSolutionConsumer(best -> onBest(jobId, planId, problem, best, false))
                .withFinalBestSolutionConsumer(best -> onFinal(jobId, planId, problem, best))
                .withExceptionHandler((id, error) -> onError(jobId, error))
                .run();
        } catch (RuntimeException e) {
            jobs.ended(jobId, JobStatus.FAILED, e.getMessage());
            throw e;
        }
        return state(repository.findById(jobId).orElseThrow());
    }

    private void onBest(long jobId, long planId, LoadedProblem problem, RotationPlan best, boolean always) {
        Instant now = Instant.now();
        Instant last = lastSaved.get(jobId);
        if (!always && last != null && Duration.between(last, now).compareTo(saveInterval) < 0) {
            return;
        }
        lastSaved.put(jobId, now);
        SystemIdentity.run(() -> {
            plans.improve(planId, new LoadedProblem(problem.name(), problem.year(), best));
            jobs.bestScore(jobId, String.valueOf(best.getScore()));
        });
    }

    private void onFinal(long jobId, long planId, LoadedProblem problem, RotationPlan best) {
        try {
            onBest(jobId, planId, problem, best, true);
            if (!shuttingDown) {
                JobStatus status = stopRequested.remove(jobId) ? JobStatus.STOPPED : JobStatus.COMPLETED;
                SystemIdentity.run(() -> jobs.ended(jobId, status, null));
            }
        } finally {
            lastSaved.remove(jobId);
        }
    }

    private void onError(long jobId, Throwable error) {
        // The message names the failing rule or value; teacher data never goes into the log.
        LOG.error("Solve job {} failed", jobId, error);
        lastSaved.remove(jobId);
        stopRequested.remove(jobId);
        if (!shuttingDown) {
            SystemIdentity.run(() -> jobs.ended(jobId, JobStatus.FAILED, error.getClass().getSimpleName() + ": "
                    + error.getMessage()));
        }
    }

    /** Asks a queued or solving job to stop; its best plan so far is kept. */
    @PreAuthorize("hasRole('PLANNER')")
    public JobState stop(long jobId) {
        SolveJob job = get(jobId);
        if (!job.getStatus().isActive()) {
            throw new ConflictException("Job " + jobId + " is already " + job.getStatus().name().toLowerCase());
        }
        stopRequested.add(jobId);
        audit.record("JOB_STOP_REQUESTED", "solve_job", jobId, null);
        solverManager.terminateEarly(jobId);
        if (job.getStatus() == JobStatus.QUEUED) {
            // A job stopped before it started never reports a final plan: record its end here.
            stopRequested.remove(jobId);
            jobs.ended(jobId, JobStatus.STOPPED, null);
        }
        return state(get(jobId));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public JobState status(long jobId) {
        return state(get(jobId));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
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
