package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SecondmentCap;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.exact.FixedPart.SchoolSubject;

/**
 * The part of the core model that needs no engine: which rotations are fixed and what they contribute, every free
 * rotation's destinations (the pairs pruned by the single-move rules) and the groups. Prepared once, to count the
 * pairs (directly and aggregated) before choosing.
 */
final class Candidates {

    /** Degrees of latitude and longitude within which homes count as the same place when aggregating (~1 km). */
    private static final double HOME_GRID_DEGREES = 0.01;

    final RotationPlan plan;
    final ExactSettings settings;
    final FixedPart fixed;
    final Set<Rotation> free = new HashSet<>();
    final Map<Rotation, List<School>> destinations = new LinkedHashMap<>();
    /** Per free rotation, its support moves within the commute limit before any cap (for {@link #nearCapWithin}). */
    private final Map<Rotation, Integer> nearFound = new HashMap<>();
    /** Per free rotation, its secondments and moves beyond the commute limit kept by the settings' cap. */
    private final Map<Rotation, Integer> farFound = new HashMap<>();

    Candidates(RotationPlan plan, ExactSettings settings) {
        this.plan = plan;
        this.settings = settings;
        this.fixed = new FixedPart(plan);
        Map<SchoolSubject, Integer> freeCount = new HashMap<>();
        for (Rotation rotation : plan.getRotations()) {
            if (!fixed.rotations.contains(rotation)) {
                freeCount.merge(new SchoolSubject(rotation.getHomeSchool(), rotation.getSubject()), 1, Integer::sum);
            }
        }
        for (Rotation rotation : plan.getRotations()) {
            if (!fixed.rotations.contains(rotation)) {
                free.add(rotation);
                destinations.put(rotation, destinationsOf(rotation, freeCount));
            }
        }
    }

    /** The pairs of the model, with or without aggregation. */
    long pairs(boolean aggregate) {
        long count = 0;
        for (Group group : groups(aggregate)) {
            count += unionOf(group).size();
        }
        return count;
    }

