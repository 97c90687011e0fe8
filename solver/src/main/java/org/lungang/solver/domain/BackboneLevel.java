package org.lungang.solver.domain;

/** Backbone teacher (骨干教师) recognition, from none up to national. */
public enum BackboneLevel {
    NONE,
    SCHOOL,
    COUNTY,
    CITY,
    PROVINCE,
    NATIONAL;

    public boolean isAtLeast(BackboneLevel other) {
        return compareTo(other) >= 0;
    }
}
