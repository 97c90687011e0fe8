package org.lungang.solver.domain;

/** A teacher's post at the school. Everyone but the teacher is a cadre (干部). */
public enum Role {
    TEACHER,
    /** Middle-level cadre (中层干部): head of a department or grade. */
    MIDDLE_LEADER,
    VICE_PRINCIPAL,
    PRINCIPAL;

    public boolean isCadre() {
        return this != TEACHER;
    }

    /** Principals and vice-principals: eligible after two terms rather than after a number of years. */
    public boolean isSchoolLeader() {
        return this == PRINCIPAL || this == VICE_PRINCIPAL;
    }
}
