package org.lungang.solver.constraints;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.Indicator;

/**
 * Collects every indicator teacher into the sums N and Q of each group's and indicator's
 * {@link DifferenceCoefficient}, keeping each school's counts and changing the sums by that school's term only
 * ({@link DifferenceCoefficient#withSchoolCount}), so that a move touches two terms per indicator instead of
 * regrouping every school. One collector for all of them: a move then updates one tuple, where a tuple per group and
 * indicator sent each move through a join, a map and the rules' nodes once per coefficient it touched. The sums'
 * students are 0: a group's students are a constant of its baseline, which supplies them.
 */
final class IndicatorSumsCollector implements UniConstraintCollector<Rotation,
        IndicatorSumsCollector.Sums,
        IndicatorSums> {

    /** One instance, so that the constraints reading the coefficients share its node of the network. */
    static final IndicatorSumsCollector INSTANCE = new IndicatorSumsCollector();

    private static final Indicator[] INDICATORS = Indicator.values();

    private IndicatorSumsCollector() {
    }

    /** Whether a rotation counts for any indicator where she works: the stream the collector reads. */
    static boolean counted(Rotation rotation) {
        return indicatorsCounting(rotation) != 0;
    }

    /**
     * The indicators she counts for where she works, one bit per indicator by its ordinal; none at a school of no
     * group.
     */
    private static int indicatorsCounting(Rotation rotation) {
        School school = rotation.getEffectiveSchool();
        if (Indicator.groupOf(school) == IndicatorGroup.NONE) {
            return 0;
        }
        int bits = 0;
        for (Indicator indicator : INDICATORS) {
            if (indicator.counts(rotation.getTeacher(), school)) {
                bits |= 1 << indicator.ordinal();
            }
        }
        return bits;
    }

    @Override
    public Supplier<Sums> supplier() {
        return Sums::new;
    }

    @Override
    public BiFunction<Sums, Rotation, Runnable> accumulator() {
        return (sums, rotation) -> {
            // Where she works when counted: a move retracts her from there before she is counted again.
            School school = rotation.getEffectiveSchool();
            IndicatorGroup group = Indicator.groupOf(school);
            int indicators = indicatorsCounting(rotation);
            sums.change(group, school, indicators, +1);
            return () -> sums.change(group, school, indicators, -1);
        };
    }

    @Override
    public Function<Sums, IndicatorSums> finisher() {
        return sums -> new IndicatorSums(sums.sums.clone());
    }

    /** Each school's count per indicator, and each group's and indicator's sums over them. */
    static final class Sums {
        private final Map<School, int[]> counts = new IdentityHashMap<>();
        private final DifferenceCoefficient[] sums = IndicatorSums.empty();

        /** Counts her in (by +1) or out (-1) of each indicator whose bit is set in {@code indicators}. */
        void change(IndicatorGroup group, School school, int indicators, int by) {
            int[] count = counts.computeIfAbsent(school, s -> new int[INDICATORS.length]);
            for (int i = 0; i < INDICATORS.length; i++) {
                if ((indicators & 1 << i) != 0) {
                    int slot = IndicatorSums.slot(group, INDICATORS[i]);
                    sums[slot] = sums[slot].withSchoolCount(school.getStudents(), count[i], count[i] + by);
                    count[i] += by;
                }
            }
        }
    }
}
