package org.lungang.solver.domain;

/**
 * The direction of a move between two schools: first by rurality (urban → town → village), and between schools of
 * the same kind by tier (strong → ordinary → weak).
 */
public enum Direction {
    /** More rural, or as rural and weaker: the direction of support (支教). */
    TOWARDS_RURAL_OR_WEAK,
    /** More urban, or as urban and stronger: the direction of a training secondment (挂职锻炼). */
    TOWARDS_URBAN_OR_STRONG,
    /** Same kind and same tier. */
    LATERAL;

    /** The direction of a move from one school to another. */
    public static Direction between(School from, School to) {
        return between(from.getKind(), from.getTier(), to.getKind(), to.getTier());
    }

    /**
     * The direction of a move between schools of these kinds and tiers: the one rule for the solver and for anything
     * that has no {@link School} yet (the county generator places its surplus along it).
     */
    public static Direction between(SchoolKind fromKind, Tier fromTier, SchoolKind toKind, Tier toTier) {
        int rurality = toKind.ruralityRank() - fromKind.ruralityRank();
        if (rurality != 0) {
            return rurality > 0 ? TOWARDS_RURAL_OR_WEAK : TOWARDS_URBAN_OR_STRONG;
        }
        int weakness = toTier.weaknessRank() - fromTier.weaknessRank();
        if (weakness != 0) {
            return weakness > 0 ? TOWARDS_RURAL_OR_WEAK : TOWARDS_URBAN_OR_STRONG;
        }
        return LATERAL;
    }
}
