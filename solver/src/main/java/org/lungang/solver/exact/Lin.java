package org.lungang.solver.exact;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.ortools.linearsolver.MPVariable;

/**
 * A linear expression of the core model: a constant and each variable's coefficient (a variable added twice adds
 * up).
 */
final class Lin {

    final Map<MPVariable, Double> terms = new LinkedHashMap<>();
    double constant;

    /** Adds a term; a variable whose coefficients cancel leaves the expression (a move within a group changes no N). */
    Lin add(MPVariable variable, double coefficient) {
        if (terms.merge(variable, coefficient, Double::sum) == 0.0) {
            terms.remove(variable);
        }
        return this;
    }

    Lin add(double value) {
        constant += value;
        return this;
    }

    Lin addAll(Lin other, double factor) {
        other.terms.forEach((v, c) -> add(v, c * factor));
        constant += other.constant * factor;
        return this;
    }

    double eval(Map<MPVariable, Double> values) {
        double value = constant;
        for (Map.Entry<MPVariable, Double> term : terms.entrySet()) {
            value += term.getValue() * values.getOrDefault(term.getKey(), 0.0);
        }
        return value;
    }

    boolean hasVariables() {
        return !terms.isEmpty();
    }

    /** The largest value over variables between 0 and their upper bound (1 when not given). */
    double maxOver(Map<MPVariable, Double> upper) {
        double max = constant;
        for (Map.Entry<MPVariable, Double> term : terms.entrySet()) {
            max += Math.max(0, term.getValue()) * upper.getOrDefault(term.getKey(), 1.0);
        }
        return max;
    }

    /** The smallest value over variables between 0 and their upper bound (1 when not given). */
    double minOver(Map<MPVariable, Double> upper) {
        double min = constant;
        for (Map.Entry<MPVariable, Double> term : terms.entrySet()) {
            min += Math.min(0, term.getValue()) * upper.getOrDefault(term.getKey(), 1.0);
        }
        return min;
    }
}
