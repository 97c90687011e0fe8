package org.lungang.solver.exact;

import java.util.Map;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.PartialVariableAssignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One stage of the core model handed to its engine: the request, the engine's answer as a status and values. */
final class EngineRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExactCore.class);
    /** Engines report an infinite bound as a huge number (SCIP's 1e20): no bound. */
    private static final double NO_BOUND = 1e15;

    private EngineRun() {
    }

    /** What one stage returned: its status, the value of every variable by index, the objective and its bound. */
    record Stage(ExactStatus status, double[] values, double objective, double bound, String engineStatus) {
        boolean hasPlan() {
            return status == ExactStatus.OPTIMAL || status == ExactStatus.FEASIBLE;
        }
    }

    /**
     * Solves the model as it stands through a model request (MPSolver's own solve loses HiGHS' plan when the time
     * limit stops it: it ends with a status its Java enum does not know, 99 in 9.15, and no solution loaded; SCIP,
     * the default, hands back its incumbent and dual bound as FEASIBLE). The hint goes to SCIP and CP-SAT, never to
     * HiGHS (it crashes on one in 9.15). {@code -Dlungang.exact.params} passes SCIP's or HiGHS' own parameters.
     */
    static Stage run(ExactSettings settings, MPSolver solver, long millis, Map<MPVariable, Double> hint) {
        return run(settings, solver, millis, hint, 0);
    }

    /**
     * As {@link #run(ExactSettings, MPSolver, long, Map)}, stopping once the plan is proven within this relative gap
     * of the best (0: to optimality).
     */
    static Stage run(ExactSettings settings, MPSolver solver, long millis, Map<MPVariable, Double> hint,
            double relativeGap) {
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
        String gap = relativeGap <= 0 ? "" : switch (settings.engine()) {
            case CP_SAT -> " relative_gap_limit:" + relativeGap;
            case SCIP -> "limits/gap = " + relativeGap + "\n";
            // OR-Tools 9.15's proto path for HiGHS takes no parameter string measured here: to optimality.
            case HIGHS -> "";
        };
        if (cpSat) {
            request.setSolverSpecificParameters(System.getProperty("lungang.cpsat",
                    "num_workers:" + settings.workers() + " cp_model_presolve:false") + gap);
        } else if (System.getProperty("lungang.exact.params") != null || !gap.isEmpty()) {
            request.setSolverSpecificParameters(gap + System.getProperty("lungang.exact.params", ""));
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

    /**
     * The optimum of the linear relaxation of the model as it stands (GLOP: every integer relaxed, the hint left out)
     * for this objective, its constant included; NaN when not proven optimal within the time.
     */
    static double relaxedOptimum(MPSolver solver, Lin objective, boolean maximise, long millis) {
        MPSolutionResponse response = relaxed(solver, objective, maximise, millis);
        return response.getStatus() != MPSolverResponseStatus.MPSOLVER_OPTIMAL ? Double.NaN
                : response.getObjectiveValue() + objective.constant;
    }

    private static MPSolutionResponse relaxed(MPSolver solver, Lin objective, boolean maximise, long millis) {
        MPModelProto.Builder relaxed = solver.exportModelToProto().toBuilder().clearSolutionHint();
        for (int i = 0; i < relaxed.getVariableCount(); i++) {
            relaxed.getVariableBuilder(i).setIsInteger(false).setObjectiveCoefficient(0);
        }
        relaxed.setObjectiveOffset(0);
        objective.terms.forEach((variable, c) -> relaxed.getVariableBuilder(variable.index()).setObjectiveCoefficient(c));
        return MPSolver.solveWithProto(MPModelRequest.newBuilder().setModel(relaxed.setMaximize(maximise))
                .setSolverType(MPModelRequest.SolverType.GLOP_LINEAR_PROGRAMMING)
                .setSolverTimeLimitSeconds(Math.max(0.1, millis / 1000.0)).build());
    }

    /** Milliseconds from now until a deadline on {@link System#nanoTime()} (negative once it is past). */
    static long millisUntil(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }
}
