package org.lungang.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.lungang.benchmarks.baseline.Baseline;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.exact.CoreObjective;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.exact.ExactCore;
import org.lungang.solver.exact.ExactCorePhase;
import org.lungang.solver.exact.ExactSettings;
import org.lungang.solver.exact.GuardedBound;
import org.lungang.solver.exact.RiseProver;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;

/**
 * Runs every baseline and solver of a suite on each of its datasets, one after the other on the same machine, at the
 * same wall time, and measures each plan with the same scorer (the solver's constraints) and the same KPIs: the
 * lottery and points-greedy baselines, the exact core alone (the same model as the solver's first phase, given the
 * whole time), local search alone (construction and local search, no exact phase) and the hybrid (the solver as it
 * ships: exact phase, then construction and local search).
 */
public final class BenchRunner {

    /** The exact core alone, with the whole time limit. */
    public static final String EXACT = "exact";
    /** Construction and local search without the exact phase. */
    public static final String LOCAL_SEARCH = "local-search";
    /** The solver as configured: the exact phase, then construction and local search. */
    public static final String HYBRID = "hybrid";

    private final RotationSolver scorer = new RotationSolver();
    private final Consumer<String> log;

    public BenchRunner(Consumer<String> log) {
        this.log = log;
    }

    public List<BenchRow> run(Suite suite) {
        // OR-Tools unpacks its native library once per process: not part of any row's time.
        ExactCore.loadNative();
        List<BenchRow> rows = new ArrayList<>();
        for (Dataset dataset : suite.datasets()) {
            List<BenchRow> own = new ArrayList<>();
            List<ExactBound> bounds = new ArrayList<>();
            for (Baseline baseline : suite.baselines()) {
                own.add(runBaseline(dataset, baseline));
            }
            boolean several = suite.solverLimits().size() > 1;
            for (Duration limit : suite.solverLimits()) {
                String suffix = several ? "-" + limit.toSeconds() + "s" : "";
                own.add(runExact(dataset, limit, EXACT + suffix, bounds));
                own.add(runTimefold(dataset, RotationSolver.configWithoutExactPhase(limit), limit,
                        LOCAL_SEARCH + suffix, bounds, false));
                own.add(runTimefold(dataset, RotationSolver.configWithTimeLimit(limit), limit, HYBRID + suffix,
                        bounds, true));
            }
            for (BenchRow row : own) {
                rows.add(row.withGap(gap(row, bounds)));
            }
        }
        return rows;
    }

    /** The row's gap to the lowest bound proven on its dataset that covers its quota shortfall. */
    static double gap(BenchRow row, List<ExactBound> bounds) {
        ExactBound best = null;
        for (ExactBound bound : bounds) {
            if (bound.covers(row.quotaShortfall()) && (best == null || bound.bound() < best.bound())) {
                best = bound;
            }
        }
        return best == null || row.score().isEmpty() ? Double.NaN : best.gapPercent(row.coreObjective());
    }

    BenchRow runBaseline(Dataset dataset, Baseline baseline) {
        RotationPlan plan = dataset.problem().get();
        log.accept(dataset.name() + ": " + baseline.name());
        PeakMemory memory = PeakMemory.start();
        long start = System.nanoTime();
        baseline.plan(plan);
        double seconds = secondsSince(start);
        long peak = memory.peakMb();
        return row(dataset, baseline.name(), plan, Double.NaN, seconds, -1, peak, null, "");
    }

    BenchRow runExact(Dataset dataset, Duration limit, String name, List<ExactBound> bounds) {
        RotationPlan plan = dataset.problem().get();
        log.accept(dataset.name() + ": " + name + " for up to " + limit.toSeconds() + " s");
        ExactCore.loadNative(); // as the hybrid's phase preloads it while its solver is built
        PeakMemory memory = PeakMemory.start();
        long start = System.nanoTime();
        ExactCore.Result result = new ExactCore(ExactSettings.defaults()).solve(plan, limit, () -> false);
        for (Map.Entry<Rotation, School> entry : result.destinations().entrySet()) {
            if (!entry.getKey().isPinned()) {
                entry.getKey().setDestination(entry.getValue());
            }
        }
        double seconds = secondsSince(start);
        long peak = memory.peakMb();
        plan.setExactBound(result.bound());
        if (result.bound().hasBound()) {
            bounds.add(result.bound());
        }
        return row(dataset, name, plan, Double.NaN, seconds, -1, peak, result.bound(), result.bound().message());
    }

