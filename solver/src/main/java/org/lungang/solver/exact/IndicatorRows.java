package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import com.google.ortools.linearsolver.MPConstraint;
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
 * <p>
 * For a proof rather than a price ({@link RiseProver}), {@link #squaresOf} writes Q exactly at whole counts, with a
 * count variable per school and chord rows of two entries each (not the pairs in every chord row, which is what made
 * the LP above slow), and {@link #capOf} holds it under a coefficient.
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

    /** Segments of N for the chords of {@link #capOf}. */
    static final int CAP_SEGMENTS = 8;
    /** Counts this close to today's get every chord of n²/p. */
    private static final int NEAR_CHORDS = 16;

    private final CoreModel model;
    private final List<Term> terms = new ArrayList<>();
    private final Map<Integer, Lin> squares = new HashMap<>();

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

    /** How many terms there are: the coefficients the model can change. */
    int size() {
        return terms.size();
    }

    /**
     * Holds the coefficient of every term at most at {@code cap} of its index ({@link #capOf}, with N's range from
     * the linear relaxation), before the deadline: each range gets an equal share of what is left with one share
     * kept for what follows. Returns how many are held; a term whose range was not found in its share stays free.
     */
    int holdAll(IntToDoubleFunction cap, long deadline) {
        int held = 0;
        for (int k = 0; k < terms.size(); k++) {
            double[] range = RiseProver.countRange(model, countOf(k),
                    EngineRun.millisUntil(deadline) / (terms.size() - k + 1));
            if (!Double.isNaN(range[0]) && !Double.isNaN(range[1])) {
                capOf(k, range[0], range[1]).hold(cap.applyAsDouble(k));
                held++;
            }
        }
        return held;
    }

    /** The index of this baseline's term, in the order of {@link #rises}; -1 when the model cannot change it. */
    int indexOf(IndicatorBaseline baseline) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).baseline().equals(baseline)) {
                return i;
            }
        }
        return -1;
    }

    /** The baseline of the term at this index, in the order of {@link #rises}. */
    IndicatorBaseline baselineAt(int index) {
        return terms.get(index).baseline();
    }

    /** N of the term at this index: its indicator count over the group's schools, as the pairs make it. */
    Lin countOf(int index) {
        Term term = terms.get(index);
        Lin count = new Lin();
        for (School school : term.schools()) {
            count.add(term.base().getOrDefault(school, 0));
            Lin change = term.delta().get(school);
            if (change != null) {
                count.addAll(change, 1);
            }
        }
        return count;
    }

    /**
     * Q of the term at this index, exact at every whole count: each school that can change gets its count n (one row
     * with the pairs) and t ≥ the chords of n²/p at n (rows of two), and Q = Σ t + the squares of the schools that
     * cannot change. Minimised or bounded above, t is n²/p at whole counts; leaving chords out only lowers t (each
     * chord is below the curve away from its own span), so far counts get fewer. Added to the model once per term.
     */
    Lin squaresOf(int index) {
        return squares.computeIfAbsent(index, i -> {
            Term term = terms.get(i);
            Lin q = new Lin();
            for (School school : term.schools()) {
                int start = term.base().getOrDefault(school, 0);
                int students = school.getStudents();
                Lin change = term.delta().get(school);
                if (change == null || !change.hasVariables()) {
                    q.add(DifferenceCoefficient.square(start, students));
                    continue;
                }
                Lin at = new Lin().add(start).addAll(change, 1);
                MPVariable n = model.auxiliaryReal(at::eval);
                model.equal(new Lin().add(n, 1).addAll(at, -1), 0);
                MPVariable t = model.auxiliaryReal(values -> {
                    long whole = Math.round(values.getOrDefault(n, 0.0));
                    return DifferenceCoefficient.square(whole, students);
                });
                int low = (int) Math.max(0, Math.floor(at.minOver(model.upper)));
                int high = (int) Math.ceil(at.maxOver(model.upper));
                for (int k : chordStarts(start, low, high)) {
                    double fk = DifferenceCoefficient.square(k, students);
                    double rise = DifferenceCoefficient.square(k + 1, students) - fk;
                    // t − rise·n ≥ f(k) − rise·k: t at least the chord through k and k + 1.
                    model.atLeast(new Lin().add(t, 1).add(n, -rise), fk - rise * k);
                }
                q.add(t, 1);
            }
            return q;
        });
    }

    /**
     * A relaxation of "the term's coefficient stays at most c", for any c: Q ≤ the chords of (1 + c²)·N²/P over
     * {@value #CAP_SEGMENTS} equal segments between the least and the most N of the model, a 0/1 choice of the
     * segment N is in (each chord is above the curve over its segment, so every plan that keeps the coefficient there
     * meets the row; exact where N cannot change). One chord over the whole range was too loose: on the county tier N
     * of the primary backbone ranges over 548–871, and a plan under that chord could raise the coefficient by 57
     * thousandths; eight segments leave about one. The segments are made here once; {@link SquaresCap#hold} adds the
     * row on Q for one c, so a proof that tries c after c does not grow the model by a segment choice a test.
     */
    SquaresCap capOf(int index, double fewest, double most) {
        return new SquaresCap(index, fewest, most);
    }

    /** The segment choice of one term's N over one range, and the rows on Q it holds (see {@link #capOf}). */
    final class SquaresCap {

        private final int index;
        private final double[] from;
        private final double[] to;
        /** The 0/1 choice and the part of N of each segment; empty when the range is one chord. */
        private final List<MPVariable> chosen = new ArrayList<>();
        private final List<MPVariable> part = new ArrayList<>();

        private SquaresCap(int index, double fewest, double most) {
            this.index = index;
            int segments = most - fewest >= CAP_SEGMENTS ? CAP_SEGMENTS : 1;
            from = new double[segments];
            to = new double[segments];
            for (int k = 0; k < segments; k++) {
                from[k] = fewest + (most - fewest) * k / segments;
                to[k] = k == segments - 1 ? most : fewest + (most - fewest) * (k + 1) / segments;
            }
            if (segments == 1) {
                return;
            }
            // N = Σ N_k with N_k within segment k when z_k = 1 and 0 otherwise (the disaggregated form: its
            // relaxation is the convex hull of the segments).
            Lin count = countOf(index);
            Lin choice = new Lin();
            Lin parts = new Lin().addAll(count, -1);
            for (int k = 0; k < segments; k++) {
                double low = from[k];
                double high = to[k];
                boolean first = k == 0;
                MPVariable z = model.auxiliaryBool(values -> within(count.eval(values), low, high, first) ? 1 : 0);
                MPVariable n = model.auxiliaryReal(values -> {
                    double value = count.eval(values);
                    return within(value, low, high, first) ? value : 0;
                });
                model.atMost(new Lin().add(n, 1).add(z, -high), 0);
                model.atLeast(new Lin().add(n, 1).add(z, -low), 0);
                chosen.add(z);
                part.add(n);
                choice.add(z, 1);
                parts.add(n, 1);
            }
            model.equal(choice, 1);
            model.equal(parts, 0);
        }

        /**
         * Adds the row Q ≤ the chords of the curve at {@code coefficient} and returns it, to drop with
         * {@code setBounds}. No plan meeting it proves that none keeps the coefficient at most {@code coefficient}.
         */
        MPConstraint hold(double coefficient) {
            DifferenceCoefficient before = terms.get(index).baseline().before();
            // The allowed Q as chords: on segment k, a_k·z_k + s_k·N_k.
            Lin allowed = new Lin();
            for (int k = 0; k < from.length; k++) {
                double low = before.squaresAt(from[k], coefficient);
                double high = before.squaresAt(to[k], coefficient);
                double slope = to[k] > from[k] ? (high - low) / (to[k] - from[k]) : 0;
                if (chosen.isEmpty()) {
                    allowed.add(low - slope * from[k]).addAll(countOf(index), slope);
                } else {
                    allowed.add(chosen.get(k), low - slope * from[k]).add(part.get(k), slope);
                }
            }
            return model.atMost(new Lin().addAll(squaresOf(index), 1).addAll(allowed, -1), 0);
        }
    }

    /** N in the segment from–to (the first segment takes its lower end, every other its upper end). */
    private static boolean within(double n, double from, double to, boolean first) {
        return (first ? n >= from : n > from) && n <= to;
    }

    /** Where the chords of n²/p start: every whole count near today's (where plans are), fewer farther out. */
    static List<Integer> chordStarts(int start, int low, int high) {
        List<Integer> starts = new ArrayList<>();
        for (int k = low; k < Math.max(high, low + 1); k++) {
            int distance = Math.abs(k - start);
            if (distance <= NEAR_CHORDS || Integer.bitCount(distance) == 1) {
                starts.add(k);
            }
        }
        return starts;
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
