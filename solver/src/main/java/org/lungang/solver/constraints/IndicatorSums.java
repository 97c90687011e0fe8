package org.lungang.solver.constraints;

import java.util.Arrays;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.IndicatorBaseline;

/** The sums N and Q of every group's and indicator's coefficient after the plan ({@link IndicatorSumsCollector}). */
final class IndicatorSums {

    private static final int INDICATORS = Indicator.values().length;

    private final DifferenceCoefficient[] sums;

    IndicatorSums(DifferenceCoefficient[] sums) {
        this.sums = sums;
    }

    static DifferenceCoefficient[] empty() {
        DifferenceCoefficient[] sums = new DifferenceCoefficient[IndicatorGroup.values().length * INDICATORS];
        Arrays.fill(sums, DifferenceCoefficient.EMPTY);
        return sums;
    }

    static int slot(IndicatorGroup group, Indicator indicator) {
        return group.ordinal() * INDICATORS + indicator.ordinal();
    }

    /**
     * The baseline's coefficient after the plan; null when none of its teachers is left in the group (a coefficient
     * of 0, neither a rise nor above a threshold).
     */
    DifferenceCoefficient after(IndicatorBaseline baseline) {
        DifferenceCoefficient group = sums[slot(baseline.group(), baseline.indicator())];
        return group.count() == 0 ? null : baseline.after(group.count(), group.squares());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorSums that && Arrays.equals(sums, that.sums);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sums);
    }
}
