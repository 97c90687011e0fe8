package org.lungang.solver.constraints.justifications;

import org.lungang.solver.domain.IndicatorGroup;

/** The spread of one national indicator across the schools of a group (a load-balance unfairness). */
public record BalanceJustification(String indicator, String indicatorZh, IndicatorGroup group, double unfairness)
        implements RotationJustification {
    @Override
    public String zh() {
        return group + " 学校间「" + indicatorZh + "」分布不均衡度 " + String.format("%.1f", unfairness);
    }

    @Override
    public String en() {
        return group + " schools: unfairness of " + indicator + " is " + String.format("%.1f", unfairness);
    }
}
