package org.lungang.solver.exact;

import java.util.ArrayList;
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
 * The rule "no official CV rises" ({@code indicatorsMustNotWorsen}) as linear terms per group and indicator, for the
 * core model's guarded stage. The coefficient does not rise while Q = Σ n<sub>i</sub>²/p<sub>i</sub> stays at most
 * (1 + CV<sub>before</sub>²)·N²/P ({@link DifferenceCoefficient#squaresAt}); the right side is its tangent at a
 * reference plan's N (below the curve: stricter). Each school's term of Q is its secant between the count at the
 * model's start and the count in the reference plan (the plan the stage starts from): exact at both, a slight
 * underestimate between them. Q less the allowed Q, in approximate thousandths of CV
 * ({@link DifferenceCoefficient#risePerSquare}), is what the stage prices. Measured on the county tier, the
 * alternatives were worse: the tangent at the start alone missed most of the rise (an urban school sending 15 of its
 * 60 teachers with a degree lowers Q by 0.1 less than 15 single moves, which at a CV of 0.14 is 20 thousandths), and
 * chords between whole counts per school (exact at every count) made an LP that SCIP did not solve at the root in
 * 18 s. Groups of one only (aggregated groups mix teachers who count differently).
 */
final class IndicatorRows {

    /** One group and indicator: the counts at the model's start and how each school's count follows the pairs. */
    private record Term(IndicatorBaseline baseline, List<School> schools, Map<School, Integer> base,
            Map<School, Lin> delta) {

        /** The coefficient with the counts of a plan of the model. */
        DifferenceCoefficient after(Map<MPVariable, Double> values) {
            DifferenceCoefficient sums = DifferenceCoefficient.EMPTY;
            for (School school : schools) {
                Lin change = delta.get(school);
                long n = base.getOrDefault(school, 0) + (change == null ? 0 : Math.round(change.eval(values)));
                sums = sums.plusSchool(school.getStudents(), (int) Math.max(0, n));
            }
            return sums;
        }
    }

    private final CoreModel model;
    private final List<Term> terms = new ArrayList<>();

    /** The guard's terms for every group and indicator (none when the model is aggregated: its groups mix counts). */
    IndicatorRows(CoreModel model) {
        this.model = model;
        if (!model.aggregated) {
            for (IndicatorBaseline baseline : model.plan.getIndicatorBaselines()) {
                Term term = term(baseline);
                if (term != null) {
                    terms.add(term);
                }
            }
        }
    }

    /** The rise over every coefficient before the plan, in thousandths rounded up, summed: the medium rule's figure. */
    long rise(Map<MPVariable, Double> values) {
        long thousandths = 0;
        for (long rise : rises(values)) {
            thousandths += rise;
        }
        return thousandths;
    }

    /** The rise of each coefficient over its value before the plan, in thousandths rounded up, in term order. */
    long[] rises(Map<MPVariable, Double> values) {
        long[] rises = new long[terms.size()];
        for (int i = 0; i < rises.length; i++) {
            rises[i] = terms.get(i).baseline().riseInThousandths(terms.get(i).after(values));
        }
        return rises;
    }

    private Term term(IndicatorBaseline baseline) {
        IndicatorGroup group = baseline.group();
        Indicator indicator = baseline.indicator();
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
        List<School> schools = IndicatorCounts.schoolsOf(model.plan.getSchools(), group);
        long startCount = schools.stream().mapToLong(s -> base.getOrDefault(s, 0)).sum();
        return startCount == 0 || delta.isEmpty() ? null : new Term(baseline, schools, base, delta);
    }

    /**
     * The estimated change of each coefficient over its value before the plan, in thousandths (negative where it
     * falls), linearised at the reference plan: for an objective.
     */
    List<Lin> changesAt(Map<MPVariable, Double> reference) {
        List<Lin> changes = new ArrayList<>();
        for (Term term : terms) {
            changes.add(over(term, reference));
        }
        return changes;
    }

    /** Q less the allowed Q at N, linearised at the reference plan, in approximate thousandths of CV. */
    private Lin over(Term term, Map<MPVariable, Double> reference) {
        DifferenceCoefficient start = DifferenceCoefficient.EMPTY;
        Lin squares = new Lin();
        Lin count = new Lin();
        double referenceCount = 0;
        for (School school : term.schools()) {
            int n = term.base().getOrDefault(school, 0);
            int students = school.getStudents();
            start = start.plusSchool(students, n);
            Lin change = term.delta().getOrDefault(school, new Lin());
            long atReference = n + Math.round(change.eval(reference));
            referenceCount += atReference;
            count.add(n).addAll(change, 1);
            // n²/p from the start count along its secant through the reference count (the tangent when they agree).
            double slope = (n + atReference) / (double) students;
            squares.add(DifferenceCoefficient.square(n, students)).addAll(change, slope);
        }
        // Allowed Q at N: the tangent of (1 + CV²)·N²/P at the reference N, below the curve.
        double cv = term.baseline().before().value();
        double allowedAtReference = term.baseline().before().squaresAt(referenceCount, cv);
        double slope = 2 * allowedAtReference / Math.max(1, referenceCount);
        Lin allowed = new Lin().add(allowedAtReference - slope * referenceCount).addAll(count, slope);
        return new Lin().addAll(squares, 1000 * start.risePerSquare()).addAll(allowed, -1000 * start.risePerSquare());
    }
}
