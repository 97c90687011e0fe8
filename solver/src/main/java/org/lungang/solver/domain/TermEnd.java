package org.lungang.solver.domain;

import java.util.Objects;

/**
 * What happens to a teacher whose term of exchange ends by the planned school year: she returns to her home school
 * before the year's new moves are placed, or her term is extended and she stays at the host. Decided by
 * {@link TermEnds} before the plan's staffing is counted.
 *
 * @param teacher the teacher, with the exchange that ends
 * @param extended she stays at the host for {@code extensionYears} more; otherwise she returns
 * @param reason why, for the plan's explanations
 * @param hostStaff the host's teachers of her subject after every return, before this extension
 * @param hostPosts the host's posts in her subject
 */
public record TermEnd(Teacher teacher, boolean extended, Reason reason, int hostStaff, int hostPosts) {

    public enum Reason {
        /** The term is over and nothing asks for more: she returns. */
        TERM_OVER,
        /** The planner decided she returns. */
        PLANNER_RETURN,
        /** The planner extended her term. */
        PLANNER_EXTENSION,
        /** She asked to stay and the host still has an open post in her subject: the term is extended. */
        WISH_AND_HOST_NEED,
        /** She asked to stay, but the host has no open post in her subject once she leaves it. */
        HOST_HAS_NO_NEED,
        /** She asked to stay, but the policy allows no (further) extension of this kind of term. */
        NO_EXTENSION_ALLOWED
    }

    public TermEnd {
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(teacher.exchange(), "exchange");
    }

    public Exchange exchange() {
        return teacher.exchange();
    }

    /** Where she works this year: the host when extended, otherwise her home school. */
    public School workplace() {
        return extended ? exchange().host() : teacher.homeSchool();
    }
}
