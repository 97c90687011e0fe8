package org.lungang.solver.kpi;

import java.util.ArrayList;
import java.util.List;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Rotation;

/**
 * A problem fact: one indicator's coefficient over one group's schools before any move, computed once when the plan
 * is built. The rule that no indicator may worsen compares the plan against it; its
 * {@link DifferenceCoefficient#students() students} are the group's P, a constant of the problem.
 */
public record IndicatorBaseline(IndicatorGroup group, Indicator indicator, DifferenceCoefficient before) {

    /** A rise smaller than this is the rounding of Q, not a worse plan. */
    private static final double TOLERANCE = 1e-9;

    /** The group's national threshold: 0.50 primary, 0.45 junior. */
    public double threshold() {
        return group.maxCoefficientOfVariation();
    }

    /** The same group's students with other counts: the coefficient after the plan, from the plan's sums N and Q. */
    public DifferenceCoefficient after(long count, long squares) {
        return new DifferenceCoefficient(before.students(), count, squares);
    }

    /**
     * How much higher the coefficient is after than before, in thousandths rounded up (a rise of 0.0004 is 1); 0 when
     * it is not higher. What the rule "indicators must not worsen" penalises.
     */
    public long riseInThousandths(DifferenceCoefficient after) {
        double rise = after.value() - before.value();
        return rise > TOLERANCE ? (long) Math.ceil(rise * 1000 - TOLERANCE) : 0;
    }

    /** One baseline per measured group that has schools with students, and per indicator. */
    public static List<IndicatorBaseline> of(List<School> schools, List<Rotation> rotations) {
        IndicatorCounts counts = IndicatorCounts.before(rotations);
        List<IndicatorBaseline> baselines = new ArrayList<>();
        for (IndicatorGroup group : IndicatorGroup.values()) {
            List<School> members = IndicatorCounts.schoolsOf(schools, group);
            if (group == IndicatorGroup.NONE || members.isEmpty()) {
                continue;
            }
            for (Indicator indicator : Indicator.values()) {
                baselines.add(new IndicatorBaseline(group, indicator, counts.coefficient(members, indicator)));
            }
        }
        return List.copyOf(baselines);
    }
}
