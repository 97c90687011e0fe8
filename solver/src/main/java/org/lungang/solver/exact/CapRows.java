package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SecondmentCap;
import org.lungang.solver.exact.CoreModel.Pair;

/**
 * The core model's rows of teams and per-school caps: a team goes to one school together or stays, the secondment
 * host cap, receiving capacity, beds beyond the commute limit and the stability cap.
 */
final class CapRows {

    private CapRows() {
    }

    static void add(CoreModel model) {
        addTeams(model);
        addSchoolCaps(model);
    }

    /** Members of a free team go to one school together or all stay (every member is a group of one). */
    private static void addTeams(CoreModel model) {
        Map<String, List<Group>> teams = new LinkedHashMap<>();
        for (Group group : model.groups) {
            String team = group.members().get(0).getTeacher().teamId();
            if (team != null) {
                teams.computeIfAbsent(team, id -> new ArrayList<>()).add(group);
            }
        }
        Map<String, Integer> teamSizes = new HashMap<>();
        for (Rotation rotation : model.plan.getRotations()) {
            if (rotation.getTeacher().teamId() != null) {
                teamSizes.merge(rotation.getTeacher().teamId(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, List<Group>> team : teams.entrySet()) {
            Map<School, List<MPVariable>> bySchool = new HashMap<>();
            for (Group member : team.getValue()) {
                for (Pair pair : model.pairsOf(member)) {
                    bySchool.computeIfAbsent(pair.destination(), s -> new ArrayList<>()).add(pair.variable());
                }
            }
            int size = teamSizes.get(team.getKey());
            for (List<MPVariable> variables : bySchool.values()) {
                if (variables.size() < size) {
                    // A member without a legal move there (or without any) keeps the whole team away.
                    variables.forEach(v -> v.setUb(0));
                } else {
                    for (int i = 1; i < variables.size(); i++) {
                        model.equal(new Lin().add(variables.get(i), 1).add(variables.get(0), -1), 0);
                    }
                }
            }
        }
    }

    /** Secondment host cap, receiving capacity, beds beyond the commute limit and the stability cap. */
    private static void addSchoolCaps(CoreModel model) {
        FixedPart fixed = model.fixed;
        RotationPolicy policy = model.policy;
        Map<School, Lin> secondees = new LinkedHashMap<>();
        Map<School, Lin> received = new LinkedHashMap<>();
        Map<School, Lin> lodgers = new LinkedHashMap<>();
        Map<School, Lin> leaving = new LinkedHashMap<>();
        for (Pair pair : model.pairs) {
            School to = pair.destination();
            if (!pair.support()) {
                secondees.computeIfAbsent(to, s -> new Lin()).add(pair.variable(), 1);
            }
            if (to.getReceivingCapacity() != null) {
                received.computeIfAbsent(to, s -> new Lin()).add(pair.variable(), 1);
            }
            if (pair.lodger()) {
                lodgers.computeIfAbsent(to, s -> new Lin()).add(pair.variable(), 1);
            }
            leaving.computeIfAbsent(pair.group().home(), s -> new Lin()).add(pair.variable(), 1);
        }
        // A pinned plan that already breaks a cap is the planner's: the free moves may not add to it.
        secondees.forEach((school, count) -> model.atMost(count,
                SecondmentCap.room(policy, school, fixed.secondees.getOrDefault(school, 0))));
        received.forEach((school, count) -> model.atMost(count.add(fixed.received.getOrDefault(school, 0)),
                Math.max(school.getReceivingCapacity(), fixed.received.getOrDefault(school, 0))));
        lodgers.forEach((school, count) -> model.atMost(count.add(fixed.lodgers.getOrDefault(school, 0)),
                Math.max(school.getHousingBeds(), fixed.lodgers.getOrDefault(school, 0))));
        leaving.forEach((school, count) -> model.atMost(count.add(fixed.leaving.getOrDefault(school, 0)),
                Math.max(policy.maxStaffLoss(school), fixed.leaving.getOrDefault(school, 0))));
    }
}
