package org.lungang.solver.explain;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.IndicatorCounts;

/** A move's effect on the national indicators: each official coefficient of variation with and without it. */
final class IndicatorEffects {

    private final IndicatorCounts indicatorCounts;
    /** Per measured group, the plan's coefficient of each indicator (by ordinal). */
    private final Map<IndicatorGroup, DifferenceCoefficient[]> coefficients = new EnumMap<>(IndicatorGroup.class);

    IndicatorEffects(RotationPlan plan) {
        this.indicatorCounts = IndicatorCounts.after(plan);
        for (IndicatorGroup group : IndicatorGroup.values()) {
            List<School> members = IndicatorCounts.schoolsOf(plan.getSchools(), group);
            if (group != IndicatorGroup.NONE && !members.isEmpty()) {
                DifferenceCoefficient[] row = new DifferenceCoefficient[Indicator.values().length];
                for (Indicator indicator : Indicator.values()) {
                    row[indicator.ordinal()] = indicatorCounts.coefficient(members, indicator);
                }
                coefficients.put(group, row);
            }
        }
    }

    /**
     * The move's effect on every national indicator it changes: the plan's official coefficient of variation without
     * this move (the teacher at home) and with it.
     */
    void describe(Rotation r, Lines lines) {
        Teacher t = r.getTeacher();
        School home = r.getHomeSchool();
        School there = r.getEffectiveSchool();
        coefficients.forEach((group, row) -> {
            for (Indicator indicator : Indicator.values()) {
                DifferenceCoefficient with = row[indicator.ordinal()];
                DifferenceCoefficient without = with;
                if (Indicator.groupOf(there) == group && indicator.counts(t, there)) {
                    int n = indicatorCounts.count(there, indicator);
                    without = without.withSchoolCount(there.getStudents(), n, n - 1);
                }
                if (Indicator.groupOf(home) == group && indicator.counts(t, home)) {
                    int n = indicatorCounts.count(home, indicator);
                    without = without.withSchoolCount(home.getStudents(), n, n + 1);
                }
                if (!without.equals(with)) {
                    String change = change(without.value(), with.value());
                    lines.add(Labels.zh(group) + indicator.text().zh() + "差异系数 " + change + "。",
                            "Coefficient of variation of " + indicator.text().en() + " (" + Labels.en(group)
                                    + " schools) " + change + ".");
                }
            }
        });
    }

    /** "0.469 → 0.466", with a fourth decimal when three do not show the change. */
    private static String change(double before, double after) {
        String from = String.format(Locale.ROOT, "%.3f", before);
        String to = String.format(Locale.ROOT, "%.3f", after);
        if (from.equals(to) && before != after) {
            from = String.format(Locale.ROOT, "%.4f", before);
            to = String.format(Locale.ROOT, "%.4f", after);
        }
        return from + " → " + to;
    }
}
