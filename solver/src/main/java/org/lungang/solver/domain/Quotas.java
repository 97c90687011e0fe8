package org.lungang.solver.domain;

/** The rounding of the policy's shares into head counts, shared by the constraints and the KPIs. */
public final class Quotas {

    // 0.1 * 30 is 3.0000000000000004 in doubles: without the tolerance the quota would ask for 4.
    private static final double TOLERANCE = 1e-9;

    private Quotas() {
    }

    /** The least whole number of people that makes up the share of n: ceil(share × n). */
    public static long required(double share, long n) {
        return (long) Math.ceil(share * n - TOLERANCE);
    }

    /**
     * New rotations a school with this many eligible teachers at home must make under the rotation quota, 0 where
     * it does not apply: ceil(quota × eligible). When the policy counts teachers away on exchange in the home
     * school's quota ({@link RotationPolicy#awayOnExchangeCountInHomeQuota}), they join the eligible and count as
     * rotated: ceil(quota × (eligible + away)) − away, never below 0.
     */
    public static long schoolRotationsRequired(RotationPolicy policy, School school, long eligible) {
        if (!policy.quotaApplies(school)) {
            return 0;
        }
        if (!policy.awayOnExchangeCountInHomeQuota()) {
            return required(policy.rotationQuota(), eligible);
        }
        long away = school.getAwayOnExchange();
        return Math.max(0, required(policy.rotationQuota(), eligible + away) - away);
    }

    /**
     * The most teachers a school of this staff may lose: floor(share × staff), but at least one, so that a small
     * school can still meet its quota.
     */
    public static long maxLoss(double share, long staff) {
        return Math.max(1, (long) Math.floor(share * staff + TOLERANCE));
    }
}
