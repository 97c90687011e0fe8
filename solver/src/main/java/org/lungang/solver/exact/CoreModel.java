package org.lungang.solver.exact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.constraints.RotationConstraintProvider;
import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/**
 * The linear core of the rotation rules as a mixed-integer model over (group of teachers, destination) pairs, built
 * from the {@link RotationPolicy} rule methods alone.
 * <p>
 * Fixed rotations (pinned by the planner, not candidates, principals, and whole teams with a pinned member) keep
 * their current destination and enter the rules as constants. Every other rotation is a free teacher; free teachers
 * are grouped when aggregating (same home school, subject, cadre and backbone flags, homes within about a kilometre,
 * no team, partner or forbidden school), otherwise each is a group of one. A pair's variable counts the group's
 * members who go to that school. With groups of more than one the model is a relaxation (the cheapest member's
 * commute, a bed only when every member needs one), so its bound stays a bound.
 */
final class CoreModel {

    /** Degrees of latitude and longitude within which homes count as the same place when aggregating (~1 km). */
    private static final double HOME_GRID_DEGREES = 0.01;

    record Group(List<Rotation> members, School home, Subject subject, boolean backbone, boolean cadreOrBackbone) {
        int size() {
            return members.size();
        }
    }

    record Pair(Group group, School destination, MPVariable variable, long km, boolean lodger, boolean support) {
    }

    private record SchoolSubject(School school, Subject subject) {
    }

    /** A linear expression: a constant and each variable's coefficient (a variable added twice adds up). */
    static final class Lin {
        private final Map<MPVariable, Double> terms = new LinkedHashMap<>();
        private double constant;

        Lin add(MPVariable variable, double coefficient) {
            terms.merge(variable, coefficient, Double::sum);
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

        double maxOver(Map<MPVariable, Double> upper) {
            double max = constant;
            for (Map.Entry<MPVariable, Double> term : terms.entrySet()) {
                max += Math.max(0, term.getValue()) * upper.getOrDefault(term.getKey(), 1.0);
            }
            return max;
        }
    }

    final MPSolver solver;
    private final RotationPlan plan;
    private final RotationPolicy policy;
    final List<Group> groups = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    /** The rotations whose destination the model decides (the members of every group). */
    final Set<Rotation> free = new HashSet<>();
    private final Map<Group, List<Pair>> pairsOf = new HashMap<>();
    private final Map<MPVariable, Double> upper = new HashMap<>();
    /** Heads of quota shortfall: every quota's missing heads summed. */
    final Lin shortfall = new Lin();
    /** 100 × scarcity × shortage posts filled − km of commute, fixed rotations included as constants. */
    final Lin objective = new Lin();
    final boolean aggregated;
    /** How each auxiliary variable follows from the pairs, to complete a hint (CP-SAT uses only complete ones well). */
    private final Map<MPVariable, java.util.function.ToDoubleFunction<Map<MPVariable, Double>>> auxiliary =
            new LinkedHashMap<>();
    private final ExactSettings settings;

    /**
     * The part of the model that needs no engine: which rotations are fixed and what they contribute, and every free
     * rotation's destinations. Prepared once, to count the pairs (directly and aggregated) before choosing.
     */
    static final class Candidates {
        final RotationPlan plan;
        final ExactSettings settings;
        final Set<Rotation> fixed;
        final Fixed constants;
        final Set<Rotation> free = new HashSet<>();
        final Map<Rotation, List<School>> destinations = new LinkedHashMap<>();

        Candidates(RotationPlan plan, ExactSettings settings) {
            this.plan = plan;
            this.settings = settings;
            this.fixed = fixedRotations(plan);
            this.constants = new Fixed(plan.getPolicy(), fixed);
            Map<SchoolSubject, Integer> freeCount = new HashMap<>();
            for (Rotation rotation : plan.getRotations()) {
                if (!fixed.contains(rotation)) {
                    freeCount.merge(new SchoolSubject(rotation.getHomeSchool(), rotation.getSubject()), 1,
                            Integer::sum);
                }
            }
            for (Rotation rotation : plan.getRotations()) {
                if (!fixed.contains(rotation)) {
                    free.add(rotation);
                    destinations.put(rotation, destinationsOf(plan, settings, rotation, constants, freeCount));
                }
            }
        }

