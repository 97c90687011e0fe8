package org.lungang.solver.domain;

/**
 * A recorded reason why a teacher is not sent this year. Nearness to retirement is not recorded: it follows from
 * the teacher's age and the policy's retirement ages.
 */
public enum Exemption {
    PREGNANT_OR_NURSING,
    SERIOUS_ILLNESS,
    GRADUATING_CLASS,
    /** Any other reason the bureau accepts; the free text stays in the source roster. */
    OTHER
}
