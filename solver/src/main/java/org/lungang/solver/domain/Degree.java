package org.lungang.solver.domain;

/** Highest degree, in increasing order. */
public enum Degree {
    /** Secondary normal school (中师/高中). */
    SECONDARY,
    /** Junior college (专科). */
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORATE;

    public boolean isAtLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
