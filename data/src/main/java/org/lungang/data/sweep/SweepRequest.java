package org.lungang.data.sweep;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.lungang.solver.domain.RotationPlan;

/**
 * What to sweep.
 *
 * @param problemName shown in the outputs
 * @param base the problem, with the planner's decisions (pins, forbidden schools; unpinned destinations are the
 *        warm start of each chain's first point); it is read, never changed
 * @param parameters one or two parameters; two make a grid
 * @param timePerPoint the solver's time limit at each point
 * @param parallel solvers to run at once (at least 1); fewer run when there are fewer chains to split, or too little
 *        memory
 */
public record SweepRequest(String problemName, RotationPlan base, List<SweepParameter> parameters,
        Duration timePerPoint, int parallel) {

    public SweepRequest {
        Objects.requireNonNull(base, "base");
        parameters = List.copyOf(parameters);
        if (parameters.isEmpty() || parameters.size() > 2) {
            throw new IllegalArgumentException("Sweep one or two parameters, not " + parameters.size());
        }
        if (parameters.size() == 2 && parameters.get(0).target().equals(parameters.get(1).target())) {
            throw new SweepParameterException(parameters.get(1).name(), SweepParameterException.Reason.SWEPT_TWICE);
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, was " + parallel);
        }
    }

    /** Solvers to run at once by default: one per core, at most two. */
    public static int defaultParallel() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public int pointCount() {
        return parameters.stream().mapToInt(p -> p.values().size()).reduce(1, (a, b) -> a * b);
    }
}
