package org.lungang.solver.domain;

/** A teaching subject; posts and staffing are counted per subject. */
public enum Subject {
    CHINESE,
    MATH,
    ENGLISH,
    MUSIC,
    ART,
    PE,
    IT,
    SCIENCE,
    PHYSICS,
    CHEMISTRY,
    BIOLOGY,
    HISTORY,
    GEOGRAPHY,
    POLITICS,
    OTHER;

    /** PE, music and fine art: the third teacher indicator of the national standard. */
    public boolean isPeOrArts() {
        return this == PE || this == MUSIC || this == ART;
    }
}
