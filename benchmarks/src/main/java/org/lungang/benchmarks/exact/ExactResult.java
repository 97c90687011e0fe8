package org.lungang.benchmarks.exact;

/**
 * What CP-SAT returned for the linear core of a rotation problem.
 *
 * @param status CP-SAT's status: OPTIMAL (proved), FEASIBLE (a plan but no proof within the limit), INFEASIBLE,
 *        MODEL_INVALID or UNKNOWN (no plan within the limit)
 * @param objective the objective of the best plan found (scarcity-weighted shortage reward minus commute km, less
 *        {@link ExactReference#QUOTA_WEIGHT} per head of quota shortfall), or NaN without a plan
 * @param bestBound CP-SAT's best upper bound on the objective (equal to the objective when proved optimal)
 * @param quotaShortfall heads missing from the policy quotas in the best plan
 * @param weightedShortageFilled scarcity-weighted shortage posts filled in the best plan (the soft reward)
 * @param firstSolutionSeconds wall time to the first plan, or NaN
 * @param wallSeconds wall time of the whole solve (the time to prove optimality when OPTIMAL)
 * @param variables the number of move variables in the model
 */
public record ExactResult(String status, double objective, double bestBound, long quotaShortfall,
        long weightedShortageFilled, double firstSolutionSeconds, double wallSeconds, int variables) {

    public boolean hasPlan() {
        return status.equals("OPTIMAL") || status.equals("FEASIBLE");
    }

    public boolean provedOptimal() {
        return status.equals("OPTIMAL");
    }
}
