package org.lungang.webui.solve;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.webui.plan.PlanService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Solve a scenario, follow the job (score, elapsed time, best-so-far county KPIs), stop it. */
@RestController
@RequestMapping("/api")
class SolveController {

    /**
     * @param timeLimitSeconds how long to solve; absent for the configured default
     * @param warmStart start from the scenario's current plan rather than with everybody at home; absent for the
     *        default, a warm start whenever the scenario has a plan
     */
    record SolveRequest(@Positive Long timeLimitSeconds, Boolean warmStart) {
    }

    /** @param countyKpis the county figures of the best plan so far */
    record JobView(long id, long scenarioId, JobStatus status, SolverStatus solverStatus, Long planId,
            String bestScore, CountyKpis countyKpis, long elapsedSeconds, long timeLimitSeconds, boolean warmStart,
            String requestedBy, Instant submittedAt, Instant startedAt, Instant endedAt, String errorMessage) {
    }

    private final SolveService solving;
    private final PlanService plans;

    SolveController(SolveService solving, PlanService plans) {
        this.solving = solving;
        this.plans = plans;
    }

    @PostMapping("/scenarios/{scenarioId}/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobView solve(@PathVariable long scenarioId, @Valid @RequestBody(required = false)
            SolveRequest request) {
        SolveRequest r = request == null ? new SolveRequest(null, null) : request;
        return view(solving.submit(scenarioId,
                r.timeLimitSeconds() == null ? null : Duration.ofSeconds(r.timeLimitSeconds()), r.warmStart()));
    }

    @GetMapping("/jobs")
    List<JobView> list(@RequestParam(required = false) Long scenarioId) {
        return solving.list(scenarioId).stream().map(this::view).toList();
    }

    @GetMapping("/jobs/{id}")
    JobView status(@PathVariable long id) {
        return view(solving.status(id));
    }

    @PostMapping("/jobs/{id}/stop")
    JobView stop(@PathVariable long id) {
        return view(solving.stop(id));
    }

    private JobView view(SolveService.JobState state) {
        SolveJob job = state.job();
        CountyKpis county = state.planId() == null ? null
                : plans.kpis(state.planId()).map(PlanKpis::county).orElse(null);
        return new JobView(job.getId(), job.getScenarioId(), job.getStatus(), state.solverStatus(), state.planId(),
                job.getBestScore(), county, state.elapsed().toSeconds(), job.getTimeLimitSeconds(),
                job.isWarmStart(), job.getRequestedBy(), job.getSubmittedAt(), job.getStartedAt(), job.getEndedAt(),
                job.getErrorMessage());
    }
}
