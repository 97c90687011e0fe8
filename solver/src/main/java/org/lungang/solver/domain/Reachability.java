package org.lungang.solver.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The schools a teacher's rotation may take, judged by the rules that depend on the teacher and the school alone: a
 * relaxation of the hard constraints, computed once when the plan is built. Every destination of a legal plan is
 * reachable; a reachable destination may still be illegal in a given plan (the open post may be taken by another
 * arrival, the beds by other lodgers), which the hard constraints decide. It prunes what no plan can make legal:
 * <ul>
 * <li>the teacher's own school, and schools of a stage the policy's rotation does not cover;</li>
 * <li>for teachers, a direction the policy does not allow ({@link RotationPolicy#allowsDirection});</li>
 * <li>for a support move, a school that keeps every post of the subject filled even if every candidate of that
 * subject left it (its posts do not exceed its staff before the plan less those candidates), so that chains A→B→C
 * stay possible;</li>
 * <li>for a secondment, a host whose secondment cap the ongoing secondees already fill ({@link SecondmentCap}), so
 * every host when the cap is 0;</li>
 * <li>for teachers, a school that receives no one (receiving capacity 0);</li>
 * <li>a school beyond the commute limit ({@link RotationPolicy#needsBed}) with no bed of turnover housing;</li>
 * <li>for principals, a school of another stage.</li>
 * </ul>
 * The planner's forbidden schools and pins are applied by {@link Rotation#getReachableDestinations()}, since they
 * change after the plan is built.
 */
public final class Reachability {

    private final RotationPolicy policy;
    private final List<School> schools;
    private final Distances distances;
    private final Map<School, Map<Subject, Integer>> leavers;
    private final Map<School, Integer> indexOfSchool;
    // Teachers of one school, subject and kind who commute from the school share one list: about 1 list per
    // hundred teachers on a county, not one each.
    private final Map<Key, Destinations> shared = new HashMap<>();

    private Reachability(RotationPolicy policy, List<School> schools, Distances distances,
            Map<School, Map<Subject, Integer>> leavers) {
        this.policy = policy;
        this.schools = List.copyOf(schools);
        this.distances = distances;
        this.leavers = leavers;
        this.indexOfSchool = new IdentityHashMap<>(schools.size());
        for (int i = 0; i < this.schools.size(); i++) {
            indexOfSchool.put(this.schools.get(i), i);
            this.schools.get(i).initPosition(i);
        }
    }

    /**
     * @param candidates the teachers who may rotate this year (eligible), whose departures can open posts
     */
    public static Reachability of(RotationPolicy policy, List<School> schools, Collection<Teacher> candidates,
            Distances distances) {
        Map<School, Map<Subject, Integer>> leavers = new IdentityHashMap<>();
        for (Teacher teacher : candidates) {
            if (!teacher.isPrincipal()) {
                leavers.computeIfAbsent(teacher.homeSchool(), s -> new EnumMap<>(Subject.class))
                        .merge(teacher.subject(), 1, Integer::sum);
            }
        }
        return new Reachability(policy, schools, distances, leavers);
    }

    /** The reachable destinations of a teacher, in the order of the plan's schools; never her own school. */
    public List<School> destinationsOf(Teacher teacher) {
        return of(teacher).reachable();
    }

    /** The teacher's reachable schools and her commute to every school of the plan, computed once. */
    synchronized Destinations of(Teacher teacher) {
        EnumSet<Direction> allowed = EnumSet.noneOf(Direction.class);
        for (Direction direction : Direction.values()) {
            if (policy.allowsDirection(direction, teacher)) {
                allowed.add(direction);
            }
        }
        Key key = new Key(teacher.homeSchool(), teacher.subject(), teacher.isPrincipal(), allowed,
                teacher.homeLocation());
        return shared.computeIfAbsent(key, k -> {
            List<School> reachable = new ArrayList<>();
            double[] commuteKm = new double[schools.size()];
            for (int i = 0; i < schools.size(); i++) {
                School school = schools.get(i);
                commuteKm[i] = distances.commute(teacher, school);
                if (isReachable(teacher, school, commuteKm[i])) {
                    reachable.add(school);
                }
            }
            return new Destinations(List.copyOf(reachable), commuteKm);
        });
    }

    /** Whether some plan could legally send the teacher to the school, by the rules of this class. */
    public boolean isReachable(Teacher teacher, School school) {
        return isReachable(teacher, school, distances.commute(teacher, school));
    }

    private boolean isReachable(Teacher teacher, School school, double commuteKm) {
        School home = teacher.homeSchool();
        if (school == home || !policy.covers(school.getStage())) {
            return false;
        }
        if (policy.needsBed(commuteKm) && school.getHousingBeds() <= 0) {
            return false;
        }
        if (teacher.isPrincipal()) {
            return school.getStage() == home.getStage();
        }
        Integer capacity = school.getReceivingCapacity();
        if (capacity != null && capacity <= 0) {
            return false;
        }
        Direction direction = Direction.between(home, school);
        if (!policy.allowsDirection(direction, teacher)) {
            return false;
        }
        return switch (Rotation.kindOf(teacher, school)) {
            case SUPPORT -> canEverTakeIn(school, teacher.subject());
            case SECONDMENT -> SecondmentCap.room(policy, school, 0) > 0;
            case PRINCIPAL -> throw new IllegalStateException("Principals are handled above");
        };
    }

    /**
     * Whether a supporting teacher of the subject could ever fill a post at the school: its posts exceed the staff it
     * would keep if every candidate of the subject left it.
     */
    public boolean canEverTakeIn(School school, Subject subject) {
        int mayLeave = leavers.getOrDefault(school, Map.of()).getOrDefault(subject, 0);
        return school.posts(subject) > school.staffBefore(subject) - mayLeave;
    }

    /** The position of the school in the plan's list, or -1 for a school not in the plan. */
    int indexOf(School school) {
        // The school's own record of its position answers the score's many lookups; the map answers for a school
        // another plan placed last.
        int position = school.position();
        if (position >= 0 && position < schools.size() && schools.get(position) == school) {
            return position;
        }
        return indexOfSchool.getOrDefault(school, -1);
    }

    int schoolCount() {
        return schools.size();
    }

    /**
     * What a group of alike teachers may reach, and their commute to each school by its position in the plan: the
     * score reads the commute of every move, and the great-circle formula showed in the profile.
     */
    record Destinations(List<School> reachable, double[] commuteKm) {
    }

    /** Everything {@link #isReachable} and the commute read of a teacher. */
    private record Key(School home, Subject subject, boolean principal, Set<Direction> allowedDirections,
            GeoPoint origin) {
        Key {
            Objects.requireNonNull(home);
        }
    }
}
