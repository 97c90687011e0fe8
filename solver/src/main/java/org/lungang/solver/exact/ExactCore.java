package org.lungang.solver.exact;

import static org.lungang.solver.exact.EngineRun.millisUntil;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.Shortfall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves the linear core of a plan's rules exactly, lexicographically: first the least quota shortfall, then, with
 * the shortfall held there, the most 100 × scarcity × shortage posts filled − km. Too many pairs are aggregated;
 * too many even then, or no native library, and it says so and returns no plan.
 */
public final class ExactCore {

    private static final Logger LOG = LoggerFactory.getLogger(ExactCore.class);
    /** Kept back from the limit for building the plan from the solution and for the engine's own overrun. */
    private static final long MARGIN_MILLIS = 300;
    /** Below this many support moves per teacher a model is too thin to be worth solving directly: aggregate. */
    private static final int MIN_NEAR_PAIRS = 3;
    /**
     * The engine's limit starts after OR-Tools has handed it the model: about 2 s for the county tier's 90,000
     * variables on 2 busy cores (measured with SCIP), so about 1 ms per 45 variables is kept back from the first
     * stage; the second stage keeps back what the first overran.
     */
    private static final long VARIABLES_PER_HANDOVER_MILLI = 45;
    /**
     * How many rotations the KPIs' report of impossible rules goes through per millisecond: the city tier's 50,000
     * took 5.3 s on 2 busy cores, past the limit, when the report ran with any time left.
     */
    private static final long ROTATIONS_PER_REPORT_MILLI = 10;

    private static String nativeError;
    private static boolean nativeTried;

    /**
     * @param bound what was proven (always set)
     * @param destinations the exact plan's destination (null to stay) of every rotation the model decided; empty
     *        without a plan
     */
    public record Result(ExactBound bound, Map<Rotation, School> destinations) {
    }

    private final ExactSettings settings;

    /** Starts loading the native library on a background thread, so that a solve soon after finds it loaded. */
    public static void preload() {
        Thread loader = new Thread(ExactCore::loadNative, "exact-core-native-loader");
        loader.setDaemon(true);
        loader.start();
    }

    public ExactCore(ExactSettings settings) {
        this.settings = settings;
    }

