package org.lungang.solver.kpi;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/**
 * Each school's teaching staff per subject after a plan, with the semantics of the staffing rules: principals are not
 * part of subject staffing; every other mover leaves the sender's staff; only a support move (not a secondment) takes
 * a post at the destination.
 */
public final class Staffing {

    private final Map<School, Map<Subject, Integer>> arrivals = new HashMap<>();
    private final Map<School, Map<Subject, Integer>> departures = new HashMap<>();

    private Staffing(RotationPlan plan) {
        for (Rotation rotation : plan.getRotations()) {
            if (!rotation.isMoving() || rotation.isPrincipal()) {
                continue;
            }
            add(departures, rotation.getHomeSchool(), rotation.getSubject());
            if (rotation.getKind() == RotationKind.SUPPORT) {
                add(arrivals, rotation.getDestination(), rotation.getSubject());
            }
        }
    }

    public static Staffing of(RotationPlan plan) {
        return new Staffing(plan);
    }

    private static void add(Map<School, Map<Subject, Integer>> counts, School school, Subject subject) {
        counts.computeIfAbsent(school, s -> new EnumMap<>(Subject.class)).merge(subject, 1, Integer::sum);
    }

    private static int get(Map<School, Map<Subject, Integer>> counts, School school, Subject subject) {
        return counts.getOrDefault(school, Map.of()).getOrDefault(subject, 0);
    }

    private static int total(Map<School, Map<Subject, Integer>> counts, School school) {
        return counts.getOrDefault(school, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Teachers of the subject who arrive to take a post (support moves). */
    public int arrivals(School school, Subject subject) {
        return get(arrivals, school, subject);
    }

    /** Teachers of the subject who leave the school, principals excluded. */
    public int departures(School school, Subject subject) {
        return get(departures, school, subject);
    }

    public int totalArrivals(School school) {
        return total(arrivals, school);
    }

    public int totalDepartures(School school) {
        return total(departures, school);
    }

    public int staffAfter(School school, Subject subject) {
        return school.staffBefore(subject) + arrivals(school, subject) - departures(school, subject);
    }

    public int totalStaffAfter(School school) {
        return school.getTotalStaffBefore() + totalArrivals(school) - totalDepartures(school);
    }

    /** Posts of the subject still open after the plan: max(0, posts − staff after). */
    public int openPostsAfter(School school, Subject subject) {
        return Math.max(0, school.posts(subject) - staffAfter(school, subject));
    }
}
