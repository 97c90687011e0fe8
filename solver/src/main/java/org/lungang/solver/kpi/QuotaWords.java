package org.lungang.solver.kpi;

import org.lungang.solver.domain.ConstraintNames;

/**
 * How a missed quota is worded, once: by the quota constraints' justification and by the KPIs' shortfalls, so that a
 * planner reads the same sentence in the score analysis and in the infeasibility report.
 */
public final class QuotaWords {

    private QuotaWords() {
    }

    /**
     * @param scope a school id, or {@link ConstraintNames#COUNTY_SCOPE}
     * @param ruleZh the quota in Chinese
     */
    public static String zh(String scope, String ruleZh, long required, long achieved) {
        return (ConstraintNames.COUNTY_SCOPE.equals(scope) ? "全县" : "学校 " + scope) + "：" + ruleZh + "，要求 "
                + required + "，实际 " + achieved + "，差 " + shortfall(required, achieved);
    }

    /**
     * @param scope a school id, or {@link ConstraintNames#COUNTY_SCOPE}
     * @param rule the quota in English
     */
    public static String en(String scope, String rule, long required, long achieved) {
        return (ConstraintNames.COUNTY_SCOPE.equals(scope) ? "County" : "School " + scope) + ": " + rule
                + " requires " + required + ", plan has " + achieved + ", short by " + shortfall(required, achieved);
    }

    /** How many the plan is short of the quota; none when it meets it. */
    public static long shortfall(long required, long achieved) {
        return Math.max(0, required - achieved);
    }
}
