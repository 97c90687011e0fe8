package org.lungang.data.generator;

import static org.lungang.data.generator.Geometry.km;
import static org.lungang.data.generator.SubjectMix.MAIN;
import static org.lungang.data.generator.SubjectMix.SPECIALISTS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.data.generator.CountyProfile.Staffing;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;

/**
 * Over-staffs the senders and matches every surplus teacher to an open post she can reach, so that the quotas are
 * reachable without opening a hole (拆东墙补西墙).
 */
final class SurplusPlacement extends GenerationStep {

    SurplusPlacement(CountyDraft county) {
        super(county);
    }

    void run() {
        countOpenPosts();
        // Town schools first: the villages of their township are their natural receivers; urban schools reach
        // farther with turnover housing.
        List<SchoolDraft> senders = new ArrayList<>();
        for (SchoolDraft school : schools) {
            if (school.isSender()) {
                senders.add(school);
            }
        }
        senders.sort(Comparator.comparingInt((SchoolDraft s) -> -s.kind.ruralityRank())
                .thenComparingInt(s -> -s.tier.weaknessRank())
                .thenComparingInt(SchoolDraft::index));
        for (SchoolDraft school : senders) {
            addSurplus(school);
        }
    }

    /** The open posts of every school before any surplus is matched to them. */
    private void countOpenPosts() {
        for (SchoolDraft school : schools) {
            for (Map.Entry<Subject, Integer> entry : school.posts.entrySet()) {
                int open = entry.getValue() - school.staff.getOrDefault(entry.getKey(), 0);
                if (open > 0) {
                    school.unmatchedOpen.put(entry.getKey(), open);
                }
            }
            school.bedsLeft = school.beds;
        }
    }

