package org.lungang.solver.kpi;

import java.util.List;

/**
 * The figures of a plan, before and after, computed from the plan alone and independent of its score. Built by
 * {@link KpiCalculator#calculate}; holds only ids, numbers, strings, enums, lists and maps, so it serialises to JSON
 * as it is.
 *
 * @param county county totals and the county-wide quotas
 * @param schools one row per school
 * @param shortages open posts per subject, summed over the schools
 * @param indicators the national balance indicators per school group
 * @param commute the commutes of the teachers who move
 * @param preferences the preferences of the teachers who move
 * @param shortfalls policy quotas the plan misses, and policy rules no plan can meet
 */
public record PlanKpis(CountyKpis county, List<SchoolKpis> schools, List<SubjectShortage> shortages,
        List<IndicatorKpis> indicators, CommuteKpis commute, PreferenceKpis preferences, List<Shortfall> shortfalls) {

    public PlanKpis {
        schools = List.copyOf(schools);
        shortages = List.copyOf(shortages);
        indicators = List.copyOf(indicators);
        shortfalls = List.copyOf(shortfalls);
    }

    /**
     * Heads missing from the policy quotas in this plan: the sum of the quotas it misses. This is the medium score
     * without the rule that no indicator may worsen, and the figure the exact core minimises first. (Not a bean
     * getter, so that JSON holds the components only.)
     */
    public long quotaShortfall() {
        return shortfalls.stream().filter(s -> s.kind() == ShortfallKind.MISSED).mapToLong(Shortfall::shortfall).sum();
    }
}
