package org.lungang.solver.exact;

/** The MIP engine behind OR-Tools' MPSolver that solves the core. */
public enum Engine {
    /** CP-SAT with presolve off (its presolve stalls on assignment models of this shape), two workers. */
    CP_SAT,
    /** HiGHS' branch and cut. */
    HIGHS
}