        /** The pairs of the model, with or without aggregation. */
        long pairs(boolean aggregate) {
            long count = 0;
            for (Group group : buildGroups(plan.getPolicy(), destinations, aggregate)) {
                count += unionOf(group, destinations).size();
            }
            return count;
        }
    }

    CoreModel(Candidates candidates, boolean aggregate, MPSolver solver) {
        this.plan = candidates.plan;
        this.settings = candidates.settings;
        this.policy = plan.getPolicy();
        this.solver = solver;
        this.aggregated = aggregate;
        Set<Rotation> fixed = candidates.fixed;
        Fixed constants = candidates.constants;
        Map<Rotation, List<School>> destinations = candidates.destinations;
        free.addAll(candidates.free);
        groups.addAll(buildGroups(policy, destinations, aggregate));
        for (Group group : groups) {
            List<Pair> own = new ArrayList<>();
            for (School school : unionOf(group, destinations)) {
                MPVariable y = group.size() == 1 ? solver.makeBoolVar("")
                        : solver.makeIntVar(0, group.size(), "");
                upper.put(y, (double) group.size());
                long km = Long.MAX_VALUE;
                boolean allNeedBed = true;
                for (Rotation member : group.members()) {
                    double commute = member.getDistances().commute(member.getTeacher(), school);
                    km = Math.min(km, Math.round(commute));
                    allNeedBed &= policy.needsBed(commute);
                }
                boolean support = Rotation.kindOf(group.members().get(0).getTeacher(), school) == RotationKind.SUPPORT;
                Pair pair = new Pair(group, school, y, km, allNeedBed, support);
                own.add(pair);
                pairs.add(pair);
            }
            pairsOf.put(group, own);
            if (own.size() > 1) {
                // Each member goes to one school at most (a teacher of a group of one too: without this row the
                // model sent her to several schools at once, counting her in several quotas and posts).
                Lin leaving = new Lin();
                own.forEach(p -> leaving.add(p.variable(), 1));
                atMost(leaving, group.size());
            }
        }
        addTeams();
        addSchoolRules(constants);
        addStaffing(constants);
        addQuotas(constants, fixed);
        for (Pair pair : pairs) {
            objective.add(pair.variable(), -pair.km());
        }
        objective.add(-constants.km);
    }

    int pairCount() {
        return pairs.size();
    }

