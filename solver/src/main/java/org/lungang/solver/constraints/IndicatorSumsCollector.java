package org.lungang.solver.constraints;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.kpi.DifferenceCoefficient;

/**
 * Collects the indicator teachers of one group into the sums N and Q of its {@link DifferenceCoefficient}, keeping
 * each school's count and changing the sums by that school's term only
 * ({@link DifferenceCoefficient#withSchoolCount}), so that a move touches two terms instead of regrouping every school.
 * The result's students are 0: the group's students are a constant of its baseline, which supplies them.
 */
final class IndicatorSumsCollector implements UniConstraintCollector<Rotation,
        IndicatorSumsCollector.Sums,
        DifferenceCoefficient> {

    /** One instance, so that the constraints reading an indicator's coefficients share its node of the network. */
    static final IndicatorSumsCollector INSTANCE = new IndicatorSumsCollector();

    private IndicatorSumsCollector() {
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
            sums.change(school, +1);
            return () -> sums.change(school, -1);
        };
    }

    @Override
    public Function<Sums, DifferenceCoefficient> finisher() {
        return sums -> sums.sums;
    }

    /** Each school's indicator count in the group, and the group's sums over them. */
    static final class Sums {
        private final Map<School, int[]> counts = new IdentityHashMap<>();
        private DifferenceCoefficient sums = DifferenceCoefficient.EMPTY;

        void change(School school, int by) {
            int[] count = counts.computeIfAbsent(school, s -> new int[1]);
            sums = sums.withSchoolCount(school.getStudents(), count[0], count[0] + by);
            count[0] += by;
            if (count[0] == 0) {
                counts.remove(school);
            }
        }
    }
}