    /**
     * Over-staffs an urban or town school: lowers its posts below its staff in the subjects of some of its
     * eligible teachers (backbone teachers among them), at least enough to meet the rotation quota with one to
     * spare. Each surplus teacher is matched to an open post of the subject at a more rural or weaker school
     * within the commute limit or with a free bed, so the quotas are reachable without opening a hole.
     */
    private void addSurplus(SchoolDraft school) {
        List<TeacherDraft> eligible = new ArrayList<>();
        for (TeacherDraft t : school.teachers) {
            if (t.role != Role.PRINCIPAL && isEligible(t)) {
                eligible.add(t);
            }
        }
        shuffle(eligible);
        int staff = school.size - 1;
        int required = (int) policy.rotationQuotaRequired(school.forRules(), eligible.size());
        Staffing staffing = profile.staffing();
        double rate = school.kind == SchoolKind.URBAN
                ? staffing.urbanSurplusRate() * switch (school.tier) {
                    case STRONG -> 1.0;
                    case ORDINARY -> 0.7;
                    case WEAK -> 0.4;
                }
                : staffing.townSurplusRate() * switch (school.tier) {
                    case STRONG -> 1.0;
                    case ORDINARY -> 0.8;
                    case WEAK -> 0.6;
                };
        int overStaffing = (int) Math.round(rate * staff);
        int units = Math.min(eligible.size(), Math.max(required + (required > 0 ? 1 : 0), overStaffing));
        int backboneUnits = (int) policy.backboneRequired(units);
        List<SchoolDraft> destinations = destinationsFrom(school);
        int placed = 0;
        // Strict first (the sender keeps a post in the subject); if no backbone teacher qualifies, one may be
        // the only teacher of a subject the school no longer has a post for.
        for (boolean strict : new boolean[] {true, false}) {
            for (TeacherDraft t : eligible) {
                if (placed >= backboneUnits) {
                    break;
                }
                if (!t.surplus && countsAsBackbone(t)
                        && mayCover(school, t.subject, strict) && (match(t, destinations) || openVillagePost(t))) {
                    cover(school, t);
                    placed++;
                }
            }
        }
        if (placed < backboneUnits) {
            placed += backboneFromOwnShortage(school, eligible, destinations);
        }
        double specialistShare = school.kind == SchoolKind.URBAN ? staffing.specialistSurplusShare()
                : staffing.specialistSurplusShare() / 2;
        Set<TeacherDraft> unplaceable = new HashSet<>();
        while (placed < units) {
            boolean specialistFirst = random.nextDouble() < specialistShare;
            Subject subject = subjectInDemand(school, eligible, specialistFirst ? SPECIALISTS : MAIN,
                    destinations, unplaceable);
            if (subject == null) {
                subject = subjectInDemand(school, eligible, specialistFirst ? MAIN : SPECIALISTS, destinations,
                        unplaceable);
            }
            if (subject == null) {
                subject = subjectInDemand(school, eligible, EnumSet.allOf(Subject.class), destinations,
                        unplaceable);
            }
            if (subject == null) {
                break;
            }
            for (TeacherDraft t : eligible) {
                if (!t.surplus && t.subject == subject && !unplaceable.contains(t)) {
                    if (match(t, destinations)) {
                        cover(school, t);
                        placed++;
                    } else {
                        unplaceable.add(t);
                    }
                    break;
                }
            }
        }
        // When the reachable shortages are used up, the nearest village lacks one more teacher: villages always
        // do (seed 001: 教师缺额未配), and the quota stays reachable.
        int minimum = required + (required > 0 ? 1 : 0);
        for (TeacherDraft t : eligible) {
            if (placed >= minimum) {
                break;
            }
            if (!t.surplus && (MAIN.contains(t.subject) || SPECIALISTS.contains(t.subject))
                    && mayCover(school, t.subject, true) && openVillagePost(t)) {
                cover(school, t);
                placed++;
            }
        }
        // Strong urban schools are over-staffed in main subjects beyond what the county can absorb (超编).
        for (TeacherDraft t : eligible) {
            if (placed >= overStaffing) {
                break;
            }
            if (!t.surplus && MAIN.contains(t.subject) && mayCover(school, t.subject, true)) {
                cover(school, t);
                placed++;
            }
        }
        for (Map.Entry<Subject, Integer> entry : school.surplus.entrySet()) {
            school.posts.merge(entry.getKey(), -entry.getValue(), Integer::sum);
        }
    }

    /**
     * When every eligible backbone teacher teaches a subject the school itself lacks, that shortage is not the
     * school's after all (no one has claimed the post yet): it is closed and one of them becomes surplus, so
     * that the school can send a backbone teacher.
     */
    private int backboneFromOwnShortage(SchoolDraft school, List<TeacherDraft> eligible,
            List<SchoolDraft> destinations) {
        for (TeacherDraft t : eligible) {
            Subject subject = t.subject;
            int staff = school.staff.getOrDefault(subject, 0);
            int open = school.posts.getOrDefault(subject, 0) - staff;
            if (t.surplus || !countsAsBackbone(t) || open <= 0
                    || school.unmatchedOpen.getOrDefault(subject, 0) != open) {
                continue;
            }
            school.posts.put(subject, staff);
            school.unmatchedOpen.remove(subject);
            if (mayCover(school, subject, false) && (match(t, destinations) || openVillagePost(t))) {
                cover(school, t);
                return 1;
            }
        }
        return 0;
    }

    /** Schools the sender may support (more rural, or as rural and weaker) that have open posts, nearest first. */
    private List<SchoolDraft> destinationsFrom(SchoolDraft from) {
        List<SchoolDraft> destinations = new ArrayList<>();
        Map<SchoolDraft, Double> distance = new HashMap<>();
        for (SchoolDraft to : schools) {
            if (to != from && !to.unmatchedOpen.isEmpty() && from.supports(to)) {
                destinations.add(to);
                distance.put(to, km(from.location, to.location));
            }
        }
        destinations.sort(Comparator.comparingDouble((SchoolDraft s) -> distance.get(s))
                .thenComparingInt(SchoolDraft::index));
        return destinations;
    }

