package org.lungang.solver.domain;

/**
 * The policy's cap on the secondees one host school trains at once ({@link RotationPolicy#maxSecondeesPerHost}):
 * the plan's new secondments count together with the teachers still at the host on a secondment term begun earlier
 * ({@link School#getOngoingSecondees()}). The one place the cap is counted: the constraint, {@link Reachability},
 * the exact core, the infeasibility report and the explanations call it.
 */
public final class SecondmentCap {

    private SecondmentCap() {
    }

    /**
     * New secondees the host may still take beside {@code placed} new ones: the cap less the ongoing and the placed,
     * never below 0.
     */
    public static int room(RotationPolicy policy, School host, int placed) {
        return Math.max(0, policy.maxSecondeesPerHost() - host.getOngoingSecondees() - placed);
    }

    /**
     * The new secondments beyond the host's room, each counted once. Ongoing secondees beyond a cap lowered since
     * they were sent are not the plan's: with no new secondment there is no excess.
     */
    public static int excess(RotationPolicy policy, School host, int newSecondees) {
        return Math.max(0, newSecondees - room(policy, host, 0));
    }

    /** Everyone the host trains this year: the ongoing secondees and the plan's new ones. */
    public static int hosted(School host, int newSecondees) {
        return host.getOngoingSecondees() + newSecondees;
    }
}
