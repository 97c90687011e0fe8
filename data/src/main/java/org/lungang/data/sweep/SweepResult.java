package org.lungang.data.sweep;

import java.time.Duration;
import java.util.List;

/**
 * A finished sweep: every point, infeasible ones included, in grid order (the first parameter varies fastest).
 *
 * @param problemName the name of the swept problem
 * @param parameters one or two swept parameters
 * @param timePerPoint the solver's time limit at each point
 * @param parallel solvers that ran at once
 */
public record SweepResult(String problemName, List<SweepParameter> parameters, Duration timePerPoint, int parallel,
        List<SweepPoint> points) {

    public SweepResult {
        parameters = List.copyOf(parameters);
        points = List.copyOf(points);
    }

    /** The points with the given value of the second parameter (all points when only one is swept), by x. */
    public List<SweepPoint> series(int secondIndex) {
        int width = parameters.get(0).values().size();
        return points.stream().filter(p -> p.index() / width == secondIndex).toList();
    }

    /** Lines of the chart: one per value of the second parameter, or one. */
    public int seriesCount() {
        return parameters.size() < 2 ? 1 : parameters.get(1).values().size();
    }
}
