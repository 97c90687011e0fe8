package org.lungang.solver.kpi;

import java.util.List;

import org.lungang.solver.domain.IndicatorGroup;

/**
 * One indicator over the schools of one group: each school's value per 100 students and the official 差异系数 of the
 * group's schools with students, weighted by their students ({@link DifferenceCoefficient}), before and after the
 * plan. The coefficient is 0 when the group has no indicator teacher.
 *
 * @param coefficientBefore the official coefficient before the plan
 * @param coefficientAfter the official coefficient after the plan
 * @param threshold the group's national maximum: 0.50 primary, 0.45 junior
 * @param metBefore coefficient before at most the threshold
 * @param metAfter coefficient after at most the threshold
 */
public record IndicatorKpis(IndicatorGroup group, Indicator indicator, List<SchoolIndicator> schools,
        double coefficientBefore, double coefficientAfter, double threshold, boolean metBefore, boolean metAfter) {

    public IndicatorKpis {
        schools = List.copyOf(schools);
    }
}