    /** Within the commute limit by road from the point (the policy's bed rule, read the other way). */
    private boolean withinCommute(GeoPoint from, SchoolDraft to) {
        return !policy.needsBed(km(from, to.location) * policy.roadFactor());
    }

    /**
     * A subject of the group in which the school may turn an eligible teacher into surplus, drawn in proportion
     * to the unmatched open posts of the subject it can reach; null when none.
     */
    private Subject subjectInDemand(SchoolDraft school, List<TeacherDraft> eligible, Set<Subject> group,
            List<SchoolDraft> destinations, Set<TeacherDraft> unplaceable) {
        EnumMap<Subject, Integer> weights = new EnumMap<>(Subject.class);
        for (TeacherDraft t : eligible) {
            if (!t.surplus && !unplaceable.contains(t) && group.contains(t.subject)
                    && !weights.containsKey(t.subject)
                    && mayCover(school, t.subject, true)) {
                weights.put(t.subject, reachableOpen(school, destinations, t.subject));
            }
        }
        int total = 0;
        for (int weight : weights.values()) {
            total += weight;
        }
        if (total == 0) {
            return null;
        }
        int draw = random.nextInt(total);
        for (Map.Entry<Subject, Integer> entry : weights.entrySet()) {
            draw -= entry.getValue();
            if (draw < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private int reachableOpen(SchoolDraft from, List<SchoolDraft> destinations, Subject subject) {
        int open = 0;
        for (SchoolDraft to : destinations) {
            int posts = to.unmatchedOpen.getOrDefault(subject, 0);
            if (posts > 0 && (to.bedsLeft > 0 || withinCommute(from.location, to))) {
                open += posts;
            }
        }
        return open;
    }

    /**
     * Reserves for the teacher the nearest open post of the subject within the commute limit from home, or with
     * a free bed.
     */
    private boolean match(TeacherDraft t, List<SchoolDraft> destinations) {
        Subject subject = t.subject;
        for (SchoolDraft to : destinations) {
            if (to.unmatchedOpen.getOrDefault(subject, 0) == 0) {
                continue;
            }
            boolean near = withinCommute(t.home, to);
            if (near || to.bedsLeft > 0) {
                to.unmatchedOpen.merge(subject, -1, Integer::sum);
                to.unmatchedOpen.remove(subject, 0);
                if (!near) {
                    to.bedsLeft--;
                }
                return true;
            }
        }
        return false;
    }

    /** Opens and reserves a post of the teacher's subject at the nearest village school the teacher can reach. */
    private boolean openVillagePost(TeacherDraft t) {
        SchoolDraft from = t.school;
        SchoolDraft best = null;
        double bestKm = Double.MAX_VALUE;
        for (SchoolDraft to : schools) {
            if (to.kind == SchoolKind.VILLAGE && !to.teachingPoint
                    && (to.bedsLeft > 0 || withinCommute(t.home, to))) {
                double km = km(from.location, to.location);
                if (km < bestKm) {
                    best = to;
                    bestKm = km;
                }
            }
        }
        if (best == null) {
            return false;
        }
        best.posts.merge(t.subject, 1, Integer::sum);
        if (!withinCommute(t.home, best)) {
            best.bedsLeft--;
        }
        return true;
    }

    /** A subject with open posts never gets a surplus; strict keeps at least one post in it. */
    private static boolean mayCover(SchoolDraft school, Subject subject, boolean strict) {
        int posts = school.posts.getOrDefault(subject, 0);
        int staff = school.staff.getOrDefault(subject, 0);
        int surplus = school.surplus.getOrDefault(subject, 0);
        return posts <= staff && posts - surplus - 1 >= (strict ? 1 : 0);
    }

    private static void cover(SchoolDraft school, TeacherDraft t) {
        school.surplus.merge(t.subject, 1, Integer::sum);
        t.surplus = true;
    }
}
