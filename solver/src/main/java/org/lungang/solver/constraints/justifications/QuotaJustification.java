package org.lungang.solver.constraints.justifications;

import org.lungang.solver.constraints.ConstraintNames;

/**
 * A policy quota missed: how many were required and how many the plan has.
 *
 * @param scope a school id, or {@link ConstraintNames#COUNTY_SCOPE}
 */
public record QuotaJustification(String scope, String rule, String ruleZh, long required, long achieved)
        implements RotationJustification {

    public long shortfall() {
        return Math.max(0, required - achieved);
    }

    @Override
    public String zh() {
        return (ConstraintNames.COUNTY_SCOPE.equals(scope) ? "全县" : "学校 " + scope) + "：" + ruleZh + "，要求 " + required + "，实际 "
                + achieved + "，差 " + shortfall();
    }

    @Override
    public String en() {
        return (ConstraintNames.COUNTY_SCOPE.equals(scope) ? "County" : "School " + scope) + ": " + rule + " requires " + required
                + ", plan has " + achieved + ", short by " + shortfall();
    }
}