    /** Rotations whose destination stays as it is: pins, non-candidates, principals, teams with a fixed member. */
    private static Set<Rotation> fixedRotations(RotationPlan plan) {
        Set<Rotation> fixed = new HashSet<>();
        Map<String, List<Rotation>> teams = new HashMap<>();
        for (Rotation rotation : plan.getRotations()) {
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

    /** What the fixed rotations contribute to each counting rule. */
    static final class Fixed {
        final Map<SchoolSubject, Integer> in = new HashMap<>();
        final Map<SchoolSubject, Integer> out = new HashMap<>();
        final Map<School, Integer> secondees = new HashMap<>();
        final Map<School, Integer> received = new HashMap<>();
        final Map<School, Integer> lodgers = new HashMap<>();
        final Map<School, Integer> leaving = new HashMap<>();
        long km;

        Fixed(RotationPolicy policy, Set<Rotation> fixed) {
            for (Rotation r : fixed) {
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
    }

    /**
     * The destinations no single-move rule forbids (the counting rules are constraints): not home, not forbidden,
     * a direction the policy allows, a support move only where a post in the subject can open, a secondment only
     * where a host may take one, a bed where the commute needs one, and room at a capped receiver; among the
     * rotation's reachable destinations.
     */
    private static List<School> destinationsOf(RotationPlan plan, ExactSettings settings, Rotation rotation,
            Fixed fixed, Map<SchoolSubject, Integer> freeCount) {
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
                addIfLegal(policy, settings, rotation, school, Rotation.kindOf(rotation.getTeacher(), school) == RotationKind.SUPPORT, fixed,
                        freeCount, near, far, km);
            }
        }
        if (settings.farPairsPerTeacher() >= 0 && far.size() > settings.farPairsPerTeacher()) {
            // Secondments and moves beyond the commute limit cost km and fill no post near home: the nearest few.
            far.sort(Comparator.comparing(km::get));
            far = far.subList(0, settings.farPairsPerTeacher());
        }
        near.addAll(far);
        return near;
    }

    private static void addIfLegal(RotationPolicy policy, ExactSettings settings, Rotation rotation, School school,
            boolean support, Fixed fixed, Map<SchoolSubject, Integer> freeCount, List<School> near, List<School> far,
            Map<School, Double> km) {
        Subject subject = rotation.getSubject();
        if (support) {
            int fixedChange = fixed.get(fixed.in, school, subject) - fixed.get(fixed.out, school, subject);
            // An arrival needs staff after ≤ posts, and staff only drops by the departures that can happen.
            int room = school.posts(subject) - school.staffBefore(subject) - fixedChange
                    + freeCount.getOrDefault(new SchoolSubject(school, subject), 0);
            int openBefore = school.posts(subject) - school.staffBefore(subject) - fixedChange;
            if (school.posts(subject) == 0 || room < 1 || settings.openPostsOnly() && openBefore < 1) {
                return;
            }
        } else if (fixed.secondees.getOrDefault(school, 0) >= policy.maxSecondeesPerHost()) {
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

    private static List<Group> buildGroups(RotationPolicy policy, Map<Rotation, List<School>> destinations,
            boolean aggregate) {
        List<Group> groups = new ArrayList<>();
        Map<Object, List<Rotation>> byKey = new LinkedHashMap<>();
        for (Rotation rotation : destinations.keySet()) {
            if (destinations.get(rotation).isEmpty()) {
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

    private static List<School> unionOf(Group group, Map<Rotation, List<School>> destinations) {
        if (group.size() == 1) {
            return destinations.get(group.members().get(0));
        }
        LinkedHashMap<School, Boolean> union = new LinkedHashMap<>();
        for (Rotation member : group.members()) {
            destinations.get(member).forEach(s -> union.put(s, true));
        }
        return new ArrayList<>(union.keySet());
    }

    /** Members of a free team go to one school together or all stay (every member is a group of one). */
    private void addTeams() {
        Map<String, List<Group>> teams = new LinkedHashMap<>();
        for (Group group : groups) {
            String team = group.members().get(0).getTeacher().teamId();
            if (team != null) {
                teams.computeIfAbsent(team, id -> new ArrayList<>()).add(group);
            }
        }
        Map<String, Integer> teamSizes = new HashMap<>();
        for (Rotation rotation : plan.getRotations()) {
            if (rotation.getTeacher().teamId() != null) {
                teamSizes.merge(rotation.getTeacher().teamId(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, List<Group>> team : teams.entrySet()) {
            Map<School, List<MPVariable>> bySchool = new HashMap<>();
            for (Group member : team.getValue()) {
                for (Pair pair : pairsOf.get(member)) {
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
                        equal(new Lin().add(variables.get(i), 1).add(variables.get(0), -1), 0);
                    }
                }
            }
        }
    }

    /** Secondment host cap, receiving capacity, beds beyond the commute limit and the stability cap. */
    private void addSchoolRules(Fixed fixed) {
        Map<School, Lin> secondees = new LinkedHashMap<>();
        Map<School, Lin> received = new LinkedHashMap<>();
        Map<School, Lin> lodgers = new LinkedHashMap<>();
        Map<School, Lin> leaving = new LinkedHashMap<>();
        for (Pair pair : pairs) {
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
        secondees.forEach((school, count) -> atMost(count.add(fixed.secondees.getOrDefault(school, 0)),
                Math.max(policy.maxSecondeesPerHost(), fixed.secondees.getOrDefault(school, 0))));
        received.forEach((school, count) -> atMost(count.add(fixed.received.getOrDefault(school, 0)),
                Math.max(school.getReceivingCapacity(), fixed.received.getOrDefault(school, 0))));
        lodgers.forEach((school, count) -> atMost(count.add(fixed.lodgers.getOrDefault(school, 0)),
                Math.max(school.getHousingBeds(), fixed.lodgers.getOrDefault(school, 0))));
        // A pinned plan that already breaks a cap is the planner's: the free moves may not add to it.
        leaving.forEach((school, count) -> atMost(count.add(fixed.leaving.getOrDefault(school, 0)),
                Math.max(policy.maxStaffLoss(school), fixed.leaving.getOrDefault(school, 0))));
    }

    /**
     * Open post at the destination (with any arrival, staff after ≤ posts), no hole at the sender (staff after ≥
     * the sender's minimum; automatic without departures), and the shortage reward: scarcity × 100 per open post
     * filled, open after = max(0, posts − staff after), kept tight by the maximisation.
     */
    private void addStaffing(Fixed fixed) {
        Map<SchoolSubject, Lin> freeIn = new LinkedHashMap<>();
        Map<SchoolSubject, Lin> freeOut = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Subject subject = pair.group().subject();
            freeOut.computeIfAbsent(new SchoolSubject(pair.group().home(), subject), k -> new Lin())
                    .add(pair.variable(), 1);
            if (pair.support()) {
                freeIn.computeIfAbsent(new SchoolSubject(pair.destination(), subject), k -> new Lin())
                        .add(pair.variable(), 1);
            }
        }
        Set<SchoolSubject> keys = new HashSet<>(freeIn.keySet());
        keys.addAll(freeOut.keySet());
        for (School school : plan.getSchools()) {
            for (Subject subject : Subject.values()) {
                SchoolSubject key = new SchoolSubject(school, subject);
                int posts = school.posts(subject);
                int before = school.staffBefore(subject);
                int base = before + fixed.get(fixed.in, school, subject) - fixed.get(fixed.out, school, subject);
                long weight = (long) RotationConstraintProvider.SHORTAGE_POST_REWARD * policy.scarcity(subject);
                if (!keys.contains(key)) {
                    if (posts > 0) {
                        objective.add(weight * (school.openPostsBefore(subject) - Math.max(0, posts - base)));
                    }
                    continue;
                }
                Lin in = freeIn.getOrDefault(key, new Lin());
                Lin out = freeOut.getOrDefault(key, new Lin());
                Lin after = new Lin().add(base).addAll(in, 1).addAll(out, -1);
                if (in.hasVariables()) {
                    if (fixed.get(fixed.in, school, subject) > 0 || base <= posts) {
                        atMost(after, Math.max(posts, base));
                    } else {
                        // Overstaffed with no fixed arrival: the limit binds only once someone arrives.
                        MPVariable anyIn = solver.makeBoolVar("");
                        auxiliary.put(anyIn, h -> in.eval(h) > 0.5 ? 1 : 0);
                        double maxIn = in.maxOver(upper);
                        atMost(new Lin().addAll(in, 1).add(anyIn, -maxIn), 0);
                        atMost(new Lin().addAll(after, 1).add(anyIn, base - posts), base);
                    }
                }
                if (out.hasVariables()) {
                    atLeast(after, Math.min(policy.senderMinimum(school, subject), base));
                }
                if (posts > 0) {
                    MPVariable openAfter = solver.makeIntVar(0, posts, "");
                    auxiliary.put(openAfter, h -> Math.max(0, posts - Math.round(after.eval(h))));
                    atLeast(new Lin().add(openAfter, 1).addAll(after, 1), posts);
                    objective.add(weight * school.openPostsBefore(subject)).add(openAfter, -weight);
                }
            }
        }
    }

    /**
     * The four quotas as missing heads: each school's rotation quota, each school's and the county's backbone share
     * (missing ≥ share × rotated − backbone rotated, whole heads: the linear form of ceil(share × rotated)), and the
     * cadre and backbone exchange share.
     */
    private void addQuotas(Fixed fixed, Set<Rotation> fixedRotations) {
        Map<School, Lin> rotated = new LinkedHashMap<>();
        Map<School, Lin> backboneRotated = new LinkedHashMap<>();
        Map<School, Integer> eligible = new LinkedHashMap<>();
        Map<School, Integer> backboneEligible = new LinkedHashMap<>();
        Lin countyRotated = new Lin();
        Lin countyBackbone = new Lin();
        Lin exchanged = new Lin();
        int cadreBackboneEligible = 0;
        for (Rotation r : plan.getRotations()) {
            boolean candidateTeacher = r.isCandidate() && !r.isPrincipal();
            if (candidateTeacher) {
                eligible.merge(r.getHomeSchool(), 1, Integer::sum);
                if (r.isBackbone()) {
                    backboneEligible.merge(r.getHomeSchool(), 1, Integer::sum);
                }
            }
            if (r.isCandidate() && policy.isCadreOrBackbone(r.getTeacher())) {
                cadreBackboneEligible++;
            }
            if (fixedRotations.contains(r) && r.isMoving()) {
                if (!r.isPrincipal()) {
                    countyRotated.add(1);
                    if (r.isBackbone()) {
                        countyBackbone.add(1);
                    }
                }
                if (candidateTeacher) {
                    rotated.computeIfAbsent(r.getHomeSchool(), s -> new Lin()).add(1);
                    if (r.isBackbone()) {
                        backboneRotated.computeIfAbsent(r.getHomeSchool(), s -> new Lin()).add(1);
                    }
                }
                if (r.isCandidate() && policy.isCadreOrBackbone(r.getTeacher())) {
                    exchanged.add(1);
                }
            }
        }
        for (Pair pair : pairs) {
            // Free teachers are candidates and not principals.
            Group group = pair.group();
            rotated.computeIfAbsent(group.home(), s -> new Lin()).add(pair.variable(), 1);
            countyRotated.add(pair.variable(), 1);
            if (group.backbone()) {
                backboneRotated.computeIfAbsent(group.home(), s -> new Lin()).add(pair.variable(), 1);
                countyBackbone.add(pair.variable(), 1);
            }
            if (group.cadreOrBackbone()) {
                exchanged.add(pair.variable(), 1);
            }
        }
        for (Map.Entry<School, Integer> entry : eligible.entrySet()) {
            School school = entry.getKey();
            Lin moved = rotated.getOrDefault(school, new Lin());
            long required = policy.rotationQuotaRequired(school, entry.getValue());
            if (required > 0) {
                missing(moved, required, required);
            }
            if (backboneEligible.getOrDefault(school, 0) > 0) {
                backboneShareMissing(backboneRotated.getOrDefault(school, new Lin()), moved, entry.getValue());
            }
        }
        backboneShareMissing(countyBackbone, countyRotated, plan.getRotations().size());
        long required = policy.cadreBackboneExchangeRequired(cadreBackboneEligible);
        if (required > 0) {
            missing(exchanged, required, required);
        }
    }

    /** Adds missing ≥ required − achieved, missing ≥ 0, to the shortfall. */
    private void missing(Lin achieved, long required, long most) {
        if (!achieved.hasVariables()) {
            shortfall.add(Math.max(0, required - achieved.constant));
            return;
        }
        MPVariable missing = solver.makeIntVar(0, most, "");
        auxiliary.put(missing, h -> Math.max(0, required - Math.round(achieved.eval(h))));
        atLeast(new Lin().add(missing, 1).addAll(achieved, 1), required);
        shortfall.add(missing, 1);
    }

    private void backboneShareMissing(Lin backbone, Lin rotated, int most) {
        if (!rotated.hasVariables()) {
            shortfall.add(policy.backboneShortfall(Math.round(rotated.constant), Math.round(backbone.constant)));
            return;
        }
        MPVariable missing = solver.makeIntVar(0, most, "");
        auxiliary.put(missing, h -> policy.backboneShortfall(Math.round(rotated.eval(h)),
                Math.round(backbone.eval(h))));
        atLeast(new Lin().add(missing, 1).addAll(backbone, 1).addAll(rotated, -policy.backboneShare()), 0);
        shortfall.add(missing, 1);
    }

    private MPConstraint constraint(Lin expression, double lower, double upperBound) {
        MPConstraint c = solver.makeConstraint(lower - expression.constant, upperBound - expression.constant, "");
        expression.terms.forEach(c::setCoefficient);
        return c;
    }

    private void atMost(Lin expression, double bound) {
        if (expression.hasVariables()) {
            constraint(expression, -MPSolver.infinity(), bound);
        }
    }

    private void atLeast(Lin expression, double bound) {
        if (expression.hasVariables()) {
            constraint(expression, bound, MPSolver.infinity());
        }
    }

    private void equal(Lin expression, double value) {
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

    double constantOf(Lin expression) {
        return expression.constant;
    }

    /** Keeps the shortfall at most the given heads (the second, lexicographic stage). */
    void capShortfall(long heads) {
        atMost(shortfall, heads + 0.5);
    }

    List<Pair> pairsOf(Group group) {
        return pairsOf.getOrDefault(group, List.of());
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
            waiting.sort(Comparator.comparing((Rotation r) -> !r.getTeacher().volunteer())
                    .thenComparing(r -> -r.getTeacher().yearsAtSchool())
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
    Map<MPVariable, Double> completeHint(Map<MPVariable, Double> pairValues) {
        Map<MPVariable, Double> hint = new HashMap<>(pairValues);
        auxiliary.forEach((variable, value) -> hint.put(variable, value.applyAsDouble(pairValues)));
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
