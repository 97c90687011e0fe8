package org.lungang.solver.domain;

/** Where a school lies on the urban–rural axis; the order runs from county seat to village. */
public enum SchoolKind {
    /** County seat or city district (县城/城区). */
    URBAN,
    /** Township centre (乡镇). */
    TOWN,
    /** Village school or teaching point (村小/教学点). */
    VILLAGE;

    /** 0 for urban, 2 for village: a higher rank is more rural. */
    public int ruralityRank() {
        return ordinal();
    }
}
