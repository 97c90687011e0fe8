package org.lungang.data.cycle;

import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.kpi.Indicator;

/**
 * One school year of a horizon: the plan's figures.
 *
 * @param teachers everyone on the roster this year
 * @param eligible candidates this year (after the returns)
 * @param away teachers serving a term of exchange this year begun in an earlier year (extensions included)
 * @param rotated new moves of the year's plan
 * @param returned terms ended with the teacher back home this year
 * @param extended terms extended this year
 * @param quotaMet every policy quota is met (the plan's {@code CountyKpis.quotaMet})
 * @param coverage share of the start's cohort (those eligible in the first year, still on the roster) who have
 *        rotated at least once by this year's plan
 * @param cohort the start's eligible teachers still on the roster
 * @param covered those of them who have rotated at least once
 */
public record HorizonYear(int year, int teachers, int eligible, int away, int rotated,
        Map<RotationKind, Integer> rotatedByKind, int returned, int extended, int quotaSchools, int quotaSchoolsMet,
        boolean quotaMet, boolean feasible, String score, List<Coefficient> coefficients, double coverage, int cohort,
        int covered) {

    public HorizonYear {
        rotatedByKind = Map.copyOf(rotatedByKind);
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The official 差异系数 of one indicator in one group, before and after the year's plan.
     *
     * @param threshold the group's national maximum
     */
    public record Coefficient(IndicatorGroup group, Indicator indicator, double before, double after,
            double threshold) {

        public boolean met() {
            return after <= threshold;
        }

        /** {@code PRIMARY/BACKBONE}: the key of the series in tables and the chart. */
        public String key() {
            return group.name() + "/" + indicator.name();
        }
    }
}
