package org.lungang.solver.kpi;

import org.lungang.solver.constraints.ConstraintNames;

/** The teacher indicators of 教督〔2017〕6号, each measured per 100 students. */
public enum Indicator {
    /** Teachers whose degree is above the one required for the school's group. */
    ABOVE_REQUIRED_DEGREE("高于规定学历教师", "teachers above the required degree", ConstraintNames.BALANCE_ABOVE_DEGREE),
    /** Backbone teachers of county level or higher. */
    BACKBONE("县级及以上骨干教师", "backbone teachers of county level or higher", ConstraintNames.BALANCE_BACKBONE),
    /** PE, music and fine art teachers. */
    PE_AND_ARTS("体育、艺术（美术、音乐）专任教师", "PE, music and art teachers", ConstraintNames.BALANCE_PE_ARTS);

    private final String zh;
    private final String en;
    private final String constraintName;

    Indicator(String zh, String en, String constraintName) {
        this.zh = zh;
        this.en = en;
        this.constraintName = constraintName;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The soft constraint that balances this indicator. */
    public String constraintName() {
        return constraintName;
    }
}
