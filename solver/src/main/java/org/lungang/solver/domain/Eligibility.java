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
        EXEMPT
    }

    public static Eligibility of(Teacher teacher, RotationPolicy policy) {
        if (!policy.covers(teacher.homeSchool().getStage())) {
            return new Eligibility(false, Reason.STAGE_NOT_COVERED, null);
        }
        if (!teacher.onEstablishment()) {
            return new Eligibility(false, Reason.NOT_ON_ESTABLISHMENT, null);
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
