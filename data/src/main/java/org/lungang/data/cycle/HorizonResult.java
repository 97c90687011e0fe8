package org.lungang.data.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizon: the years planned one after another with rollover.
 *
 * @param name the problem's name
 * @param secondsPerYear the solver's time limit per year
 * @param years one row per school year, in order
 */
public record HorizonResult(String name, double secondsPerYear, List<HorizonYear> years) {

    public HorizonResult {
        years = List.copyOf(years);
    }

    /** Per indicator ({@link HorizonYear.Coefficient#key()}), the first year its coefficient after the plan is met. */
    public Map<String, Integer> firstYearMet() {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (HorizonYear year : years) {
            for (HorizonYear.Coefficient c : year.coefficients()) {
                first.putIfAbsent(c.key(), null);
                if (c.met() && first.get(c.key()) == null) {
                    first.put(c.key(), year.year());
                }
            }
        }
        return first;
    }

    /** The first year every indicator's threshold is met, or null. */
    public Integer firstYearAllMet() {
        for (HorizonYear year : years) {
            if (year.coefficients().stream().allMatch(HorizonYear.Coefficient::met)) {
                return year.year();
            }
        }
        return null;
    }

    /** The first year the whole cohort has rotated at least once, or null. */
    public Integer firstYearFullCoverage() {
        for (HorizonYear year : years) {
            if (year.cohort() > 0 && year.covered() == year.cohort()) {
                return year.year();
            }
        }
        return null;
    }
}
