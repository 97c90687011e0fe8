package org.lungang.solver.domain;

/** School stage. Principals rotate only between schools of the same stage. */
public enum Stage {
    PRIMARY,
    JUNIOR,
    /** Nine-year school (九年一贯制): counted with junior schools for the national indicators. */
    NINE_YEAR,
    SENIOR;

    /**
     * The group whose schools are compared with one another for the coefficient of variation of the national
     * indicators (primary against primary, junior against junior); senior schools are outside compulsory education.
     */
    public IndicatorGroup indicatorGroup() {
        return switch (this) {
            case PRIMARY -> IndicatorGroup.PRIMARY;
            case JUNIOR, NINE_YEAR -> IndicatorGroup.JUNIOR;
            case SENIOR -> IndicatorGroup.NONE;
        };
    }
}
