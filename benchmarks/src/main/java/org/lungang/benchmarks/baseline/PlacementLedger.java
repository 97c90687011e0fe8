package org.lungang.benchmarks.baseline;

import java.util.HashMap;
import java.util.Map;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/**
 * What a clerk with a spreadsheet keeps track of while placing teachers one by one: open posts per school and
 * subject, arrivals against receiving capacity, lodgers against housing beds, and departures against the sender's
 * floor and the stability cap. Only support moves (to more rural or weaker schools) are placed.
 */
final class PlacementLedger {

    private record Key(School school, Subject subject) {
    }

    private final RotationPolicy policy;
    private final Map<Key, Integer> change = new HashMap<>();
    private final Map<School, Integer> arrivals = new HashMap<>();
    private final Map<School, Integer> lodgers = new HashMap<>();
    private final Map<School, Integer> departures = new HashMap<>();

    PlacementLedger(RotationPolicy policy) {
        this.policy = policy;
    }

    /** Open posts of the subject at the school after the placements so far. */
    int openPosts(School school, Subject subject) {
        return Math.max(0, school.posts(subject) - staff(school, subject));
    }

    private int staff(School school, Subject subject) {
        return school.staffBefore(subject) + change.getOrDefault(new Key(school, subject), 0);
    }

    /** The receiving school's side of the rules: direction, an open post, capacity, a bed beyond the commute limit. */
    boolean canReceive(Rotation rotation, School school) {
        if (school == rotation.getHomeSchool() || rotation.getForbiddenSchoolIds().contains(school.getId())
                || Direction.between(rotation.getHomeSchool(), school) != Direction.TOWARDS_RURAL_OR_WEAK
                || openPosts(school, rotation.getSubject()) == 0) {
            return false;
        }
        if (school.getReceivingCapacity() != null && arrivals.getOrDefault(school, 0) >= school.getReceivingCapacity()) {
            return false;
        }
        return !needsBed(rotation, school) || lodgers.getOrDefault(school, 0) < school.getHousingBeds();
    }

    /** The sending school's side: it keeps its floor in the subject and loses no more than the stability cap. */
    boolean canSend(Rotation rotation) {
        School home = rotation.getHomeSchool();
        Subject subject = rotation.getSubject();
        return staff(home, subject) - 1 >= policy.senderMinimum(home, subject)
                && departures.getOrDefault(home, 0) < policy.maxStaffLoss(home);
    }

    void place(Rotation rotation, School school) {
        rotation.setDestination(school);
        change.merge(new Key(rotation.getHomeSchool(), rotation.getSubject()), -1, Integer::sum);
        change.merge(new Key(school, rotation.getSubject()), 1, Integer::sum);
        departures.merge(rotation.getHomeSchool(), 1, Integer::sum);
        arrivals.merge(school, 1, Integer::sum);
        if (needsBed(rotation, school)) {
            lodgers.merge(school, 1, Integer::sum);
        }
    }

    private boolean needsBed(Rotation rotation, School school) {
        return policy.needsBed(rotation.getDistances().commute(rotation.getTeacher(), school));
    }
}
