package org.lungang.solver.domain;

/**
 * Whether a teacher may rotate this year under a policy (符合交流条件), and why.
 *
 * @param eligible may rotate
 * @param reason the deciding reason, for explanations
 * @param exemption the honoured exemption when that is the reason, else null
 */
public record Eligibility(boolean eligible, Reason reason, Exemption exemption) {

    public enum Reason {
        /** Served the required years (or terms, for principals) at the school. */
        SERVED_REQUIRED_YEARS,
        /** Asked to rotate: eligible regardless of years. */
        VOLUNTEER,
        /** The home school's stage is outside those the policy's rotation covers (e.g. a senior high school). */
        STAGE_NOT_COVERED,
        NOT_ON_ESTABLISHMENT,
        TOO_FEW_YEARS,
        NEAR_RETIREMENT,
        EXEMPT,
        /** Away on exchange this year (her term goes on, or was extended): she is not sent again. */
        ON_EXCHANGE,
        /** Back from exchange fewer than the policy's cooldown years ago. */
        COOLDOWN
    }

    /** Eligibility of a teacher at home, without regard to exchange terms (no school year known). */
    public static Eligibility of(Teacher teacher, RotationPolicy policy) {
        return of(teacher, policy, teacher.exchange() != null, null);
    }

    /**
     * Eligibility in a school year, after the year's returns.
     *
     * @param away she serves at a host this year (her term goes on or was extended)
     * @param year the school year, for the cooldown after a return; null when not known
     */
    public static Eligibility of(Teacher teacher, RotationPolicy policy, boolean away, Integer year) {
        if (!policy.covers(teacher.homeSchool().getStage())) {
            return new Eligibility(false, Reason.STAGE_NOT_COVERED, null);
        }
        if (!teacher.onEstablishment()) {
            return new Eligibility(false, Reason.NOT_ON_ESTABLISHMENT, null);
        }
        if (away) {
            return new Eligibility(false, Reason.ON_EXCHANGE, null);
        }
        if (year != null) {
            // A teacher returning this year is back since this year; earlier returns are in her history.
            Integer back = teacher.termEndsBy(year) ? Integer.valueOf(teacher.exchange().endYear())
                    : teacher.lastReturnYear();
            if (back != null && policy.inCooldown(back, year)) {
                return new Eligibility(false, Reason.COOLDOWN, null);
            }
        }
        for (Exemption exemption : teacher.exemptions()) {
            if (policy.honouredExemptions().contains(exemption)) {
                return new Eligibility(false, Reason.EXEMPT, exemption);
            }
        }
        if (teacher.age() > policy.retirementAge(teacher.gender()) - policy.yearsBeforeRetirementExempt()) {
            // Exempt when fewer than the set years remain (age 56 with retirement at 60 and 5 years: exempt).
            return new Eligibility(false, Reason.NEAR_RETIREMENT, null);
        }
        int requiredYears = teacher.role().isSchoolLeader()
                ? policy.leaderMinYearsAtSchool()
                : policy.minYearsAtSchool();
        if (teacher.yearsAtSchool() >= requiredYears) {
            return new Eligibility(true, Reason.SERVED_REQUIRED_YEARS, null);
        }
        if (teacher.volunteer()) {
            return new Eligibility(true, Reason.VOLUNTEER, null);
        }
        return new Eligibility(false, Reason.TOO_FEW_YEARS, null);
    }
}
