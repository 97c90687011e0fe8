package org.lungang.solver.constraints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.function.BiPredicate;

import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.lungang.solver.constraints.justifications.IndicatorJustification;
import org.lungang.solver.constraints.justifications.IndicatorsJustification;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.IndicatorBaseline;

/**
 * Every group's and indicator's official coefficient after the plan beside its baseline, worked out once per change
 * for all the rules that read them. A coefficient whose teachers all left its group is left out: it is 0, neither a
 * rise nor above a threshold.
 */
final class IndicatorCoefficients {

    /** One coefficient: its baseline and its value after the plan. */
    record Coefficient(IndicatorBaseline baseline, DifferenceCoefficient after) {
    }

    private static final Comparator<IndicatorBaseline> ORDER = Comparator.comparing(IndicatorBaseline::group)
            .thenComparing(IndicatorBaseline::indicator);

    private final List<Coefficient> all;
    private final long rise;

    private IndicatorCoefficients(List<Coefficient> all) {
        this.all = all;
        long thousandths = 0;
        for (Coefficient coefficient : all) {
            thousandths += coefficient.baseline().riseInThousandths(coefficient.after());
        }
        this.rise = thousandths;
    }

    /** The baselines in the order of groups and indicators: one collector, so that every rule shares its node. */
    static final UniConstraintCollector<IndicatorBaseline, ?, SortedSet<IndicatorBaseline>> BASELINES =
            ConstraintCollectors.toSortedSet(ORDER);

    static IndicatorCoefficients of(IndicatorSums sums, SortedSet<IndicatorBaseline> baselines) {
        List<Coefficient> all = new ArrayList<>(baselines.size());
        for (IndicatorBaseline baseline : baselines) {
            DifferenceCoefficient after = sums.after(baseline);
            if (after != null) {
                all.add(new Coefficient(baseline, after));
            }
        }
        return new IndicatorCoefficients(all);
    }

    /** The rises of every coefficient over its baseline, in thousandths rounded up, summed. */
    long rise() {
        return rise;
    }

    /** Every coefficient, in the order of groups and indicators. */
    List<Coefficient> all() {
        return all;
    }

    /** The coefficients the predicate picks, before and after, in the order of groups and indicators. */
    IndicatorsJustification justification(BiPredicate<IndicatorBaseline, DifferenceCoefficient> picked) {
        List<IndicatorJustification> picks = new ArrayList<>();
        for (Coefficient coefficient : all) {
            IndicatorBaseline baseline = coefficient.baseline();
            if (picked.test(baseline, coefficient.after())) {
                picks.add(new IndicatorJustification(baseline.group(), baseline.indicator(),
                        baseline.before().value(), coefficient.after().value(), baseline.threshold()));
            }
        }
        return new IndicatorsJustification(picks);
    }
}
