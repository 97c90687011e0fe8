package org.lungang.solver.exact;

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
        long start = System.nanoTime();
        long deadline = start + limit.toNanos() - MARGIN_MILLIS * 1_000_000;
        String engine = settings.engine().name();
        String error = loadNative();
        if (error != null) {
            return without(ExactStatus.UNAVAILABLE, engine, start, 0,
                    "OR-Tools could not load its native library (" + error + "): construction heuristic instead");
        }
        long loaded = System.nanoTime();
        CoreModel.Candidates candidates = new CoreModel.Candidates(plan, settings);
        long[] counts = { candidates.pairs(false), candidates.pairs(true) };
        LOG.info("Exact core ({}): native library {} ms, {} pairs counted in {} ms", engine,
                (loaded - start) / 1_000_000, counts[0], (System.nanoTime() - loaded) / 1_000_000);
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
            return solve(plan, candidates, solver, aggregate, start, deadline, stop, counts);
        } finally {
            solver.delete();
        }
    }

    private Result solve(RotationPlan plan, CoreModel.Candidates candidates, MPSolver solver, boolean aggregate, long start, long deadline,
            BooleanSupplier stop, long[] counts) {
        String engine = settings.engine().name();
        configure(solver);
        long building = System.nanoTime();
        CoreModel model = new CoreModel(candidates, aggregate, solver);
        String size = String.format("%,d pairs%s, %,d variables, %,d constraints", model.pairCount(),
                aggregate ? String.format(" (%,d teachers in %,d groups; %,d pairs unaggregated)", model.free.size(),
                        model.groups.size(), counts[0]) : "", solver.numVariables(), solver.numConstraints());
        LOG.info("Exact core ({}): {} built in {} ms", engine, size, (System.nanoTime() - building) / 1_000_000);
        if (settings.engine() == Engine.CP_SAT) {
            // HiGHS through MPSolver crashes on a hint (HighsSolveProto, 9.15).
            hintCurrentPlan(model);
        }
        Thread watchdog = watchdog(solver, stop);
        try {
            // Stage 1: the least quota shortfall.
            model.setObjective(model.shortfall, false);
            long remaining = millisUntil(deadline);
            if (remaining <= 0) {
                return without(ExactStatus.NO_PLAN, engine, start, model.pairCount(),
                        "no time left for the exact phase after building its model (" + size + ")");
            }
            solver.setTimeLimit(Math.max(1, (long) (remaining * settings.firstStageShare())));
            MPSolver.ResultStatus first = run(solver);
            if (first != MPSolver.ResultStatus.OPTIMAL && first != MPSolver.ResultStatus.FEASIBLE) {
                return without(ExactStatus.NO_PLAN, engine, start, model.pairCount(),
                        "no plan of the exact core within its time (" + first + "; " + size + ")");
            }
            double shortfallConstant = model.constantOf(model.shortfall);
            long shortfall = Math.round(solver.objective().value() + shortfallConstant);
            long shortfallLower = first == MPSolver.ResultStatus.OPTIMAL ? shortfall
                    : (long) Math.ceil(solver.objective().bestBound() + shortfallConstant - 1e-6);
            Map<MPVariable, Double> values = values(model);
            // Stage 2: the most posts filled less km, the shortfall held.
            model.capShortfall(shortfall);
            model.setObjective(model.objective, true);
            if (settings.engine() == Engine.CP_SAT) {
                setHint(solver, values);
            }
            remaining = millisUntil(deadline);
            MPSolver.ResultStatus second = MPSolver.ResultStatus.NOT_SOLVED;
            double bound = Double.NaN;
            long objective;
            if (remaining > 0 && !stop.getAsBoolean()) {
                solver.setTimeLimit(remaining);
                second = run(solver);
            }
            double constant = model.constantOf(model.objective);
            if (second == MPSolver.ResultStatus.OPTIMAL || second == MPSolver.ResultStatus.FEASIBLE) {
                values = values(model);
                objective = Math.round(solver.objective().value() + constant);
                bound = second == MPSolver.ResultStatus.OPTIMAL ? objective
                        : solver.objective().bestBound() + constant;
            } else {
                objective = Math.round(evaluate(model, values) + constant);
            }
            ExactStatus status = first == MPSolver.ResultStatus.OPTIMAL && second == MPSolver.ResultStatus.OPTIMAL
                    ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE;
            Map<Rotation, School> destinations = model.destinations(values);
            String message = String.format("%s: shortfall %d%s, objective %,d, bound %s (%s%s)", status, shortfall,
                    shortfallLower >= shortfall ? " (least possible)" : " (at least " + shortfallLower + ")",
                    objective, Double.isNaN(bound) ? "none" : String.format("%,.0f", bound), size,
                    aggregate ? "; aggregated: the bound is that of a relaxation" : "");
            if (shortfall > 0) {
                message += impossibleRules(plan);
            }
            LOG.info("Exact core ({}): {} in {} ms", engine, message, (System.nanoTime() - start) / 1_000_000);
            return new Result(new ExactBound(status, engine, shortfall, shortfallLower, objective, bound,
                    secondsSince(start), model.pairCount(), model.groups.size(), aggregate, message), destinations);
        } finally {
            watchdog.interrupt();
            try {
                watchdog.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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

    /**
     * Solves. HiGHS stopped by the time limit with a plan ends with a status MPSolver's Java enum does not know (99
     * in 9.15): the plan counts as FEASIBLE when it satisfies every constraint, otherwise as not solved.
     */
    private static MPSolver.ResultStatus run(MPSolver solver) {
        try {
            return solver.solve();
        } catch (IllegalArgumentException unknownStatus) {
            boolean feasible = solver.verifySolution(1e-6, false);
            LOG.info("Exact core: the engine ended with a status MPSolver does not know ({}); its plan is {}",
                    unknownStatus.getMessage(), feasible ? "feasible" : "not feasible");
            return feasible ? MPSolver.ResultStatus.FEASIBLE : MPSolver.ResultStatus.NOT_SOLVED;
        }
    }

    private void configure(MPSolver solver) {
        if (Boolean.getBoolean("lungang.exact.verbose")) {
            solver.enableOutput();
        } else {
            solver.suppressOutput();
        }
        if (settings.engine() == Engine.CP_SAT) {
            solver.setSolverSpecificParametersAsString(
                    System.getProperty("lungang.cpsat", "num_workers:" + settings.workers() + " cp_model_presolve:false"));
        } else {
            solver.setNumThreads(settings.workers());
        }
    }

    /** The plan's current destinations (all stay, or a warm start) guide the first stage. */
    private static void hintCurrentPlan(CoreModel model) {
        Map<MPVariable, Double> hint = new HashMap<>();
        for (CoreModel.Pair pair : model.pairs) {
            long count = pair.group().members().stream().filter(r -> r.getDestination() == pair.destination())
                    .count();
            hint.put(pair.variable(), (double) count);
        }
        setHint(model.solver, model.completeHint(hint));
    }

    private static void setHint(MPSolver solver, Map<MPVariable, Double> values) {
        MPVariable[] variables = values.keySet().toArray(MPVariable[]::new);
        double[] hint = new double[variables.length];
        for (int i = 0; i < variables.length; i++) {
            hint[i] = values.get(variables[i]);
        }
        solver.setHint(variables, hint);
    }

    private static Map<MPVariable, Double> values(CoreModel model) {
        Map<MPVariable, Double> values = new HashMap<>();
        for (MPVariable variable : model.variables()) {
            values.put(variable, variable.solutionValue());
        }
        return values;
    }

    /** The second objective at the first stage's solution (when the second stage found nothing better). */
    private static double evaluate(CoreModel model, Map<MPVariable, Double> values) {
        double value = 0;
        var objective = model.solver.objective();
        for (Map.Entry<MPVariable, Double> entry : values.entrySet()) {
            value += objective.getCoefficient(entry.getKey()) * entry.getValue();
        }
        return value;
    }

    /** Interrupts the engine when the solver is terminated from outside (early termination, a shorter limit). */
    private static Thread watchdog(MPSolver solver, BooleanSupplier stop) {
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (stop.getAsBoolean()) {
                        solver.interruptSolve();
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "exact-core-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Result without(ExactStatus status, String engine, long start, long pairs, String message) {
        LOG.warn("Exact core ({}): {}", engine, message);
        return new Result(ExactBound.without(status, engine, secondsSince(start), pairs, message), Map.of());
    }

    private static long millisUntil(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
