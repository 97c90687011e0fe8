package org.lungang.solver.kpi;

import java.util.ArrayList;
import java.util.List;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/**
 * A problem fact: one indicator's coefficient over one group's schools before any move, computed once when the plan
 * is built. The rule that no indicator may worsen compares the plan against it; its {@link DifferenceCoefficient#students()
 * students} are the group's P, a constant of the problem.
 */
public record IndicatorBaseline(IndicatorGroup group, Indicator indicator, DifferenceCoefficient before) {

    /** One baseline per measured group that has schools with students, and per indicator. */
    public static List<IndicatorBaseline> of(List<School> schools, List<Teacher> teachers) {
        IndicatorCounts counts = IndicatorCounts.before(teachers);
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