    /**
     * The most support moves per teacher (the nearest) that keep the direct model within {@code maxPairs} pairs, with
     * at most {@code farCap} secondments and far moves each (the nearest; all that the settings kept when it is
     * negative); 0 when even one each is too many.
     */
    int nearCapWithin(long maxPairs, int farCap) {
        long farPairs = 0;
        int most = 0;
        for (Rotation rotation : destinations.keySet()) {
            int far = farFound.getOrDefault(rotation, 0);
            farPairs += farCap < 0 ? far : Math.min(far, farCap);
            most = Math.max(most, nearFound.getOrDefault(rotation, 0));
        }
        int low = 0;
        int high = most;
        while (low < high) {
            int cap = (low + high + 1) / 2;
            long pairs = farPairs;
            for (Rotation rotation : destinations.keySet()) {
                // One more for the current destination kept beyond the cap (construction's or a warm start's).
                int near = nearFound.getOrDefault(rotation, 0);
                pairs += near > cap ? cap + 1 : near;
            }
            if (pairs <= maxPairs) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        return low;
    }

    /** Whether a move of the teacher to the school is a support move (not a secondment), by the domain's rule. */
    static boolean isSupport(Rotation rotation, School school) {
        return Rotation.kindOf(rotation.getTeacher(), school) == RotationKind.SUPPORT;
    }

    /**
     * The destinations no single-move rule forbids (the counting rules are constraints): not home, not forbidden,
     * a direction the policy allows, a support move only where a post in the subject can open, a secondment only
     * where a host may take one, a bed where the commute needs one, and room at a capped receiver; among the
     * rotation's reachable destinations.
     */
    private List<School> destinationsOf(Rotation rotation, Map<SchoolSubject, Integer> freeCount) {
        RotationPolicy policy = plan.getPolicy();
        List<School> near = new ArrayList<>();
        List<School> far = new ArrayList<>();
        Map<School, Double> km = new HashMap<>();
        // The domain's reachable destinations (direction, a post the school could free, secondment cap, bed,
        // forbidden, stage) less what the fixed rotations already took; checked again here with the policy's rules.
        for (School school : rotation.getReachableDestinations()) {
            if (school == rotation.getHomeSchool() || rotation.getForbiddenSchoolIds().contains(school.getId())) {
                continue;
            }
            Direction direction = Direction.between(rotation.getHomeSchool(), school);
            if (policy.allowsDirection(direction, rotation.getTeacher())) {
                addIfLegal(rotation, school, freeCount, near, far, km);
            }
        }
        if (settings.farPairsPerTeacher() >= 0 && far.size() > settings.farPairsPerTeacher()) {
            // Secondments and moves beyond the commute limit cost km and fill no post near home: the nearest few.
            far.sort(Comparator.comparing(km::get));
            List<School> kept = new ArrayList<>(far.subList(0, settings.farPairsPerTeacher()));
            if (far.contains(rotation.getDestination()) && !kept.contains(rotation.getDestination())) {
                kept.add(rotation.getDestination());
            }
            far = kept;
        }
        nearFound.put(rotation, near.size());
        farFound.put(rotation, far.size());
        if (settings.nearPairsPerTeacher() >= 0 && near.size() > settings.nearPairsPerTeacher()) {
            // The nearest few, and the current destination (a warm start's or construction's), so the hint stays.
            List<School> nearest = new ArrayList<>(near);
            nearest.sort(Comparator.comparing(km::get));
            List<School> kept = new ArrayList<>(nearest.subList(0, settings.nearPairsPerTeacher()));
            if (near.contains(rotation.getDestination()) && !kept.contains(rotation.getDestination())) {
                kept.add(rotation.getDestination());
            }
            near = kept;
        }
        near.addAll(far);
        return near;
    }

    private void addIfLegal(Rotation rotation, School school, Map<SchoolSubject, Integer> freeCount,
            List<School> near, List<School> far, Map<School, Double> km) {
        RotationPolicy policy = plan.getPolicy();
        Subject subject = rotation.getSubject();
        boolean support = isSupport(rotation, school);
        if (support) {
            int fixedChange = fixed.get(fixed.in, school, subject) - fixed.get(fixed.out, school, subject);
            // An arrival needs staff after ≤ posts, and staff only drops by the departures that can happen.
            int room = school.posts(subject) - school.staffBefore(subject) - fixedChange
                    + freeCount.getOrDefault(new SchoolSubject(school, subject), 0);
            int openBefore = school.posts(subject) - school.staffBefore(subject) - fixedChange;
            boolean current = school == rotation.getDestination();
            // The current destination (construction's or a warm start's) stays a pair, so that the plan is a
            // feasible hint: its chains into full schools would otherwise be cut and leave holes in the hint.
            if (school.posts(subject) == 0 || room < 1 || settings.openPostsOnly() && openBefore < 1 && !current) {
                return;
            }
        } else if (SecondmentCap.room(policy, school, fixed.secondees.getOrDefault(school, 0)) < 1) {
            return;
        }
        if (school.getReceivingCapacity() != null
                && fixed.received.getOrDefault(school, 0) >= school.getReceivingCapacity()) {
            return;
        }
        double commute = rotation.getDistances().commute(rotation.getTeacher(), school);
        boolean needsBed = policy.needsBed(commute);
        if (needsBed && fixed.lodgers.getOrDefault(school, 0) >= school.getHousingBeds()) {
            return;
        }
        km.put(school, commute);
        (support && !needsBed ? near : far).add(school);
    }

    private record GroupKey(School home, Subject subject, boolean cadre, boolean backbone, long homeCell) {
    }

    /** The free rotations with a destination, each alone or, when aggregating, with the teachers it equals. */
    List<Group> groups(boolean aggregate) {
        RotationPolicy policy = plan.getPolicy();
        List<Group> groups = new ArrayList<>();
        Map<Object, List<Rotation>> byKey = new LinkedHashMap<>();
        for (Map.Entry<Rotation, List<School>> entry : destinations.entrySet()) {
            Rotation rotation = entry.getKey();
            if (entry.getValue().isEmpty()) {
                continue;
            }
            boolean alone = !aggregate || rotation.getTeacher().teamId() != null
                    || rotation.getTeacher().partnerId() != null || !rotation.getForbiddenSchoolIds().isEmpty();
            Object key = alone ? rotation
                    : new GroupKey(rotation.getHomeSchool(), rotation.getSubject(), rotation.getTeacher().isCadre(),
                            rotation.isBackbone(), homeCell(rotation.getTeacher().commuteOrigin()));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(rotation);
        }
        for (List<Rotation> members : byKey.values()) {
            Rotation first = members.get(0);
            groups.add(new Group(List.copyOf(members), first.getHomeSchool(), first.getSubject(), first.isBackbone(),
                    policy.isCadreOrBackbone(first.getTeacher())));
        }
        return groups;
    }

    private static long homeCell(GeoPoint point) {
        long lat = Math.round(point.latitude() / HOME_GRID_DEGREES);
        long lon = Math.round(point.longitude() / HOME_GRID_DEGREES);
        return lat * 100_000L + lon;
    }

    /** Every destination of some member of the group. */
    List<School> unionOf(Group group) {
        if (group.size() == 1) {
            return destinations.get(group.members().get(0));
        }
        LinkedHashMap<School, Boolean> union = new LinkedHashMap<>();
        for (Rotation member : group.members()) {
            destinations.get(member).forEach(s -> union.put(s, true));
        }
        return new ArrayList<>(union.keySet());
    }
}
