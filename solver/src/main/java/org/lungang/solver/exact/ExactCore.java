package org.lungang.solver.exact;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.PartialVariableAssignment;

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
    /**
     * The engine's limit starts after OR-Tools has handed it the model: about 2 s for the county tier's 90,000
     * variables on 2 busy cores (measured with SCIP), so about 1 ms per 45 variables is kept back from the first
     * stage; the second stage keeps back what the first overran.
     */
    private static final long VARIABLES_PER_HANDOVER_MILLI = 45;
    /** The guarded stage is built only with at least this much time left (building it takes seconds at 12,000). */
    private static final long GUARD_MIN_MILLIS = 5_000;
    /** Engines report an infinite bound as a huge number (SCIP's 1e20): no bound. */
    private static final double NO_BOUND = 1e15;

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
        Candidates candidates = new Candidates(plan, settings);
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

    /** What one stage returned: its status, the value of every variable by index, the objective and its bound. */
    private record Stage(ExactStatus status, double[] values, double objective, double bound, String engineStatus) {
        boolean hasPlan() {
            return status == ExactStatus.OPTIMAL || status == ExactStatus.FEASIBLE;
        }
    }

    private Result solve(RotationPlan plan, Candidates candidates, MPSolver solver, boolean aggregate,
            long start, long deadline, BooleanSupplier stop, long[] counts) {
        String engine = settings.engine().name();
        long building = System.nanoTime();
        CoreModel model = new CoreModel(candidates, aggregate, solver);
        String size = String.format("%,d pairs%s, %,d variables, %,d constraints", model.pairCount(),
                aggregate ? String.format(" (%,d teachers in %,d groups; %,d pairs unaggregated)", model.free.size(),
                        model.groups.size(), counts[0]) : "", solver.numVariables(), solver.numConstraints());
        LOG.info("Exact core ({}): {} built in {} ms", engine, size, (System.nanoTime() - building) / 1_000_000);
        // Stage 1: the least quota shortfall, from the plan as it is (all stay, or a warm start).
        model.setObjective(model.shortfall, false);
        long remaining = millisUntil(deadline);
        if (remaining <= 0 || stop.getAsBoolean()) {
            return without(ExactStatus.NO_PLAN, engine, start, model.pairCount(),
                    "no time left for the exact phase after building its model (" + size + ")");
        }
        long firstMillis = Math.max(100, (long) (remaining * settings.firstStageShare())
                - handoverMillis(solver));
        long firstStart = System.nanoTime();
        Stage first = run(solver, firstMillis, currentPlanHint(model));
        long overrun = Math.max(0, millisUntil(firstStart) * -1 - firstMillis);
        if (!first.hasPlan()) {
            return without(ExactStatus.NO_PLAN, engine, start, model.pairCount(),
                    "no plan of the exact core within its time (" + first.engineStatus() + "; " + size + ")");
        }
        long shortfall = Math.round(model.shortfall.eval(values(model, first.values())));
        long shortfallLower = first.status() == ExactStatus.OPTIMAL ? shortfall
                : (long) Math.ceil(first.bound() + model.shortfall.constant - 1e-6);
        Map<MPVariable, Double> values = values(model, first.values());
        // Stage 2: the most posts filled less km, the shortfall held: the proven bound.
        model.capShortfall(shortfall);
        model.setObjective(model.objective, true);
        boolean guarded = settings.guardShare() > 0 && plan.getPolicy().indicatorsMustNotWorsen() && !aggregate;
        // Every stage hands the model over again: its time is kept back from each (and what the first overran).
        remaining = millisUntil(deadline) - overrun - handoverMillis(solver);
        long secondMillis = guarded ? (long) (remaining * (1 - settings.guardShare())) : remaining;
        Stage second = secondMillis > 0 && !stop.getAsBoolean() ? run(solver, secondMillis, values)
                : new Stage(ExactStatus.NO_PLAN, null, Double.NaN, Double.NaN, "no time left");
        double bound = Double.NaN;
        if (second.hasPlan()) {
            values = values(model, second.values());
            bound = second.status() == ExactStatus.OPTIMAL ? Math.round(model.objective.eval(values))
                    : second.bound() + model.objective.constant;
        }
        Guarded guard = guarded ? guard(model, values, deadline, overrun, stop) : new Guarded("", values);
        values = guard.values();
        long objective = Math.round(model.objective.eval(values));
        ExactStatus status = first.status() == ExactStatus.OPTIMAL && second.status() == ExactStatus.OPTIMAL
                ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE;
        Map<Rotation, School> destinations = model.destinations(values);
        String message = String.format("%s: shortfall %d%s, objective %,d, bound %s (%s%s)%s", status, shortfall,
                shortfallLower >= shortfall ? " (least possible)" : " (at least " + shortfallLower + ")",
                objective, Double.isNaN(bound) ? "none" : String.format("%,.0f", bound), size,
                aggregate ? "; aggregated: the bound is that of a relaxation" : "", guard.note());
        if (shortfall > 0 && shortfallLower >= shortfall && millisUntil(deadline) > 0) {
            // Proven least: say which rule no plan can meet (the KPIs' report takes seconds at 12,000 teachers).
            message += impossibleRules(plan);
        }
        LOG.info("Exact core ({}): {} in {} ms", engine, message, (System.nanoTime() - start) / 1_000_000);
        return new Result(new ExactBound(status, engine, shortfall, shortfallLower, objective, bound,
                secondsSince(start), model.pairCount(), model.groups.size(), aggregate, message), destinations);
    }

    /** What the guarded stage did (for the log and the bound's message) and the plan it leaves. */
    private record Guarded(String note, Map<MPVariable, Double> values) {
    }

    /**
     * Stage 3: with the shortfall still held, the second objective less {@code guardWeight} per thousandth of official
     * CV rise ({@link IndicatorRows}), from the second stage's plan; its plan replaces that one when it rises less.
     */
    private Guarded guard(CoreModel model, Map<MPVariable, Double> values, long deadline, long overrun,
            BooleanSupplier stop) {
        if (millisUntil(deadline) - overrun < GUARD_MIN_MILLIS || stop.getAsBoolean()) {
            return new Guarded("; no time left for the CV guard", values);
        }
        long building = System.nanoTime();
        Lin rise = IndicatorRows.add(model);
        if (!rise.hasVariables()) {
            return new Guarded("", values);
        }
        Lin penalised = new Lin().addAll(model.objective, 1).addAll(rise, -settings.guardWeight());
        model.setObjective(penalised, true);
        Map<MPVariable, Double> hint = model.completeHint(values);
        double riseBefore = rise.eval(hint);
        long millis = millisUntil(deadline) - overrun - handoverMillis(model.solver);
        LOG.info("Exact core ({}): CV guard of {} rows built in {} ms, {} ms left", settings.engine(),
                model.solver.numConstraints(), (System.nanoTime() - building) / 1_000_000, millis);
        if (riseBefore < 0.5) {
            // Nothing to repair: the guarded stage could only spend the time local search would use.
            return new Guarded("; CV guard: no rise to repair", values);
        }
        if (millis <= 100 || stop.getAsBoolean()) {
            return new Guarded("; no time left for the CV guard", values);
        }
        Stage third = run(model.solver, millis, hint);
        if (!third.hasPlan()) {
            return new Guarded("; CV guard found no plan (" + third.engineStatus() + ")", values);
        }
        Map<MPVariable, Double> guarded = values(model, third.values());
        double riseAfter = rise.eval(guarded);
        if (penalised.eval(guarded) < penalised.eval(hint)) {
            return new Guarded(String.format("; CV guard kept the unguarded plan (rise about %.0f‰)", riseBefore),
                    values);
        }
        return new Guarded(String.format("; CV guard: rise about %.0f‰ → %.0f‰ (%s)", riseBefore, riseAfter,
                third.status().name().toLowerCase(java.util.Locale.ROOT)), guarded);
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
     * Solves the model as it stands through a model request (MPSolver's own solve loses HiGHS' plan when the time
     * limit stops it: it ends with a status its Java enum does not know, 99 in 9.15, and no solution loaded; SCIP,
     * the default, hands back its incumbent and dual bound as FEASIBLE). The hint goes to SCIP and CP-SAT, never to
     * HiGHS (it crashes on one in 9.15). {@code -Dlungang.exact.params} passes SCIP's or HiGHS' own parameters.
     */
    private Stage run(MPSolver solver, long millis, Map<MPVariable, Double> hint) {
        MPModelProto.Builder proto = solver.exportModelToProto().toBuilder();
        boolean cpSat = settings.engine() == Engine.CP_SAT;
        if (settings.engine() != Engine.HIGHS && !hint.isEmpty()) {
            PartialVariableAssignment.Builder assignment = PartialVariableAssignment.newBuilder();
            hint.forEach((variable, value) -> assignment.addVarIndex(variable.index()).addVarValue(value));
            proto.setSolutionHint(assignment);
        }
        MPModelRequest.Builder request = MPModelRequest.newBuilder().setModel(proto)
                .setSolverTimeLimitSeconds(Math.max(0.1, millis / 1000.0))
                .setEnableInternalSolverOutput(Boolean.getBoolean("lungang.exact.verbose"))
                .setSolverType(switch (settings.engine()) {
                    case CP_SAT -> MPModelRequest.SolverType.SAT_INTEGER_PROGRAMMING;
                    case SCIP -> MPModelRequest.SolverType.SCIP_MIXED_INTEGER_PROGRAMMING;
                    case HIGHS -> MPModelRequest.SolverType.HIGHS_MIXED_INTEGER_PROGRAMMING;
                });
        if (cpSat) {
            request.setSolverSpecificParameters(System.getProperty("lungang.cpsat",
                    "num_workers:" + settings.workers() + " cp_model_presolve:false"));
        } else if (System.getProperty("lungang.exact.params") != null) {
            request.setSolverSpecificParameters(System.getProperty("lungang.exact.params"));
        }
        long started = System.nanoTime();
        MPSolutionResponse response = MPSolver.solveWithProto(request.build());
        LOG.info("Exact core ({}): stage of {} ms ended {} in {} ms", settings.engine(), millis,
                response.getStatus(), (System.nanoTime() - started) / 1_000_000);
        MPSolverResponseStatus engineStatus = response.getStatus();
        boolean hasValues = response.getVariableValueCount() == solver.numVariables();
        ExactStatus status = switch (engineStatus) {
            case MPSOLVER_OPTIMAL -> ExactStatus.OPTIMAL;
            case MPSOLVER_FEASIBLE -> ExactStatus.FEASIBLE;
            // HiGHS stopped by the time limit with a plan.
            case MPSOLVER_UNKNOWN_STATUS, MPSOLVER_NOT_SOLVED -> hasValues ? ExactStatus.FEASIBLE : ExactStatus.NO_PLAN;
            default -> ExactStatus.NO_PLAN;
        };
        if (status != ExactStatus.NO_PLAN && !hasValues) {
            status = ExactStatus.NO_PLAN;
        }
        double[] values = hasValues
                ? response.getVariableValueList().stream().mapToDouble(Double::doubleValue).toArray() : null;
        double bound = response.hasBestObjectiveBound() ? response.getBestObjectiveBound() : Double.NaN;
        return new Stage(status, values, response.getObjectiveValue(), Math.abs(bound) >= NO_BOUND ? Double.NaN : bound,
                engineStatus + (response.hasStatusStr() ? " " + response.getStatusStr() : ""));
    }

    /** The plan's current destinations (all stay, or a warm start) as a complete hint for the first stage. */
    private static Map<MPVariable, Double> currentPlanHint(CoreModel model) {
        Map<MPVariable, Double> hint = new HashMap<>();
        for (CoreModel.Pair pair : model.pairs) {
            long count = pair.group().members().stream().filter(r -> r.getDestination() == pair.destination())
                    .count();
            hint.put(pair.variable(), (double) count);
        }
        return model.completeHint(hint);
    }

    private static Map<MPVariable, Double> values(CoreModel model, double[] byIndex) {
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

    /** The time OR-Tools takes to hand the engine the model, kept back from each stage's limit. */
    private static long handoverMillis(MPSolver solver) {
        return solver.numVariables() / VARIABLES_PER_HANDOVER_MILLI;
    }

    private static long millisUntil(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
