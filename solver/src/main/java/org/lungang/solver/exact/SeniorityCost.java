package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.Seniority;
import org.lungang.solver.exact.FixedPart.SchoolSubject;

/**
 * The rule "the longest-serving go first" ({@link Seniority}) as a cost on each pair, without rows: sending a teacher
 * costs the regret she would cause towards every colleague of her school and subject if they all stayed. It counts
 * the regret between two colleagues who both go as well, so it is never below the rule's; for a given number of
 * colleagues sent it is least, with the rule's regret 0, when they are the longest-serving. Groups of more than one
 * (aggregation) get none: the core already sends their longest-serving members first.
 */
final class SeniorityCost {

    private SeniorityCost() {
    }

    /** Minus each pair's cost: a term to add to a maximised objective. */
    static Lin of(CoreModel model) {
        Map<SchoolSubject, List<Rotation>> colleagues = new HashMap<>();
        for (Rotation rotation : model.plan.getRotations()) {
            boolean goesFixed = model.fixed.rotations.contains(rotation) && rotation.getDestination() != null;
            if (rotation.isCandidate() && !rotation.isPrincipal() && !goesFixed) {
                colleagues.computeIfAbsent(new SchoolSubject(rotation.getHomeSchool(), rotation.getSubject()),
                        k -> new ArrayList<>()).add(rotation);
            }
        }
        Lin cost = new Lin();
        for (CoreModel.Pair pair : model.pairs) {
            if (pair.group().size() != 1) {
                continue;
            }
            Rotation goes = pair.group().members().get(0);
            long regret = 0;
            for (Rotation stays : colleagues.getOrDefault(new SchoolSubject(goes.getHomeSchool(), goes.getSubject()),
                    List.of())) {
                if (stays != goes) {
                    regret += Seniority.regret(goes.getTeacher(), stays.getTeacher());
                }
            }
            if (regret > 0) {
                cost.add(pair.variable(), -regret);
            }
        }
        return cost;
    }
}
