package org.lungang.solver.kpi;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Text;

/**
 * The teacher indicators of 教督〔2017〕6号, each measured per 100 students and compared among the schools of one
 * {@link IndicatorGroup} by its {@link DifferenceCoefficient}. Who counts is decided here, once, for the KPIs, the
 * constraints and the explanations: teachers, not principals, at the school where they work after the plan (a secondee
 * at the host); for the degree, the requirement of that school's group.
 */
public enum Indicator {
    /** Teachers whose degree is above the one required for the school's group. */
    ABOVE_REQUIRED_DEGREE(new Text("高于规定学历教师", "teachers above the required degree"),
            ConstraintNames.BALANCE_ABOVE_DEGREE),
    /** Backbone teachers of county level or higher. */
    BACKBONE(new Text("县级及以上骨干教师", "backbone teachers of county level or higher"), ConstraintNames.BALANCE_BACKBONE),
    /** PE, music and fine art teachers. */
    PE_AND_ARTS(new Text("体育、艺术（美术、音乐）专任教师", "PE, music and art teachers"), ConstraintNames.BALANCE_PE_ARTS);

    private final Text text;
    private final String constraintName;

    Indicator(Text text, String constraintName) {
        this.text = text;
        this.constraintName = constraintName;
    }

    /** The indicator's name in both languages. */
    public Text text() {
        return text;
    }

    /**
     * The group whose coefficient a school takes part in: its stage's group (primary; junior with nine-year schools,
     * see {@link org.lungang.solver.domain.Stage#indicatorGroup()}), or {@link IndicatorGroup#NONE} for senior schools
     * and for schools without students, which have no per-student value.
     */
    public static IndicatorGroup groupOf(School school) {
        return school.getStudents() > 0 ? school.getStage().indicatorGroup() : IndicatorGroup.NONE;
    }

    /** Whether a teacher working at the school counts for this indicator there; principals never count. */
    public boolean counts(Teacher teacher, School school) {
        if (teacher.isPrincipal()) {
            return false;
        }
        return switch (this) {
            case ABOVE_REQUIRED_DEGREE -> teacher.degree()
                    .isAtLeast(school.getStage().indicatorGroup().degreeAboveRequirement());
            case BACKBONE -> teacher.backboneLevel().isAtLeast(BackboneLevel.COUNTY);
            case PE_AND_ARTS -> teacher.subject().isPeOrArts();
        };
    }

    /** The soft constraint that lowers this indicator's coefficient. */
    public String constraintName() {
        return constraintName;
    }
}