    /**
     * A Timefold run; with {@code prove}, its note says whether each CV it raises could have been kept, and it gets
     * the bound for plans that keep every CV at most where it leaves it ({@link GuardedBound}), each in twice the
     * row's time of its own (on the county tier the ranges of N alone are a dozen linear programs of seconds each).
     */
    BenchRow runTimefold(Dataset dataset, SolverConfig config, Duration limit, String name,
            List<ExactBound> bounds, boolean prove) {
        RotationPlan problem = dataset.problem().get();
        log.accept(dataset.name() + ": " + name + " for " + limit.toSeconds() + " s");
        boolean startLegal = scorer.score(problem).hardScore() == 0;
        Solver<RotationPlan> solver = SolverFactory.<RotationPlan> create(config).buildSolver();
        PeakMemory memory = PeakMemory.start();
        long start = System.nanoTime();
        double[] firstLegal = { startLegal ? 0.0 : Double.NaN };
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (Double.isNaN(firstLegal[0]) && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstLegal[0] = secondsSince(start);
            }
        });
        RotationPlan best = RotationSolver.solveWithin(solver, problem, start, limit);
        double seconds = secondsSince(start);
        long peak = memory.peakMb();
        long speed = solver instanceof DefaultSolver<RotationPlan> defaultSolver
                ? defaultSolver.getMoveEvaluationSpeed() : -1;
        ExactBound last = ExactCorePhase.takeLastBound();
        if (best.getExactBound() == null) {
            best.setExactBound(last);
        }
        ExactBound bound = best.getExactBound();
        if (bound != null && bound.hasBound()) {
            bounds.add(bound);
        }
        String note = (startLegal ? "start (all stay) already legal" : "")
                + (bound == null ? "" : (startLegal ? "; " : "") + "exact phase: " + bound.message());
        return row(dataset, name, best, firstLegal[0], seconds, speed, peak, bound, note)
                .withNote(prove ? riseProofs(dataset, name, best, limit.multipliedBy(2)) : "")
                .withGuardedBound(prove ? guardedBound(dataset, name, best, limit.multipliedBy(2)) : Double.NaN);
    }

    /**
     * Whether the coefficients the solver's plan raises could be kept at the least quota shortfall
     * ({@link RiseProver}), and how much they must rise at least, in {@code limit}: the proof that a rise is the
     * quotas'.
     */
    String riseProofs(Dataset dataset, String solver, RotationPlan solved, Duration limit) {
        List<IndicatorBaseline> rising = RiseProver.rising(solved);
        if (rising.isEmpty()) {
            return "";
        }
        log.accept(dataset.name() + ": proving " + rising.size() + " rise(s) of " + solver + " for up to "
                + limit.toSeconds() + " s");
        List<RiseProver.RiseProof> proofs = new RiseProver(ExactSettings.defaults())
                .prove(solved, rising, limit);
        RiseProver.RiseProof first = proofs.get(0);
        String shortfall = first.quotaShortfall() < 0 ? "(the core model too big, or no plan of it)"
                : "at a shortfall of " + first.quotaShortfall() + (first.shortfallProven() ? " (least)" : "");
        return "CV rises " + shortfall + ": " + proofs.stream()
                .map(p -> String.format("%s %s %s%s (%.0f s)", p.baseline().group(), p.baseline().indicator(),
                        p.verdict().name().toLowerCase(Locale.ROOT), p.verdict() == RiseProver.Verdict.UNAVOIDABLE
                                ? ", by at least " + p.leastRise() + "‰"
                                        + (p.knownRise() > 0 ? " (" + p.knownRise() + "‰ known)" : "")
                                        + keeping(p) : "",
                        p.seconds()))
                .collect(Collectors.joining(", "));
    }

    /** What keeping a coefficient that must rise would cost in quota heads, as far as the proof tested it. */
    private static String keeping(RiseProver.RiseProof proof) {
        if (proof.keptAt() >= 0) {
            return ", kept at a shortfall of " + proof.keptAt();
        }
        return proof.notKeptUpTo() > proof.quotaShortfall()
                ? ", not kept at a shortfall of " + proof.notKeptUpTo() + " either" : "";
    }

    /** The bound for plans no shorter of the quotas than the solver's and raising no CV above it, or NaN. */
    double guardedBound(Dataset dataset, String solver, RotationPlan solved, Duration limit) {
        log.accept(dataset.name() + ": the guarded bound of " + solver + " for up to " + limit.toSeconds() + " s");
        GuardedBound.Result result = new GuardedBound(ExactSettings.defaults()).of(solved, limit);
        log.accept(dataset.name() + ": guarded bound: " + result.message());
        return result.bound();
    }

    private BenchRow row(Dataset dataset, String solver, RotationPlan plan, double firstLegal, double seconds,
            long speed, long peakMb, ExactBound bound, String note) {
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
        if (legal && Double.isNaN(firstLegal) && !solver.startsWith(LOCAL_SEARCH) && !solver.startsWith(HYBRID)) {
            firstLegal = seconds;
        }
        return new BenchRow(dataset.name(), solver, legal, score.toShortString(), kpis.county().rotated(), filled,
                weighted, kpis.quotaShortfall(), kpis.county().quotaSchoolsMet(), kpis.county().quotaSchools(),
                coefficients, kpis.commute().meanKm(), firstLegal, seconds, speed, peakMb,
                bound == null ? "" : bound.status().name(), bound == null || !bound.hasBound() ? Double.NaN
                        : bound.bound(), bound == null ? Double.NaN : bound.guardCostPercent(),
                CoreObjective.of(plan, kpis), Double.NaN, Double.NaN, note);
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
