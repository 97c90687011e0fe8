package org.lungang.solver.kpi;

/**
 * Commutes of the teachers who move, to their new school.
 *
 * @param movers teachers who move
 * @param meanKm mean commute, 0 when nobody moves
 * @param maxKm longest commute, 0 when nobody moves
 * @param limitKm the policy's commute limit beyond which turnover housing is needed
 * @param beyondLimit movers whose commute exceeds the limit
 */
public record CommuteKpis(int movers, double meanKm, double maxKm, double limitKm, int beyondLimit) {
}
