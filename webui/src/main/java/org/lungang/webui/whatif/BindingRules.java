package org.lungang.webui.whatif;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.lungang.data.sweep.SensitivityAnalysis;
import org.lungang.data.sweep.SensitivityReport;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.webui.base.DaemonThreads;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Which rules hold a scenario's plan back, by the sensitivity analysis of the data module ({@link SensitivityAnalysis}:
 * the plan re-solved without each rule in turn). A what-if comparison asks for it when a scenario does poorly; it
 * examines the rules a policy can loosen and the policy quotas (the soft goals cannot make a plan infeasible or miss a
 * quota). One analysis runs at a time, in the background; a plan version's result is kept until the version changes.
 */
@Service
public class BindingRules {

    /** The rules examined: {@link SensitivityAnalysis#DEFAULT_CONSTRAINTS} without the soft goals. */
    static final List<String> EXAMINED = SensitivityAnalysis.DEFAULT_CONSTRAINTS.stream()
            .filter(c -> ConstraintNames.ALL.indexOf(c) < ConstraintNames.ALL.indexOf(
                    ConstraintNames.SHORTAGE_POSTS_FILLED))
            .toList();

    private final PlanService plans;
    private final Duration timePerSolve;
    private final Map<String, CompletableFuture<SensitivityReport>> analyses = new ConcurrentHashMap<>();
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(DaemonThreads.named("lungang-binding-rules"));

    BindingRules(PlanService plans, @Value("${lungang.whatif.binding-time-per-solve:PT3S}") Duration timePerSolve) {
        this.plans = plans;
        this.timePerSolve = timePerSolve;
    }

    /** About how long one analysis takes: a control and one re-solve per rule examined, one after another. */
    public Duration expectedTime() {
        return timePerSolve.multipliedBy(EXAMINED.size() + 1L);
    }

    /**
     * Starts (or returns the running or finished) analysis of a plan version; the plan is read now, as the caller,
     * and re-solved in the background.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public CompletableFuture<SensitivityReport> analyse(long planId) {
        PlanVersion version = plans.get(planId);
        String key = planId + "@" + version.getUpdatedAt();
        CompletableFuture<SensitivityReport> known = analyses.get(key);
        if (known != null && !known.isCompletedExceptionally()) {
            return known;
        }
        RotationPlan plan = plans.load(planId).plan();
        CompletableFuture<SensitivityReport> started = CompletableFuture.supplyAsync(
                () -> new SensitivityAnalysis().analyse(plan, EXAMINED, timePerSolve, 1, binding -> { }), executor);
        analyses.put(key, started);
        return started;
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
