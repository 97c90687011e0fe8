package org.lungang.benchmarks.baseline;

import org.lungang.solver.domain.RotationPlan;

/**
 * A way to make a rotation plan without the solver, as a county office might. A baseline writes destinations into
 * the plan's rotations and never assumes the result legal: the benchmark scores it with the solver's constraints.
 */
public interface Baseline {

    /** The name in the benchmark summary. */
    String name();

    /** Replaces the destinations of the plan's unpinned rotations with this baseline's choices. */
    void plan(RotationPlan plan);
}
