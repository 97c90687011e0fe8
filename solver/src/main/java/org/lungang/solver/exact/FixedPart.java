package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/**
 * The rotations whose destination stays as it is (pins, non-candidates, principals, teams with a fixed member), and
 * what they contribute to each counting rule of the core model as constants.
 */
final class FixedPart {

    /** A school's subject: the key of the staffing rows. */
    record SchoolSubject(School school, Subject subject) {
    }

    final Set<Rotation> rotations;
    final Map<SchoolSubject, Integer> in = new HashMap<>();
    final Map<SchoolSubject, Integer> out = new HashMap<>();
    /**
     * New secondments among the fixed rotations, per host; teachers at a host on a term begun earlier are counted by
     * {@link org.lungang.solver.domain.SecondmentCap} from the school.
     */
    final Map<School, Integer> secondees = new HashMap<>();
    final Map<School, Integer> received = new HashMap<>();
    final Map<School, Integer> lodgers = new HashMap<>();
    final Map<School, Integer> leaving = new HashMap<>();
    long km;

    FixedPart(RotationPlan plan) {
        RotationPolicy policy = plan.getPolicy();
        this.rotations = fixedRotations(plan);
        for (Rotation r : rotations) {
            if (!r.isMoving()) {
                continue;
            }
            School to = r.getDestination();
            km += Math.round(r.getCommuteKm());
            if (policy.needsBed(r.getCommuteKm())) {
                lodgers.merge(to, 1, Integer::sum);
            }
            if (r.isPrincipal()) {
                continue;
            }
            out.merge(new SchoolSubject(r.getHomeSchool(), r.getSubject()), 1, Integer::sum);
            leaving.merge(r.getHomeSchool(), 1, Integer::sum);
            if (to.getReceivingCapacity() != null) {
                received.merge(to, 1, Integer::sum);
            }
            if (r.getKind() == RotationKind.SUPPORT) {
                in.merge(new SchoolSubject(to, r.getSubject()), 1, Integer::sum);
            } else {
                secondees.merge(to, 1, Integer::sum);
            }
        }
    }

    int get(Map<SchoolSubject, Integer> map, School school, Subject subject) {
        return map.getOrDefault(new SchoolSubject(school, subject), 0);
    }

    /** Rotations whose destination stays as it is: pins, non-candidates, principals, teams with a fixed member. */
    private static Set<Rotation> fixedRotations(RotationPlan plan) {
        Set<Rotation> fixed = new HashSet<>();
        Map<String, List<Rotation>> teams = new HashMap<>();
        for (Rotation rotation : plan.getRotations()) {
            // isPinned holds the planner's pins and every non-candidate.
            if (rotation.isPinned() || rotation.isPrincipal()) {
                fixed.add(rotation);
            }
            if (rotation.getTeacher().teamId() != null) {
                teams.computeIfAbsent(rotation.getTeacher().teamId(), id -> new ArrayList<>()).add(rotation);
            }
        }
        for (List<Rotation> team : teams.values()) {
            if (team.stream().anyMatch(fixed::contains)) {
                fixed.addAll(team);
            }
        }
        return fixed;
    }
}
