package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.function.ToDoubleFunction;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Seniority;

/**
 * The linear core of the rotation rules as a mixed-integer model over (group of teachers, destination) pairs, built
 * from the {@link RotationPolicy} rule methods alone: the pairs and their variables here, the rows in
 * {@link CapRows} (teams and per-school caps), {@link StaffingRows} (open post, no hole, shortage reward),
 * {@link QuotaRows} (the four quotas) and, on demand, {@link IndicatorRows} (no official CV rise).
 * <p>
 * Fixed rotations ({@link FixedPart}) keep their current destination and enter the rules as constants. A pair's
 * variable counts the group's members who go to that school. With groups of more than one the model is a relaxation
 * (the cheapest member's commute, a bed only when every member needs one), so its bound stays a bound.
 */
final class CoreModel {

    record Pair(Group group, School destination, MPVariable variable, long km, boolean lodger, boolean support) {
    }

    final MPSolver solver;
    final RotationPlan plan;
    final RotationPolicy policy;
    final FixedPart fixed;
    final List<Group> groups = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    /** The rotations whose destination the model decides (the members of every group). */
    final Set<Rotation> free = new HashSet<>();
    /** Each pair's and whole-number auxiliary's upper bound (0/1 ones are left out: 1). */
    final Map<MPVariable, Double> upper = new HashMap<>();
    /** Heads of quota shortfall: every quota's missing heads summed. */
    final Lin shortfall = new Lin();
    /** 100 × scarcity × shortage posts filled − km of commute, fixed rotations included as constants. */
    final Lin objective = new Lin();
    final boolean aggregated;
    private final Map<Group, List<Pair>> pairsOf = new HashMap<>();
    /** How each auxiliary variable follows from the pairs, to complete a hint (CP-SAT uses only complete ones well). */
    private final Map<MPVariable, ToDoubleFunction<Map<MPVariable, Double>>> auxiliary = new LinkedHashMap<>();

    CoreModel(Candidates candidates, boolean aggregate, MPSolver solver) {
        this.plan = candidates.plan;
        this.policy = plan.getPolicy();
        this.fixed = candidates.fixed;
        this.solver = solver;
        this.aggregated = aggregate;
        free.addAll(candidates.free);
        groups.addAll(candidates.groups(aggregate));
        for (Group group : groups) {
            addPairs(group, candidates.unionOf(group));
        }
        CapRows.add(this);
        StaffingRows.add(this);
        QuotaRows.add(this);
        for (Pair pair : pairs) {
            objective.add(pair.variable(), -pair.km());
        }
        objective.add(-fixed.km);
    }

    private void addPairs(Group group, List<School> destinations) {
        List<Pair> own = new ArrayList<>();
        for (School school : destinations) {
            MPVariable y = group.size() == 1 ? solver.makeBoolVar("") : solver.makeIntVar(0, group.size(), "");
            upper.put(y, (double) group.size());
            long km = Long.MAX_VALUE;
            boolean allNeedBed = true;
            for (Rotation member : group.members()) {
                double commute = member.getDistances().commute(member.getTeacher(), school);
                km = Math.min(km, Math.round(commute));
                allNeedBed &= policy.needsBed(commute);
            }
            Pair pair = new Pair(group, school, y, km, allNeedBed,
                    Candidates.isSupport(group.members().get(0), school));
            own.add(pair);
            pairs.add(pair);
        }
        pairsOf.put(group, own);
        if (own.size() > 1) {
            // Each member goes to one school at most (a teacher of a group of one too: without this row the model
            // sent her to several schools at once, counting her in several quotas and posts).
            Lin leaving = new Lin();
            own.forEach(p -> leaving.add(p.variable(), 1));
            atMost(leaving, group.size());
        }
    }

    int pairCount() {
        return pairs.size();
    }

    List<Pair> pairsOf(Group group) {
        return pairsOf.getOrDefault(group, List.of());
    }

    /** A whole-number variable that follows from the pairs as {@code value} says (for complete hints). */
    MPVariable auxiliaryInt(double upperBound, ToDoubleFunction<Map<MPVariable, Double>> value) {
        MPVariable variable = solver.makeIntVar(0, upperBound, "");
        upper.put(variable, upperBound);
        auxiliary.put(variable, value);
        return variable;
    }