    /**
     * Loads OR-Tools' native library once (it unpacks a large file: seconds on a busy machine); returns why it could
     * not, or null. Call it ahead of the solve to keep the load out of the exact phase's time.
     */
    public static synchronized String loadNative() {
        if (!nativeTried) {
            nativeTried = true;
            try {
                Loader.loadNativeLibraries();
            } catch (Throwable e) { // UnsatisfiedLinkError, NoClassDefFoundError, or the loader's own exceptions
                nativeError = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return nativeError;
    }

    /**
     * Solves the plan's core within the limit, stopping early when {@code stop} says so; the plan is not changed.
     */
    public Result solve(RotationPlan plan, Duration limit, BooleanSupplier stop) {
        return solve(plan, limit, limit, false, stop);
    }

    /**
     * As {@link #solve(RotationPlan, Duration, BooleanSupplier)}, for a phase before local search: the CV guard's
     * second round may run until {@code secondRoundLimit} (when longer), and a round that would have less time
     * than the round before it took does not start ({@link CvGuard#CUT_SHORT_ROUNDS_FROM}), leaving the time to local
     * search. The second round is the one that repairs most of a rise (county tier: 58‰ → 11‰, where local search
     * from 58‰ ends near −45medium instead of −13), and after a slow first stage it was cut short by the limit and
     * found nothing.
     */
    public Result solve(RotationPlan plan, Duration limit, Duration secondRoundLimit, BooleanSupplier stop) {
        return solve(plan, limit, secondRoundLimit, true, stop);
    }

    private Result solve(RotationPlan plan, Duration limit, Duration secondRoundLimit, boolean beforeLocalSearch,
            BooleanSupplier stop) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos() - MARGIN_MILLIS * 1_000_000;
        long secondRoundDeadline = start + secondRoundLimit.toNanos() - MARGIN_MILLIS * 1_000_000;
        String engine = settings.engine().name();
        String error = loadNative();
        if (error != null) {
            return without(ExactStatus.UNAVAILABLE, engine, start, 0,
                    "OR-Tools could not load its native library (" + error + "): construction heuristic instead");
        }
        long loaded = System.nanoTime();
        Candidates candidates = new Candidates(plan, settings);
        long[] counts = { candidates.pairs(false), candidates.pairs(true) };
        LOG.info("Exact core ({}): native library {} ms, {} pairs counted in {} ms", engine,
                (loaded - start) / 1_000_000, counts[0], (System.nanoTime() - loaded) / 1_000_000);
        String narrowed = "";
        int farCap = settings.farPairsPerTeacher();
        if (counts[0] > settings.maxPairs() && settings.nearPairsPerTeacher() < 0) {
            // Too big for the direct model: first the nearest support moves of each teacher only, which keeps every
            // teacher on her own (and the CV guard, which aggregation rules out). On the city tier, aggregation
            // merged 22,217 teachers into 21,119 groups (their homes differ) and SCIP found no plan in 73 s.
            int cap = candidates.nearCapWithin(settings.maxPairs(), farCap);
            // Where the secondments and far moves leave no room for a few support moves each, fewer of those, the
            // nearest, before aggregating. The city tier (1,147,412 pairs): with 8 far moves fewer than 3 support moves
            // fit; with 4, the nearest 4 support moves did (168,172 pairs) and SCIP proved the least shortfall in 35 s.
            while (cap < MIN_NEAR_PAIRS && farCap > 1) {
                farCap = farCap / 2;
                cap = candidates.nearCapWithin(settings.maxPairs(), farCap);
            }
            if (cap >= MIN_NEAR_PAIRS) {
                Candidates nearest = new Candidates(plan,
                        settings.withNearPairs(cap).withPruning(settings.openPostsOnly(), farCap));
                long direct = nearest.pairs(false);
                if (direct <= settings.maxPairs()) {
                    LOG.info("Exact core ({}): {} pairs, the nearest {} support moves and {} secondments or far moves "
                            + "per teacher: {} pairs", engine, counts[0], cap, farCap, direct);
                    candidates = nearest;
                    counts = new long[] { direct, nearest.pairs(true) };
                    narrowed = String.format(" (the nearest %d support moves%s per teacher: the bound is that of "
                            + "plans among them)", cap, farCap < settings.farPairsPerTeacher()
                                    ? " and " + farCap + " secondments or far moves" : "");
                }
            }
        }
        boolean aggregate = counts[0] > settings.maxPairs();
        long pairs = aggregate ? counts[1] : counts[0];
        if (aggregate && pairs > settings.maxAggregatedPairs()) {
            return without(ExactStatus.TOO_BIG, engine, start, pairs, String.format(
                    "%,d teacher × school pairs, %,d aggregated, more than the exact phase takes (%,d): "
                            + "construction heuristic instead", counts[0], counts[1],
                    settings.maxAggregatedPairs()));
        }
        MPSolver solver = MPSolver.createSolver(engine);
        if (solver == null) {
            return without(ExactStatus.UNAVAILABLE, engine, start, pairs,
                    "OR-Tools has no " + engine + " engine here: construction heuristic instead");
        }
        try {
            return solve(plan, candidates, solver, aggregate, narrowed, start, new CvGuard.Deadlines(deadline,
                    secondRoundDeadline, beforeLocalSearch), stop, counts);
        } finally {
            solver.delete();
        }
    }

    private Result solve(RotationPlan plan, Candidates candidates, MPSolver solver, boolean aggregate, String narrowed,
            long start, CvGuard.Deadlines deadlines, BooleanSupplier stop, long[] counts) {
        long deadline = deadlines.phase();
        String engine = settings.engine().name();
        long building = System.nanoTime();
        CoreModel model = new CoreModel(candidates, aggregate, solver);
        String size = String.format("%,d pairs%s%s, %,d variables, %,d constraints", model.pairCount(),
                aggregate ? String.format(" (%,d teachers in %,d groups; %,d pairs unaggregated)", model.free.size(),
                        model.groups.size(), counts[0]) : "",
                narrowed, solver.numVariables(), solver.numConstraints());
        LOG.info("Exact core ({}): {} built in {} ms", engine, size, (System.nanoTime() - building) / 1_000_000);
        // Stage 1: the least quota shortfall, from the plan as it is (all stay, or a warm start). Each head weighs
        // more than the whole range of the second objective, which breaks ties: still the least shortfall, and a
        // plan that already fills posts near home for the second stage to start from (from the shortfall alone the
        // first plan wasted km: objective −1.27 million against a bound of 145,000 on the county tier).
        double range = model.objective.maxOver(model.upper) - model.objective.minOver(model.upper);
        double headWeight = Math.ceil(range) + 1;
        Lin first = new Lin().addAll(model.shortfall, headWeight).addAll(model.objective, -1);
        model.setObjective(first, false);
        long remaining = millisUntil(deadline);
        if (remaining <= 0 || stop.getAsBoolean()) {
            return without(ExactStatus.NO_PLAN, engine, start, model.pairCount(),
                    "no time left for the exact phase after building its model (" + size + ")");
        }
        long firstMillis = Math.max(100, (long) (remaining * settings.firstStageShare())
                - handoverMillis(solver));
        long firstStart = System.nanoTime();
        EngineRun.Stage firstStage = EngineRun.run(settings, solver, firstMillis, currentPlanHint(model));
        long overrun = Math.max(0, millisUntil(firstStart) * -1 - firstMillis);
        if (!firstStage.hasPlan()) {
            return without(ExactStatus.NO_PLAN, engine, start, model.pairCount(),
                    "no plan of the exact core within its time (" + firstStage.engineStatus() + "; " + size + ")");
        }
        long shortfall = Math.round(model.shortfall.eval(values(model, firstStage.values())));
        // Any plan: headWeight × shortfall ≥ bound + constant + objective ≥ bound + constant + the least objective.
        long shortfallLower = firstStage.status() == ExactStatus.OPTIMAL ? shortfall : Double.isNaN(firstStage.bound()) ? 0
                : Math.max(0, (long) Math.ceil((firstStage.bound() + first.constant
                        + model.objective.minOver(model.upper)) / headWeight - 1e-6));
        Map<MPVariable, Double> values = values(model, firstStage.values());
        // Optimal, the first stage's plan has the most posts less km at the least shortfall: that is the bound.
        // Otherwise any plan of at most this shortfall has objective = headWeight × shortfall − first ≤
        // headWeight × shortfall − the first stage's bound.
        double bound = firstStage.status() == ExactStatus.OPTIMAL ? Math.round(model.objective.eval(values))
                : Double.isNaN(firstStage.bound()) ? Double.NaN
                : headWeight * shortfall - (firstStage.bound() + first.constant);
        model.capShortfall(shortfall);
        boolean guarded = settings.guardShare() > 0 && plan.getPolicy().indicatorsMustNotWorsen() && !aggregate;
        ExactStatus secondStatus = firstStage.status();
        if (firstStage.status() != ExactStatus.OPTIMAL) {
            // Stage 2: the most posts filled less km, the shortfall held, to prove (or tighten) the bound; it shares
            // what is left with the guard. Every stage hands the model over again: its time is kept back from each
            // (and what the first overran).
            model.setObjective(model.objective, true);
            remaining = millisUntil(deadline) - overrun - handoverMillis(solver);
            long secondMillis = guarded ? (long) (remaining * (1 - settings.guardShare())) : remaining;
            EngineRun.Stage second = secondMillis > 0 && !stop.getAsBoolean() ? EngineRun.run(settings, solver, secondMillis, values)
                    : new EngineRun.Stage(ExactStatus.NO_PLAN, null, Double.NaN, Double.NaN, "no time left");
            if (second.hasPlan()) {
                values = values(model, second.values());
                double secondBound = boundOf(model, second);
                bound = Double.isNaN(bound) ? secondBound : Math.min(bound, secondBound);
                secondStatus = second.status();
            }
        }
        long unguardedObjective = Math.round(model.objective.eval(values));
        CvGuard.Result guard = guarded
                ? new CvGuard(settings).run(model, values, deadlines, overrun, stop)
                : new CvGuard.Result("", values);
        values = guard.values();
        long objective = Math.round(model.objective.eval(values));
        ExactStatus status = secondStatus == ExactStatus.OPTIMAL ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE;
        Map<Rotation, School> destinations = model.destinations(values);
        String message = String.format("%s: shortfall %d%s, objective %,d%s, bound %s (%s%s)%s", status, shortfall,
                shortfallLower >= shortfall ? " (least possible)" : " (at least " + shortfallLower + ")",
                objective, unguardedObjective == objective ? ""
                        : String.format(" (%,d before the CV guard)", unguardedObjective), Double.isNaN(bound) ? "none" : String.format("%,.0f", bound), size,
                aggregate ? "; aggregated: the bound is that of a relaxation" : "", guard.note());
        if (shortfall > 0 && shortfallLower >= shortfall
                && millisUntil(deadline) > plan.getRotations().size() / ROTATIONS_PER_REPORT_MILLI) {
            // Proven least: say which rule no plan can meet, when there is time for the KPIs' report.
            message += impossibleRules(plan);
        }
        LOG.info("Exact core ({}): {} in {} ms", engine, message, (System.nanoTime() - start) / 1_000_000);
        return new Result(new ExactBound(status, engine, shortfall, shortfallLower, objective, unguardedObjective, bound,
                secondsSince(start), model.pairCount(), model.groups.size(), aggregate, message), destinations);
    }

    /** The rules no plan can meet, from the KPIs' infeasibility report: why the least shortfall is not 0. */
    private static String impossibleRules(RotationPlan plan) {
        List<Shortfall> impossible = KpiCalculator.calculate(plan).shortfalls().stream()
                .filter(Shortfall::impossible).toList();
        if (impossible.isEmpty()) {
            return "";
        }
        return "; " + impossible.stream().map(s -> s.en() + " (short by " + s.shortfall() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The plan's current destinations (all stay, or a warm start) as a complete hint for the first stage. */
    static Map<MPVariable, Double> currentPlanHint(CoreModel model) {
        Map<MPVariable, Double> hint = new HashMap<>();
        for (CoreModel.Pair pair : model.pairs) {
            long count = pair.group().members().stream().filter(r -> r.getDestination() == pair.destination())
                    .count();
            hint.put(pair.variable(), (double) count);
        }
        return model.completeHint(hint);
    }

    static Map<MPVariable, Double> values(CoreModel model, double[] byIndex) {
        Map<MPVariable, Double> values = new HashMap<>();
        for (MPVariable variable : model.variables()) {
            values.put(variable, byIndex[variable.index()]);
        }
        return values;
    }

    private static Result without(ExactStatus status, String engine, long start, long pairs, String message) {
        LOG.warn("Exact core ({}): {}", engine, message);
        return new Result(ExactBound.without(status, engine, secondsSince(start), pairs, message), Map.of());
    }

    /**
     * The most of the model's second objective that a stage of it (the objective set to it, maximised) proves: its
     * plan's when optimal, the engine's dual bound otherwise; NaN without a plan or a bound.
     */
    static double boundOf(CoreModel model, EngineRun.Stage stage) {
        if (!stage.hasPlan()) {
            return Double.NaN;
        }
        return stage.status() == ExactStatus.OPTIMAL ? Math.round(model.objective.eval(values(model, stage.values())))
                : stage.bound() + model.objective.constant;
    }

    /** The time OR-Tools takes to hand the engine the model, kept back from each stage's limit. */
    static long handoverMillis(MPSolver solver) {
        return solver.numVariables() / VARIABLES_PER_HANDOVER_MILLI;
    }


    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
