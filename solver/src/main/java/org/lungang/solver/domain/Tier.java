package org.lungang.solver.domain;

/** The bureau's rating of a school's quality (优质 / 普通 / 薄弱). */
public enum Tier {
    STRONG,
    ORDINARY,
    WEAK;

    /** 0 for strong, 2 for weak: a higher rank is weaker. */
    public int weaknessRank() {
        return ordinal();
    }
}
