package org.lungang.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.lungang.benchmarks.baseline.Baseline;
import org.lungang.benchmarks.baseline.PointsGreedyBaseline;
import org.lungang.benchmarks.exact.ExactReference;
import org.lungang.benchmarks.exact.ExactResult;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;

/**
 * Runs every solver and baseline of a suite on each of its datasets, one after the other on the same machine, and
 * measures each plan with the same scorer (the solver's constraints) and the same KPIs.
 */
public final class BenchRunner {

    /** The name of the Timefold solver with Lungang's configuration in the summary; a time limit is appended. */
    public static final String LUNGANG = "lungang";
    public static final String EXACT = "exact-cpsat";

    private final RotationSolver scorer = new RotationSolver();
    private final Consumer<String> log;

    public BenchRunner(Consumer<String> log) {
        this.log = log;
    }

    public List<BenchRow> run(Suite suite) {
        List<BenchRow> rows = new ArrayList<>();
        for (Dataset dataset : suite.datasets()) {
            for (Baseline baseline : suite.baselines()) {
                rows.add(runBaseline(dataset, baseline));
            }
            for (Duration limit : suite.solverLimits()) {
                rows.add(runLungang(dataset, limit, suite.solverLimits().size() > 1));
            }
            if (suite.exactLimit() != null) {
                rows.add(runExact(dataset, suite.exactLimit()));
            }
        }
        return rows;
    }

    BenchRow runBaseline(Dataset dataset, Baseline baseline) {
        RotationPlan plan = dataset.problem().get();
        log.accept(dataset.name() + ": " + baseline.name());
        PeakMemory memory = PeakMemory.start();
        long start = System.nanoTime();
        baseline.plan(plan);
        double seconds = secondsSince(start);
        long peak = memory.peakMb();
        return row(dataset, baseline.name(), plan, Double.NaN, seconds, -1, peak, "", Double.NaN, "");
    }

    BenchRow runLungang(Dataset dataset, Duration limit, boolean nameWithLimit) {
        RotationPlan problem = dataset.problem().get();
        String name = nameWithLimit ? LUNGANG + "-" + limit.toSeconds() + "s" : LUNGANG;
        log.accept(dataset.name() + ": " + name + " for " + limit.toSeconds() + " s");
        boolean startLegal = scorer.score(problem).hardScore() == 0;
        Solver<RotationPlan> solver = SolverFactory.<RotationPlan> create(RotationSolver.configWithTimeLimit(limit))
                .buildSolver();
        PeakMemory memory = PeakMemory.start();
        long start = System.nanoTime();
        double[] firstLegal = { startLegal ? 0.0 : Double.NaN };
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (Double.isNaN(firstLegal[0]) && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstLegal[0] = secondsSince(start);
            }
        });
        RotationPlan best = solver.solve(problem);
        double seconds = secondsSince(start);
        long peak = memory.peakMb();
        long speed = solver instanceof DefaultSolver<RotationPlan> defaultSolver
                ? defaultSolver.getMoveEvaluationSpeed() : -1;
        String note = startLegal ? "start (all stay) already legal" : "";
        return row(dataset, name, best, firstLegal[0], seconds, speed, peak, "", Double.NaN, note);
    }

    BenchRow runExact(Dataset dataset, Duration limit) {
        RotationPlan plan = dataset.problem().get();
        log.accept(dataset.name() + ": " + EXACT + " for up to " + limit.toSeconds() + " s");
        // CP-SAT without presolve is slow to find a first plan on a county: the points-greedy plan is its hint.
        new PointsGreedyBaseline().plan(plan);
        PeakMemory memory = PeakMemory.start();
        ExactResult result = new ExactReference(limit, 2).solve(plan);
        long peak = memory.peakMb();
        // The objective puts the quota shortfall first; the bound is shown on the rest (100 × weighted shortage
        // − commute km), at the best plan's shortfall.
        double softObjective = result.objective() + ExactReference.QUOTA_WEIGHT * result.quotaShortfall();
        double softBound = result.bestBound() + ExactReference.QUOTA_WEIGHT * result.quotaShortfall();
        String note = String.format("hinted with the points-greedy plan; objective %.0f (100 × weighted shortage − commute km); %d move variables; "
                + "first plan %.1f s; %s", softObjective, result.variables(),
                result.firstSolutionSeconds(), result.provedOptimal()
                        ? String.format("optimum proved in %.1f s", result.wallSeconds())
                        : "not proved within the limit");
        if (!result.hasPlan()) {
            return new BenchRow(dataset.name(), EXACT, false, "", 0, 0, 0, 0, 0, 0, Map.of(), Double.NaN, Double.NaN,
                    result.wallSeconds(), -1, peak, result.status(), softBound, note);
        }
        return row(dataset, EXACT, plan, Double.NaN, result.wallSeconds(), -1, peak, result.status(), softBound,
                note);
    }

    private BenchRow row(Dataset dataset, String solver, RotationPlan plan, double firstLegal, double seconds,
            long speed, long peakMb, String exactStatus, double exactBound, String note) {
        HardMediumSoftLongScore score = scorer.score(plan);
        PlanKpis kpis = KpiCalculator.calculate(plan);
        int filled = 0;
        long weighted = 0;
        for (SubjectShortage shortage : kpis.shortages()) {
            filled += shortage.filled();
            weighted += (long) shortage.filled() * plan.getPolicy().scarcity(shortage.subject());
        }
        Map<String, double[]> coefficients = new LinkedHashMap<>();
        for (IndicatorKpis indicator : kpis.indicators()) {
            coefficients.put(indicator.group() + " " + indicator.indicator(),
                    new double[] { indicator.coefficientBefore(), indicator.coefficientAfter() });
        }
        boolean legal = score.hardScore() == 0;
        if (legal && Double.isNaN(firstLegal) && !solver.startsWith(LUNGANG)) {
            firstLegal = seconds;
        }
        return new BenchRow(dataset.name(), solver, legal, score.toShortString(), kpis.county().rotated(), filled,
                weighted, -score.mediumScore(), kpis.county().quotaSchoolsMet(), kpis.county().quotaSchools(),
                coefficients, kpis.commute().meanKm(), firstLegal, seconds, speed, peakMb, exactStatus, exactBound,
                note);
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
