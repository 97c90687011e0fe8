/**
 * The exact core: the linear part of the rotation rules as a mixed-integer model (OR-Tools' MPSolver, CP-SAT or
 * HiGHS), solved lexicographically (quota shortfall, then 100 × scarcity × posts filled − km) as Timefold's first
 * phase, with the bound it proves recorded on the plan ({@link org.lungang.solver.exact.ExactBound}).
 */
package org.lungang.solver.exact;
