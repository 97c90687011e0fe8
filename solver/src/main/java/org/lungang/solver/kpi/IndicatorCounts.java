package org.lungang.solver.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/**
 * How many teachers of each {@link Indicator} work at each school, before or after a plan, and the coefficients they
 * give. Counts follow {@link Indicator#counts}; schools outside the measured groups are still counted (a teacher may
 * move into or out of a group), only {@link #coefficient} leaves them out.
 */
public final class IndicatorCounts {

    private final Map<School, int[]> counts = new HashMap<>();

    private IndicatorCounts() {
    }

    /**
     * Every teacher where she works at the start of the year ({@link Rotation#getStartSchool()}: at home, or at her
     * host while away on exchange): the county before the plan.
     */
    public static IndicatorCounts before(List<Rotation> rotations) {
        IndicatorCounts result = new IndicatorCounts();
        for (Rotation rotation : rotations) {
            result.add(rotation.getTeacher(), rotation.getStartSchool(), 1);
        }
        return result;
    }

    /** Every teacher where the plan puts them (a secondee at the host). */
    public static IndicatorCounts after(RotationPlan plan) {
        IndicatorCounts result = new IndicatorCounts();
        for (Rotation rotation : plan.getRotations()) {
            result.add(rotation.getTeacher(), rotation.getEffectiveSchool(), 1);
        }
        return result;
    }

    private void add(Teacher teacher, School school, int delta) {
        for (Indicator indicator : Indicator.values()) {
            if (indicator.counts(teacher, school)) {
                counts.computeIfAbsent(school, s -> new int[Indicator.values().length])[indicator.ordinal()] += delta;
            }
        }
    }

    /** The indicator teachers working at the school. */
    public int count(School school, Indicator indicator) {
        int[] row = counts.get(school);
        return row == null ? 0 : row[indicator.ordinal()];
    }

    /** The schools of the plan that take part in the group's coefficients, in plan order. */
    public static List<School> schoolsOf(List<School> schools, IndicatorGroup group) {
        return schools.stream().filter(s -> Indicator.groupOf(s) == group).toList();
    }

    /** The coefficient of the indicator over the given schools (those of one group). */
    public DifferenceCoefficient coefficient(List<School> groupSchools, Indicator indicator) {
        DifferenceCoefficient sums = DifferenceCoefficient.EMPTY;
        for (School school : groupSchools) {
            sums = sums.plusSchool(school.getStudents(), count(school, indicator));
        }
        return sums;
    }

    /** The coefficient a baseline measures (its group and indicator) with these counts, over the plan's schools. */
    public DifferenceCoefficient coefficient(List<School> schools, IndicatorBaseline baseline) {
        return coefficient(schoolsOf(schools, baseline.group()), baseline.indicator());
    }
}
