package org.lungang.solver.exact;

/** How the exact core phase ended. */
public enum ExactStatus {
    /** Both stages proved optimal: the exact plan is the best of the core at the least shortfall. */
    OPTIMAL,
    /** A plan and a bound, optimality not proved within the phase's time. */
    FEASIBLE,
    /** No plan within the phase's time: construction and local search start from the plan as it was. */
    NO_PLAN,
    /** Too many pairs even aggregated: the phase did not run. */
    TOO_BIG,
    /** The OR-Tools native library could not load on this machine: the phase did not run. */
    UNAVAILABLE
}
