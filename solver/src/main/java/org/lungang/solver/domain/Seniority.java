package org.lungang.solver.domain;

import java.util.Comparator;

/**
 * The policy's order among colleagues (eligible teachers of one school and subject, principals aside): those who
 * served longer at the school go first. The one place its regret is counted: the constraint, the exact core's
 * choice of who in a group goes and the CV guard's cost per pair call it.
 */
public final class Seniority {

    /** Soft points of regret per year a colleague who stays served longer than the one who goes. */
    public static final int PENALTY_PER_YEAR = 5;

    /**
     * Who of a group of colleagues goes first, so that sending them in this order costs no regret among them:
     * volunteers, then the longer-serving.
     */
    public static final Comparator<Teacher> FIRST_TO_GO = Comparator.comparing((Teacher t) -> !t.volunteer())
            .thenComparing(Comparator.comparingInt(Teacher::yearsAtSchool).reversed());

    private Seniority() {
    }

    /**
     * The regret of sending {@code goes} while {@code stays} stays: {@link #PENALTY_PER_YEAR} per year the one who
     * stays served longer; 0 when she served no longer, or when the one who goes volunteered (sending a volunteer
     * first is no unfairness to those who stay).
     */
    public static int regret(Teacher goes, Teacher stays) {
        if (goes.volunteer()) {
            return 0;
        }
        return PENALTY_PER_YEAR * Math.max(0, stays.yearsAtSchool() - goes.yearsAtSchool());
    }
}
