package org.lungang.solver.kpi;

/**
 * One school's value of an indicator.
 *
 * @param countBefore indicator teachers working at the school before the plan, principals excluded
 * @param countAfter indicator teachers working at the school after the plan (secondees at their host)
 * @param per100Before count before × 100 / students
 * @param per100After count after × 100 / students
 */
public record SchoolIndicator(String schoolId, int students, int countBefore, int countAfter, double per100Before,
        double per100After) {
}