    /** A continuous variable ≥ 0 that follows from the pairs as {@code value} says (for complete hints). */
    MPVariable auxiliaryReal(ToDoubleFunction<Map<MPVariable, Double>> value) {
        MPVariable variable = solver.makeNumVar(0, MPSolver.infinity(), "");
        auxiliary.put(variable, value);
        return variable;
    }

    /** A 0/1 variable that follows from the pairs as {@code value} says (for complete hints). */
    MPVariable auxiliaryBool(ToDoubleFunction<Map<MPVariable, Double>> value) {
        MPVariable variable = solver.makeBoolVar("");
        auxiliary.put(variable, value);
        return variable;
    }

    private MPConstraint constraint(Lin expression, double lower, double upperBound) {
        MPConstraint c = solver.makeConstraint(lower - expression.constant, upperBound - expression.constant, "");
        expression.terms.forEach(c::setCoefficient);
        return c;
    }

    /** Adds the row and returns it; null when the expression has no variables (nothing to bound). */
    MPConstraint atMost(Lin expression, double bound) {
        return expression.hasVariables() ? constraint(expression, -MPSolver.infinity(), bound) : null;
    }

    void atLeast(Lin expression, double bound) {
        if (expression.hasVariables()) {
            constraint(expression, bound, MPSolver.infinity());
        }
    }

    void equal(Lin expression, double value) {
        constraint(expression, value, value);
    }

    /** Sets the objective to the expression (its constant left out: MPSolver's bound is read without offsets). */
    void setObjective(Lin expression, boolean maximise) {
        var o = solver.objective();
        o.clear();
        expression.terms.forEach(o::setCoefficient);
        if (maximise) {
            o.setMaximization();
        } else {
            o.setMinimization();
        }
    }

    /**
     * Keeps the shortfall at most the given heads (the second, lexicographic stage); the row, to move the cap (null
     * when nothing can fall short).
     */
    MPConstraint capShortfall(long heads) {
        return atMost(shortfall, heads + 0.5);
    }

    /**
     * Turns the pair values into a destination per free rotation: a group's members are sent longest-serving and
     * volunteers first (the seniority rule), each to a destination where the member needs no bed when one of them
     * does not.
     */
    Map<Rotation, School> destinations(Map<MPVariable, Double> values) {
        Map<Rotation, School> result = new HashMap<>();
        for (Group group : groups) {
            List<Rotation> waiting = new ArrayList<>(group.members());
            waiting.sort(Comparator.comparing(Rotation::getTeacher, Seniority.FIRST_TO_GO)
                    .thenComparing(Rotation::getId));
            for (Pair pair : pairsOf(group)) {
                long count = Math.round(values.getOrDefault(pair.variable(), 0.0));
                for (long i = 0; i < count && !waiting.isEmpty(); i++) {
                    Rotation chosen = waiting.stream()
                            .filter(r -> !policy.needsBed(r.getDistances().commute(r.getTeacher(), pair.destination())))
                            .findFirst().orElse(waiting.get(0));
                    waiting.remove(chosen);
                    result.put(chosen, pair.destination());
                }
            }
            waiting.forEach(r -> result.put(r, null));
        }
        // Free rotations without any legal destination stay.
        free.forEach(r -> result.putIfAbsent(r, null));
        return result;
    }

    /** The pair values with every auxiliary variable's value that follows from them: a complete hint. */
    Map<MPVariable, Double> completeHint(Map<MPVariable, Double> values) {
        Map<MPVariable, Double> pairValues = new HashMap<>();
        pairs.forEach(p -> pairValues.put(p.variable(), values.getOrDefault(p.variable(), 0.0)));
        // In the order they were made: an auxiliary may follow from earlier ones (the CV guard's excess from its
        // square terms).
        Map<MPVariable, Double> hint = new HashMap<>(pairValues);
        auxiliary.forEach((variable, value) -> hint.put(variable, value.applyAsDouble(hint)));
        return hint;
    }

    /**
     * Every variable of the model, as the objects the model holds (MPSolver hands out new wrappers each time, which
     * do not compare equal to these).
     */
    List<MPVariable> variables() {
        List<MPVariable> all = new ArrayList<>(pairs.size() + auxiliary.size());
        pairs.forEach(p -> all.add(p.variable()));
        all.addAll(auxiliary.keySet());
        return all;
    }
}
