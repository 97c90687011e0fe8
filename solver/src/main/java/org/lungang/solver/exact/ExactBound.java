package org.lungang.solver.exact;

/**
 * What the exact core phase proved about a plan's problem: the best plan it found for the linear core of the rules
 * and the bound on how good any plan can be at that quota shortfall.
 *
 * @param status how the exact phase ended
 * @param engine the MIP engine ({@code SCIP}, {@code HIGHS} or {@code CP_SAT}), empty when it did not run
 * @param quotaShortfall heads of quota shortfall of the exact plan (the first, lexicographic objective)
 * @param shortfallLowerBound no plan of the core misses fewer heads; equal to {@code quotaShortfall} when proven
 * @param objective the exact plan's 100 × scarcity × shortage posts filled − commute km
 * @param unguardedObjective the same for the best plan before the CV guard traded some of it for the national
 *        indicators (equal to {@code objective} when the guard did not run or changed nothing); a proven optimum
 *        when the status is {@code OPTIMAL}
 * @param bound an upper bound on that objective for any plan with at most {@code quotaShortfall} heads of shortfall
 *        (principals where they are), NaN when none was proven
 * @param seconds wall time of the exact phase
 * @param pairs (group of teachers, destination) pairs in the model
 * @param groups groups of interchangeable teachers (equal to the free teachers when not aggregated)
 * @param aggregated interchangeable teachers were counted as groups (the model is then a relaxation: its bound is a
 *        bound, its plan may need repairs by local search)
 * @param message what happened, for the log and the plan: the fallback taken, rules no plan can meet
 */
public record ExactBound(ExactStatus status, String engine, long quotaShortfall, long shortfallLowerBound,
        long objective, long unguardedObjective, double bound, double seconds, long pairs, int groups, boolean aggregated, String message) {

    /** The bound when the exact phase found no plan or did not run. */
    public static ExactBound without(ExactStatus status, String engine, double seconds, long pairs, String message) {
        return new ExactBound(status, engine, -1, 0, 0, 0, Double.NaN, seconds, pairs, 0, false, message);
    }

    /** A bound was proven (the phase ran and found a plan). */
    public boolean hasBound() {
        return !Double.isNaN(bound) && (status == ExactStatus.OPTIMAL || status == ExactStatus.FEASIBLE);
    }

    /** The shortfall is proven least: no plan of the core meets more of the quotas. */
    public boolean shortfallProven() {
        return hasBound() && shortfallLowerBound >= quotaShortfall;
    }

    /**
     * Whether the bound speaks for a plan with this quota shortfall: it bounds every plan that misses no more heads
     * than the exact plan.
     */
    public boolean covers(long planShortfall) {
        return hasBound() && planShortfall <= quotaShortfall;
    }

    /**
     * How far the plan's objective (100 × scarcity × posts filled − km, see {@link CoreObjective}) is below the bound,
     * in percent of the bound; 0 or less means at the bound. NaN without a bound or when the bound is not positive.
     */
    public double gapPercent(long planObjective) {
        if (!hasBound() || bound <= 0) {
            return Double.NaN;
        }
        return 100.0 * (bound - planObjective) / bound;
    }

    /**
     * What the CV guard cost: how far it moved the exact plan's objective below the best plan without it, in percent
     * of the bound. NaN without a bound or when the bound is not positive.
     */
    public double guardCostPercent() {
        if (!hasBound() || bound <= 0) {
            return Double.NaN;
        }
        return 100.0 * (unguardedObjective - objective) / bound;
    }
}
