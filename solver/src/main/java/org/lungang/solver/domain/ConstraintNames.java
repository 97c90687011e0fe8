package org.lungang.solver.domain;

import java.util.List;

/** The names of Lungang's constraints: the keys of weight overrides and of every score breakdown. */
public final class ConstraintNames {

    /** The scope of a county-wide rule, where a school rule names the school's id. */
    public static final String COUNTY_SCOPE = "county";

    // Hard
    public static final String ONLY_ELIGIBLE_ROTATE = "Only eligible teachers rotate";
    public static final String NO_MOVE_TO_OWN_SCHOOL = "No move to own school";
    public static final String FORBIDDEN_MOVE = "Move forbidden by the planner";
    public static final String ALLOWED_DIRECTION = "Allowed direction";
    public static final String SECONDMENT_HOST_CAP = "Secondment host cap";
    public static final String SUBJECT_POST_AVAILABLE = "Open post in subject at destination";
    public static final String NO_HOLE_AT_SENDER = "No hole at sender";
    public static final String RECEIVING_CAPACITY = "Receiving capacity";
    public static final String HOUSING_BEDS = "Housing beds beyond commute limit";
    public static final String ONE_PRINCIPAL_PER_SCHOOL = "Exactly one principal per school";
    public static final String PRINCIPAL_SAME_STAGE = "Principal moves within stage";
    public static final String TEAM_MOVES_TOGETHER = "Team moves together";
    public static final String STABILITY_CAP = "Stability cap";
    // Medium
    public static final String SCHOOL_ROTATION_QUOTA = "School rotation quota";
    public static final String COUNTY_BACKBONE_SHARE = "Backbone share of rotated (county)";
    public static final String SCHOOL_BACKBONE_SHARE = "Backbone share of rotated (school)";
    public static final String CADRE_BACKBONE_EXCHANGE = "Cadre and backbone exchange share";
    public static final String INDICATORS_MUST_NOT_WORSEN = "Indicators must not worsen";
    // Soft
    public static final String SHORTAGE_POSTS_FILLED = "Shortage posts filled";
    // The three balance goals lower the official coefficient of variation of their indicator (names kept from the
    // load-balance constraints they replace, so stored weights still apply).
    public static final String BALANCE_ABOVE_DEGREE = "Balance of teachers above required degree";
    public static final String BALANCE_BACKBONE = "Balance of backbone teachers";
    public static final String BALANCE_PE_ARTS = "Balance of PE, music and art teachers";
    public static final String COMMUTE_DISTANCE = "Commute distance";
    public static final String SAME_ALLIANCE = "Same alliance move";
    public static final String PREFERENCE_HONOURED = "Preference honoured";
    public static final String COUPLE_KEPT_NEAR = "Couple kept near";
    public static final String LONGEST_SERVING_FIRST = "Longest serving first";

    public static final List<String> ALL = List.of(ONLY_ELIGIBLE_ROTATE, NO_MOVE_TO_OWN_SCHOOL, FORBIDDEN_MOVE,
            ALLOWED_DIRECTION, SECONDMENT_HOST_CAP, SUBJECT_POST_AVAILABLE, NO_HOLE_AT_SENDER, RECEIVING_CAPACITY,
            HOUSING_BEDS, ONE_PRINCIPAL_PER_SCHOOL, PRINCIPAL_SAME_STAGE, TEAM_MOVES_TOGETHER, STABILITY_CAP,
            SCHOOL_ROTATION_QUOTA, COUNTY_BACKBONE_SHARE, SCHOOL_BACKBONE_SHARE, CADRE_BACKBONE_EXCHANGE,
            INDICATORS_MUST_NOT_WORSEN, SHORTAGE_POSTS_FILLED, BALANCE_ABOVE_DEGREE, BALANCE_BACKBONE, BALANCE_PE_ARTS, COMMUTE_DISTANCE,
            SAME_ALLIANCE, PREFERENCE_HONOURED, COUPLE_KEPT_NEAR, LONGEST_SERVING_FIRST);

    /** The medium rules, in the order of {@link #ALL}: every one weighs on the medium level. */
    public static final List<String> MEDIUM = List.of(SCHOOL_ROTATION_QUOTA, COUNTY_BACKBONE_SHARE,
            SCHOOL_BACKBONE_SHARE, CADRE_BACKBONE_EXCHANGE, INDICATORS_MUST_NOT_WORSEN);

    private ConstraintNames() {
    }
}
