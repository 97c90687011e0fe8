package org.lungang.solver.domain;

/** Professional title (职称), in increasing order. */
public enum Title {
    UNRANKED,
    THIRD_GRADE,
    SECOND_GRADE,
    FIRST_GRADE,
    SENIOR,
    PROFESSOR
}
