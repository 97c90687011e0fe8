package org.lungang.solver.exact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.exact.CoreModel.Pair;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.solver.kpi.IndicatorCounts;

/**
 * The rule "no official CV rises" ({@code indicatorsMustNotWorsen}) as linear rows with a slack, for the core model's
 * guarded stage. Per group and indicator the coefficient does not rise while Q = Σ n<sub>i</sub>²/p<sub>i</sub> stays
 * at most (1 + CV<sub>before</sub>²)·N²/P ({@link DifferenceCoefficient#squaresAt}); each school's term is bounded
 * below by the chords of n²/p between whole counts (exact at every whole count), the right side is its tangent at
 * the model's starting N (below the curve: stricter). The excess over it, in approximate thousandths of CV rise
 * ({@link DifferenceCoefficient#risePerSquare}), is what the stage penalises. Groups of one only (aggregated groups
 * mix teachers who count differently).
 */
final class IndicatorRows {

    /** Chords either side of a school's starting count; beyond them the last chord goes on (a slight underestimate). */
    private static final int CHORDS_EACH_SIDE = 12;

    private IndicatorRows() {
    }

    /** Adds the rows and returns the excess in thousandths of CV rise, summed over groups and indicators. */
    static Lin add(CoreModel model) {
        Lin thousandths = new Lin();
        if (model.aggregated) {
            return thousandths;
        }
        for (IndicatorBaseline baseline : model.plan.getIndicatorBaselines()) {
            addGuard(model, baseline, thousandths);
        }
        return thousandths;
    }

    private static void addGuard(CoreModel model, IndicatorBaseline baseline, Lin thousandths) {
        IndicatorGroup group = baseline.group();
        Indicator indicator = baseline.indicator();
        List<School> schools = IndicatorCounts.schoolsOf(model.plan.getSchools(), group);
        Map<School, Integer> base = new HashMap<>();
        for (Rotation r : model.plan.getRotations()) {
            // Free rotations start at home; fixed ones are where they stay.
            School at = model.free.contains(r) ? r.getHomeSchool() : r.getEffectiveSchool();
            if (indicator.counts(r.getTeacher(), at)) {
                base.merge(at, 1, Integer::sum);
            }
        }
        Map<School, Lin> delta = new HashMap<>();
        for (Pair pair : model.pairs) {
            Rotation member = pair.group().members().get(0);
            School home = pair.group().home();
            if (Indicator.groupOf(home) == group && indicator.counts(member.getTeacher(), home)) {
                delta.computeIfAbsent(home, s -> new Lin()).add(pair.variable(), -1);
            }
            School to = pair.destination();
            if (Indicator.groupOf(to) == group && indicator.counts(member.getTeacher(), to)) {
                delta.computeIfAbsent(to, s -> new Lin()).add(pair.variable(), 1);
            }
        }
        DifferenceCoefficient start = DifferenceCoefficient.EMPTY;
        Lin squares = new Lin();
        Lin count = new Lin();
        for (School school : schools) {
            int n = base.getOrDefault(school, 0);
            start = start.plusSchool(school.getStudents(), n);
            Lin after = new Lin().add(n).addAll(delta.getOrDefault(school, new Lin()), 1);
            count.addAll(after, 1);
            if (after.hasVariables()) {
                squares.add(squareTerm(model, school, n, after), 1);
            } else {
                squares.add(DifferenceCoefficient.square(n, school.getStudents()));
            }
        }
        long startCount = start.count();
        if (startCount == 0 || !count.hasVariables()) {
            return;
        }
        // Allowed Q at N, linearised at the starting N: tangent of (1 + CV²)·N²/P, below the curve.
        double cv = baseline.before().value();
        double allowedAtStart = baseline.before().squaresAt(startCount, cv);
        double slope = 2 * allowedAtStart / startCount;
        Lin allowed = new Lin().add(allowedAtStart - slope * startCount).addAll(count, slope);
        Lin over = new Lin().addAll(squares, 1).addAll(allowed, -1);
        MPVariable excess = model.auxiliaryReal(h -> Math.max(0, over.eval(h)));
        model.atMost(new Lin().addAll(over, 1).add(excess, -1), 0);
        thousandths.add(excess, 1000 * start.risePerSquare());
    }

    /** t ≥ n²/p at every whole n, by the chords between consecutive counts around the start. */
    private static MPVariable squareTerm(CoreModel model, School school, int start, Lin after) {
        int students = school.getStudents();
        int lowest = (int) Math.max(0, Math.max(start - CHORDS_EACH_SIDE, Math.ceil(after.minOver(model.upper))));
        int highest = (int) Math.min(start + CHORDS_EACH_SIDE, Math.floor(after.maxOver(model.upper)));
        MPVariable term = model.auxiliaryReal(
                h -> DifferenceCoefficient.square(Math.max(0, Math.round(after.eval(h))), students));
        if (highest <= lowest) {
            model.atLeast(new Lin().add(term, 1), DifferenceCoefficient.square(lowest, students));
            return term;
        }
        for (int k = lowest; k < highest; k++) {
            double low = DifferenceCoefficient.square(k, students);
            double chord = DifferenceCoefficient.square(k + 1, students) - low;
            // t − chord·n ≥ f(k) − chord·k
            model.atLeast(new Lin().add(term, 1).addAll(after, -chord), low - chord * k);
        }
        return term;
    }
}
