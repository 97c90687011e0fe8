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
 * @param reproducibility the step budget of a reproducible horizon, or null for one under a time limit alone
 */
public record HorizonResult(String name, double secondsPerYear, List<HorizonYear> years,
        Reproducibility reproducibility) {

    /**
     * How a reproducible horizon was solved ({@link Horizon#reproducible}): each year's local search ends after a
     * number of steps, not at the time limit, so that the same problem, steps and seed give the same horizon.
     *
     * @param yearsAtTimeLimit the years whose solve reached the time limit before its steps were done: where there
     *        is one, the horizon may not repeat
     */
    public record Reproducibility(int stepsPerYear, long seed, List<Integer> yearsAtTimeLimit) {

        public Reproducibility {
            yearsAtTimeLimit = List.copyOf(yearsAtTimeLimit);
        }

        /** Every year ended on its steps, none at the time limit. */
        public boolean repeatable() {
            return yearsAtTimeLimit.isEmpty();
        }
    }

    public HorizonResult {
        years = List.copyOf(years);
    }

    /** A horizon solved under a time limit alone (null reproducibility). */
    public HorizonResult(String name, double secondsPerYear, List<HorizonYear> years) {
        this(name, secondsPerYear, years, null);
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
