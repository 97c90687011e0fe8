package org.lungang.data.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;

import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;

/**
 * Runs a policy sweep: solves the problem at every point of one parameter's values, or of a grid of two, and
 * measures each plan. Used by the command line ({@code lungang sweep}) and the web application alike.
 * <p>
 * Warm starts run along chains: the points of one value of the second parameter, in the order of the first
 * parameter's values; each point starts from the previous point's plan (its destinations copied by teacher and
 * school id onto the new problem, pinned rotations left alone). Chains run in parallel, one solver each, up to the
 * request's parallelism; when there are fewer chains than solvers, the longest chain is cut in two and the second
 * half starts from the base problem instead (a cold start).
 */
public final class SweepRunner {

    /** A rough bound on a solver's memory per teacher, to keep parallel solvers within the heap. */
    private static final long BYTES_PER_TEACHER = 64 * 1024;
    private static final long BYTES_PER_SOLVER = 128L * 1024 * 1024;

    /** Runs the sweep; {@code progress} is called after each point, from the solving thread. */
    public SweepResult run(SweepRequest request, Consumer<SweepProgress> progress) {
        List<List<Integer>> chains = chains(request, solversFor(request));
        int parallel = Math.min(chains.size(), solversFor(request));
        int total = request.pointCount();
        AtomicInteger done = new AtomicInteger();
        List<SweepPoint> points = new ArrayList<>();
        Consumer<SweepPoint> finished = point -> {
            synchronized (points) {
                points.add(point);
                progress.accept(new SweepProgress(done.incrementAndGet(), total, point));
            }
        };
        if (parallel == 1) {
            chains.forEach(chain -> runChain(request, chain, finished));
        } else {
            try (SolvePool pool = new SolvePool(parallel, "lungang-sweep", "Sweep")) {
                List<Future<?>> futures = new ArrayList<>();
                for (List<Integer> chain : chains) {
                    futures.add(pool.submit(() -> runChain(request, chain, finished)));
                }
                for (Future<?> future : futures) {
                    pool.result(future);
                }
            }
        }
        points.sort(Comparator.comparingInt(SweepPoint::index));
        return new SweepResult(request.problemName(), request.parameters(), request.timePerPoint(), parallel,
                points);
    }

    /** The point's problem with its plan applied: open a point as a scenario, solved or to solve further. */
    public static RotationPlan planAt(SweepRequest request, SweepPoint point) {
        return PointProblem.warmStart(problemAt(request, point.values()), point.destinations());
    }

    /** The problem at the given parameter values, with the base problem's decisions and nothing else. */
    public static RotationPlan problemAt(SweepRequest request, List<Double> values) {
        RotationPolicy policy = PointProblem.policy(request.base().getPolicy(), request.parameters(), values);
        IntUnaryOperator beds = PointProblem.beds(request.parameters(), values);
        return PointProblem.build(request.base(), policy, beds);
    }

    /**
     * The problem under another policy (e.g. with a weights file merged in), with the same decisions and the same
     * destinations.
     */
    public static RotationPlan withPolicy(RotationPlan base, RotationPolicy policy) {
        return PointProblem.warmStart(PointProblem.build(base, policy, IntUnaryOperator.identity()),
                PointProblem.destinations(base));
    }

    private static int solversFor(SweepRequest request) {
        long teachers = request.base().getTeachers().size();
        long fit = Runtime.getRuntime().maxMemory() / (BYTES_PER_SOLVER + teachers * BYTES_PER_TEACHER);
        return (int) Math.max(1, Math.min(request.parallel(), fit));
    }

    /** Chains of point indexes: one per value of the second parameter, cut until every solver has one. */
    static List<List<Integer>> chains(SweepRequest request, int solvers) {
        int width = request.parameters().get(0).values().size();
        int height = request.pointCount() / width;
        List<List<Integer>> chains = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            List<Integer> chain = new ArrayList<>();
            for (int column = 0; column < width; column++) {
                chain.add(row * width + column);
            }
            chains.add(chain);
        }
        while (chains.size() < solvers) {
            List<Integer> longest = chains.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
            if (longest.size() < 2) {
                break;
            }
            int half = (longest.size() + 1) / 2;
            chains.set(chains.indexOf(longest), new ArrayList<>(longest.subList(0, half)));
            chains.add(new ArrayList<>(longest.subList(half, longest.size())));
        }
        return chains;
    }

    private static void runChain(SweepRequest request, List<Integer> chain, Consumer<SweepPoint> finished) {
        RotationSolver solver = new RotationSolver();
        Map<String, String> previous = PointProblem.destinations(request.base());
        boolean warm = false;
        for (int index : chain) {
            List<Double> values = valuesAt(request, index);
            RotationPlan problem = PointProblem.warmStart(problemAt(request, values), previous);
            RotationPlan solved = solver.solve(problem, request.timePerPoint());
            SweepPoint point = measure(index, values, warm, solved, solver);
            finished.accept(point);
            previous = point.destinations();
            warm = true;
        }
    }

    /**
     * The problem of one point as solved on its own (a cluster member solving one point): the point's problem,
     * started from the base problem's destinations, as the first point of a chain is.
     */
    public static RotationPlan pointProblem(SweepRequest request, int index) {
        return PointProblem.warmStart(problemAt(request, valuesAt(request, index)),
                PointProblem.destinations(request.base()));
    }

    /** The parameter values of the point at a grid index. */
    public static List<Double> valuesAt(SweepRequest request, int index) {
        List<SweepParameter> parameters = request.parameters();
        int width = parameters.get(0).values().size();
        List<Double> values = new ArrayList<>();
        values.add(parameters.get(0).values().get(index % width));
        if (parameters.size() == 2) {
            values.add(parameters.get(1).values().get(index / width));
        }
        return values;
    }

    /** The figures of a solved point. */
    public static SweepPoint measure(int index, List<Double> values, boolean warm, RotationPlan solved,
            RotationSolver solver) {
        HardMediumSoftLongScore score = solver.score(solved);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solver.solutionManager().analyze(solved,
                ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        List<String> brokenHard = analysis.constraintAnalyses().stream()
                .filter(c -> c.score().hardScore() < 0)
                .map(ConstraintAnalysis::constraintName)
                .toList();
        PlanKpis kpis = KpiCalculator.calculate(solved);
        List<IndicatorKpis> indicators = kpis.indicators();
        double mean = indicators.stream().mapToDouble(IndicatorKpis::coefficientAfter).average().orElse(0);
        double max = indicators.stream().mapToDouble(IndicatorKpis::coefficientAfter).max().orElse(0);
        int met = (int) indicators.stream().filter(IndicatorKpis::metAfter).count();
        return new SweepPoint(index, values, warm, score.toString(), score.hardScore(), score.mediumScore(),
                score.softScore(), kpis.county().rotated(), kpis.county().backboneShare(),
                SweepPoint.shortageFilled(kpis), mean, max, met, indicators.size(), kpis.commute().meanKm(),
                kpis.commute().beyondLimit(), brokenHard, kpis.shortfalls(), PointProblem.destinations(solved));
    }
}
