package org.lungang.solver.exact;

/** The MIP engine behind OR-Tools' MPSolver that solves the core. */
public enum Engine {
    /** CP-SAT with presolve off (its presolve stalls on assignment models of this shape), two workers. */
    CP_SAT,
    /** HiGHS' branch and cut. */
    HIGHS,
    /** SCIP's branch and cut: stopped by its time limit, it hands back its incumbent and its dual bound. */
    SCIP
}
