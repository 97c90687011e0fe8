package org.lungang.solver.domain;

/**
 * The groups of schools of 教督〔2017〕6号: the coefficient of variation (差异系数) of each indicator is computed
 * among the schools of a group and must not exceed the group's threshold.
 */
public enum IndicatorGroup {
    PRIMARY(0.50, Degree.ASSOCIATE),
    JUNIOR(0.45, Degree.BACHELOR),
    /** Not compulsory education: not measured. */
    NONE(Double.NaN, Degree.BACHELOR);

    private final double maxCoefficientOfVariation;
    private final Degree degreeAboveRequirement;

    IndicatorGroup(double maxCoefficientOfVariation, Degree degreeAboveRequirement) {
        this.maxCoefficientOfVariation = maxCoefficientOfVariation;
        this.degreeAboveRequirement = degreeAboveRequirement;
    }

    /** The national threshold of the coefficient of variation: 0.50 for primary, 0.45 for junior secondary. */
    public double maxCoefficientOfVariation() {
        return maxCoefficientOfVariation;
    }

    /** The lowest degree that counts as "above the required degree" for teachers of this group. */
    public Degree degreeAboveRequirement() {
        return degreeAboveRequirement;
    }
}
