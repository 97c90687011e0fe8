package org.lungang.solver.domain;

import java.util.Objects;

/**
 * One finished exchange in a teacher's history (交流记录). Schools are named by id: a school may have closed since.
 *
 * @param year the school year the exchange began
 * @param fromSchoolId the home school she left
 * @param toSchoolId the host she served at
 * @param termYears the years she served, an extension included
 */
public record RotationRecord(int year, String fromSchoolId, String toSchoolId, RotationKind kind, int termYears) {

    public RotationRecord {
        Objects.requireNonNull(fromSchoolId, "fromSchoolId");
        Objects.requireNonNull(toSchoolId, "toSchoolId");
        Objects.requireNonNull(kind, "kind");
    }

    /** The first school year she was back at home. */
    public int returnYear() {
        return year + termYears;
    }
}
