package org.lungang.solver.constraints.justifications;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.kpi.QuotaWords;

/**
 * A policy quota missed: how many were required and how many the plan has.
 *
 * @param scope a school id, or {@link ConstraintNames#COUNTY_SCOPE}
 */
public record QuotaJustification(String scope, String rule, String ruleZh, long required, long achieved)
        implements RotationJustification {

    public long shortfall() {
        return QuotaWords.shortfall(required, achieved);
    }

    @Override
    public String zh() {
        return QuotaWords.zh(scope, ruleZh, required, achieved);
    }

    @Override
    public String en() {
        return QuotaWords.en(scope, rule, required, achieved);
    }
}
