package org.lungang.benchmarks;

import java.util.Map;

/**
 * One line of the summary: one solver or baseline on one dataset, all figures measured in the same run.
 *
 * @param legal hard score 0 under the solver's own constraints
 * @param shortageFilled shortage posts filled (open posts before minus after, summed over schools and subjects)
 * @param weightedShortageFilled the same, each post weighted by its subject's scarcity (the solver's objective)
 * @param quotaShortfall heads missing from the policy quotas ({@link org.lungang.solver.kpi.PlanKpis#quotaShortfall()})
 * @param schoolQuotasMet sending schools that meet their rotation quota, of {@code quotaSchools}
 * @param coefficients the coefficient of variation per indicator ("PRIMARY BACKBONE" …), before and after
 * @param firstLegalSeconds time to the first plan with hard score 0 (0 when the start is already legal), or NaN
 * @param seconds wall time of the whole run
 * @param moveEvaluationSpeed moves evaluated per second (Timefold only), or -1
 * @param peakMemoryMb peak heap used during the run
 * @param exactStatus the status of the row's own exact core (exact alone, or the hybrid's first phase), or empty
 * @param exactBound the bound its exact core proved on 100 × scarcity × posts filled − km, or NaN
 * @param guardCostPercent how much of the bound its exact core's CV guard gave up for the national indicators
 *        ({@link org.lungang.solver.exact.ExactBound#guardCostPercent()}), or NaN
 * @param coreObjective the plan's 100 × scarcity × shortage posts filled − commute km ({@code CoreObjective})
 * @param gapToBoundPercent how far {@code coreObjective} is below the best bound proven on the dataset in this run
 *        that covers the plan's quota shortfall, in percent of that bound (negative: above it), or NaN
 * @param guardedBound the bound on {@code coreObjective} for plans that miss no more quota heads and raise no official
 *        CV above this plan ({@link org.lungang.solver.exact.GuardedBound}), or NaN when not measured
 * @param note what the reader should know (exact status and bound, a start already legal…)
 */
public record BenchRow(String dataset, String solver, boolean legal, String score, int rotated, int shortageFilled,
        long weightedShortageFilled, long quotaShortfall, int schoolQuotasMet, int quotaSchools,
        Map<String, double[]> coefficients, double meanCommuteKm, double firstLegalSeconds, double seconds,
        long moveEvaluationSpeed, long peakMemoryMb, String exactStatus, double exactBound, double guardCostPercent,
        long coreObjective,
        double gapToBoundPercent, double guardedBound, String note) {

    /** The same row with more to say in its note. */
    public BenchRow withNote(String more) {
        return more.isEmpty() ? this : new BenchRow(dataset, solver, legal, score, rotated, shortageFilled,
                weightedShortageFilled, quotaShortfall, schoolQuotasMet, quotaSchools, coefficients, meanCommuteKm,
                firstLegalSeconds, seconds, moveEvaluationSpeed, peakMemoryMb, exactStatus, exactBound,
                guardCostPercent, coreObjective, gapToBoundPercent, guardedBound, note.isEmpty() ? more : note + "; " + more);
    }

    /** The same row with its gap to the dataset's best bound. */
    public BenchRow withGap(double gapPercent) {
        return new BenchRow(dataset, solver, legal, score, rotated, shortageFilled, weightedShortageFilled,
                quotaShortfall, schoolQuotasMet, quotaSchools, coefficients, meanCommuteKm, firstLegalSeconds, seconds,
                moveEvaluationSpeed, peakMemoryMb, exactStatus, exactBound, guardCostPercent, coreObjective, gapPercent,
                guardedBound, note);
    }

    /** The same row with its guarded bound. */
    public BenchRow withGuardedBound(double bound) {
        return new BenchRow(dataset, solver, legal, score, rotated, shortageFilled, weightedShortageFilled,
                quotaShortfall, schoolQuotasMet, quotaSchools, coefficients, meanCommuteKm, firstLegalSeconds, seconds,
                moveEvaluationSpeed, peakMemoryMb, exactStatus, exactBound, guardCostPercent, coreObjective,
                gapToBoundPercent, bound, note);
    }

    /** How far {@code coreObjective} is below the guarded bound, in percent of it; NaN without one. */
    public double gapToGuardedBoundPercent() {
        return Double.isNaN(guardedBound) || guardedBound <= 0 ? Double.NaN
                : 100.0 * (guardedBound - coreObjective) / guardedBound;
    }
}
