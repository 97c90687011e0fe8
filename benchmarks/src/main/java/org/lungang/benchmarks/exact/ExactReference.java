package org.lungang.benchmarks.exact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Quotas;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/**
 * The exact reference: the linear core of the rotation problem as a CP-SAT model, solved to optimality or to its best
 * bound within a time limit.
 * <p>
 * The core is every hard rule of {@code RotationConstraintProvider} that is linear in the moves (eligibility, own
 * school, forbidden schools, direction, secondment host cap, open post at the destination, no hole at the sender,
 * receiving capacity, housing beds beyond the commute limit, one principal per school, principals within their stage,
 * teams together, stability cap) and every quota (rotation quota, backbone shares, cadre and backbone exchange), whose
 * shortfall is minimised first. It then maximises the shortage posts filled weighted by subject scarcity, less one
 * unit per km of commute (the solver's own weights). The balance of the national indicators, alliances, preferences,
 * couples and seniority are left out: they are not linear or not part of the shortage KPI.
 * <p>
 * CP-SAT's presolve stalls on assignment models of this shape beyond a few thousand teachers, so it is switched off.
 */
public final class ExactReference {

    /** The solver's reward for one shortage post filled, before the subject's scarcity multiplies it. */
    static final long SHORTAGE_POST_REWARD = 100;
    /** The weight of one head of quota shortfall: larger than any possible soft gain, so quotas come first. */
    public static final long QUOTA_WEIGHT = 1_000_000_000L;
    /** Shares are turned into integer inequalities in thousandths. */
    private static final long SHARE_SCALE = 1000;

    private final Duration timeLimit;
    private final int workers;

    /**
     * @param timeLimit CP-SAT's wall-time limit
     * @param workers CP-SAT's search workers (the machine has two cores)
     */
    public ExactReference(Duration timeLimit, int workers) {
        this.timeLimit = timeLimit;
        this.workers = workers;
        Loader.loadNativeLibraries();
    }

    /**
     * Solves the linear core of the plan and, when CP-SAT finds a plan, writes it into the plan's rotations (the
     * destinations of rotations that are not pinned are replaced). The plan's current destinations are CP-SAT's
     * hint: all stay, or a warm start such as a baseline's plan.
     */
    public ExactResult solve(RotationPlan plan) {
        Model model = new Model(plan);
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0)
                .setNumWorkers(workers)
                .setCpModelPresolve(false);
        long start = System.nanoTime();
        FirstSolution first = new FirstSolution(start);
        CpSolverStatus status = solver.solve(model.cp, first);
        double wall = (System.nanoTime() - start) / 1e9;
        boolean hasPlan = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        long shortfall = 0;
        long weighted = 0;
        if (hasPlan) {
            model.writeInto(solver);
            shortfall = solver.value(model.shortfall);
            weighted = solver.value(model.shortageReward);
        }
        return new ExactResult(status.name(), hasPlan ? solver.objectiveValue() : Double.NaN,
                solver.bestObjectiveBound(), shortfall, weighted, first.seconds, wall, model.moveCount);
    }

    /** Records when the first plan arrives; the best-bound callback is broken in 9.15's Java API, so no more. */
    private static final class FirstSolution extends CpSolverSolutionCallback {
        private final long start;
        private volatile double seconds = Double.NaN;

        FirstSolution(long start) {
            this.start = start;
        }

        @Override
        public void onSolutionCallback() {
            if (Double.isNaN(seconds)) {
                seconds = (System.nanoTime() - start) / 1e9;
            }
        }
    }

    private record Move(Rotation rotation, School destination, BoolVar variable) {
    }

    private record SchoolSubject(School school, Subject subject) {
    }

    /** The CP-SAT model of one plan. */
    private static final class Model {
        private final CpModel cp = new CpModel();
        private final RotationPolicy policy;
        private final List<Move> moves = new ArrayList<>();
        private final Map<Rotation, List<Move>> movesOf = new HashMap<>();
        private final LinearExpr shortfall;
        private final LinearExpr shortageReward;
        private final int moveCount;

        Model(RotationPlan plan) {
            this.policy = plan.getPolicy();
            for (Rotation rotation : plan.getRotations()) {
                boolean mayLeave = rotation.isCandidate() && !rotation.isPinned()
                        || rotation.isPinnedByPlanner() && rotation.isMoving();
                if (mayLeave && !rotation.isPrincipal()) {
                    movable.merge(new SchoolSubject(rotation.getHomeSchool(), rotation.getSubject()), 1,
                            Integer::sum);
                }
            }
            for (Rotation rotation : plan.getRotations()) {
                List<Move> own = new ArrayList<>();
                for (School school : destinationsOf(rotation, plan.getSchools())) {
                    Move move = new Move(rotation, school, cp.newBoolVar(rotation.getId() + ">" + school.getId()));
                    own.add(move);
                    moves.add(move);
                    // The plan's current destinations (all stay, or a warm start) guide the first solution.
                    cp.addHint(move.variable(), rotation.getDestination() == school ? 1 : 0);
                }
                movesOf.put(rotation, own);
                cp.addAtMostOne(own.stream().map(Move::variable).toArray(Literal[]::new));
                if (rotation.isPinnedByPlanner() && rotation.isMoving()) {
                    // The planner's fixed move is kept as it is, legal or not, as the solver keeps it.
                    cp.addEquality(own.get(0).variable(), 1);
                }
            }
            moveCount = moves.size();
            addTeams(plan);
            addSchoolRules(plan);
            addStaffing();
            this.shortfall = addQuotas(plan);
            this.shortageReward = shortageReward();
            cp.maximize(LinearExpr.newBuilder()
                    .add(shortageReward)
                    .add(commuteCost())
                    .addTerm(shortfall, -QUOTA_WEIGHT)
                    .build());
        }

        /** Destinations that no single-move rule forbids; the counting rules are constraints. */
        private List<School> destinationsOf(Rotation rotation, List<School> schools) {
            if (rotation.isPinnedByPlanner()) {
                return rotation.isMoving() ? List.of(rotation.getDestination()) : List.of();
            }
            if (!rotation.isCandidate()) {
                return List.of();
            }
            List<School> destinations = new ArrayList<>();
            for (School school : schools) {
                if (school != rotation.getHomeSchool()
                        && !rotation.getForbiddenSchoolIds().contains(school.getId())
                        && directionAllowed(rotation, school)
                        && mayHaveAPost(rotation, school)
                        && (school.getHousingBeds() > 0 || commuteKm(rotation, school) <= policy.maxCommuteKm())) {
                    destinations.add(school);
                }
            }
            return destinations;
        }

        /** Teachers of each school and subject who may leave: a subject's posts can only open by departures. */
        private final Map<SchoolSubject, Integer> movable = new HashMap<>();

        /**
         * A supporting teacher needs an open post after all moves (staff before + arrivals − departures ≤ posts), so
         * a school whose posts in the subject, plus the departures it could have, leave no room is no destination.
         * Secondees and principals take no post.
         */
        private boolean mayHaveAPost(Rotation rotation, School school) {
            if (rotation.isPrincipal()
                    || Direction.between(rotation.getHomeSchool(), school) != Direction.TOWARDS_RURAL_OR_WEAK) {
                return true;
            }
            Subject subject = rotation.getSubject();
            int room = school.posts(subject) - school.staffBefore(subject)
                    + movable.getOrDefault(new SchoolSubject(school, subject), 0);
            return room >= 1;
        }

        private boolean directionAllowed(Rotation rotation, School school) {
            if (rotation.isPrincipal()) {
                return school.getStage() == rotation.getHomeSchool().getStage();
            }
            Direction direction = Direction.between(rotation.getHomeSchool(), school);
            return direction == Direction.TOWARDS_RURAL_OR_WEAK
                    || direction == Direction.TOWARDS_URBAN_OR_STRONG
                            && (!policy.secondmentOnlyCadresAndBackbone() || rotation.getTeacher().isCadre()
                                    || rotation.isBackbone());
        }

        private static double commuteKm(Rotation rotation, School school) {
            return rotation.getDistances().commute(rotation.getTeacher(), school);
        }

        private static boolean isSupport(Move move) {
            return !move.rotation().isPrincipal()
                    && Direction.between(move.rotation().getHomeSchool(), move.destination())
                            == Direction.TOWARDS_RURAL_OR_WEAK;
        }

        /** Members of a team go to the same school or all stay. */
        private void addTeams(RotationPlan plan) {
            Map<String, List<Rotation>> teams = new LinkedHashMap<>();
            for (Rotation rotation : plan.getRotations()) {
                if (rotation.getTeacher().teamId() != null) {
                    teams.computeIfAbsent(rotation.getTeacher().teamId(), id -> new ArrayList<>()).add(rotation);
                }
            }
            for (List<Rotation> team : teams.values()) {
                Map<School, List<BoolVar>> bySchool = new HashMap<>();
                for (Rotation member : team) {
                    for (Move move : movesOf.get(member)) {
                        bySchool.computeIfAbsent(move.destination(), s -> new ArrayList<>()).add(move.variable());
                    }
                }
                for (List<BoolVar> variables : bySchool.values()) {
                    if (variables.size() < team.size()) {
                        variables.forEach(v -> cp.addEquality(v, 0));
                    } else {
                        for (int i = 1; i < variables.size(); i++) {
                            cp.addEquality(variables.get(i), variables.get(0));
                        }
                    }
                }
            }
        }

        /** Per-school counting rules: principals, secondment hosts, capacity, beds, stability. */
        private void addSchoolRules(RotationPlan plan) {
            Map<School, LinearExprBuilder> principalsAfter = new HashMap<>();
            Map<School, LinearExprBuilder> secondees = new HashMap<>();
            Map<School, LinearExprBuilder> received = new HashMap<>();
            Map<School, LinearExprBuilder> lodgers = new HashMap<>();
            Map<School, LinearExprBuilder> leaving = new HashMap<>();
            for (School school : plan.getSchools()) {
                principalsAfter.put(school, LinearExpr.newBuilder());
            }
            for (Rotation rotation : plan.getRotations()) {
                if (rotation.isPrincipal()) {
                    principalsAfter.get(rotation.getHomeSchool()).add(1);
                }
            }
            for (Move move : moves) {
                Rotation rotation = move.rotation();
                School to = move.destination();
                BoolVar x = move.variable();
                if (rotation.isPrincipal()) {
                    principalsAfter.get(rotation.getHomeSchool()).addTerm(x, -1);
                    principalsAfter.get(to).add(x);
                } else {
                    if (!isSupport(move)) {
                        secondees.computeIfAbsent(to, s -> LinearExpr.newBuilder()).add(x);
                    }
                    if (to.getReceivingCapacity() != null) {
                        received.computeIfAbsent(to, s -> LinearExpr.newBuilder()).add(x);
                    }
                    leaving.computeIfAbsent(rotation.getHomeSchool(), s -> LinearExpr.newBuilder()).add(x);
                }
                if (commuteKm(rotation, to) > policy.maxCommuteKm()) {
                    lodgers.computeIfAbsent(to, s -> LinearExpr.newBuilder()).add(x);
                }
            }
            principalsAfter.values().forEach(count -> cp.addEquality(count, 1));
            secondees.forEach((school, count) -> cp.addLessOrEqual(count, policy.maxSecondeesPerHost()));
            received.forEach((school, count) -> cp.addLessOrEqual(count, school.getReceivingCapacity()));
            lodgers.forEach((school, count) -> cp.addLessOrEqual(count, school.getHousingBeds()));
            leaving.forEach((school, count) -> cp.addLessOrEqual(count,
                    Quotas.maxLoss(policy.maxStaffLossShare(), school.getTotalStaffBefore())));
        }

        private final Map<SchoolSubject, LinearExprBuilder> arrivals = new LinkedHashMap<>();
        private final Map<SchoolSubject, LinearExprBuilder> departures = new LinkedHashMap<>();
        private final Map<SchoolSubject, Integer> maxArrivals = new HashMap<>();
        private final Map<SchoolSubject, Integer> maxDepartures = new HashMap<>();

        /**
         * Open post at the destination: with any arrival, staff after ≤ posts. No hole at the sender: with any
         * departure, staff after ≥ min(staff before, ceil(ratio × posts)). Secondees leave their school but take no
         * post at the host.
         */
        private void addStaffing() {
            for (Move move : moves) {
                if (move.rotation().isPrincipal()) {
                    continue;
                }
                Subject subject = move.rotation().getSubject();
                SchoolSubject from = new SchoolSubject(move.rotation().getHomeSchool(), subject);
                departures.computeIfAbsent(from, k -> LinearExpr.newBuilder()).add(move.variable());
                maxDepartures.merge(from, 1, Integer::sum);
                if (isSupport(move)) {
                    SchoolSubject to = new SchoolSubject(move.destination(), subject);
                    arrivals.computeIfAbsent(to, k -> LinearExpr.newBuilder()).add(move.variable());
                    maxArrivals.merge(to, 1, Integer::sum);
                }
            }
            for (SchoolSubject key : keys()) {
                int before = key.school().staffBefore(key.subject());
                int posts = key.school().posts(key.subject());
                LinearExpr in = expression(arrivals, key);
                LinearExpr out = expression(departures, key);
                LinearExpr change = LinearExpr.newBuilder().add(in).addTerm(out, -1).build();
                if (maxArrivals.containsKey(key)) {
                    BoolVar anyIn = cp.newBoolVar("in " + key);
                    cp.addLessOrEqual(in, LinearExpr.term(anyIn, maxArrivals.get(key)));
                    cp.addLessOrEqual(change, posts - before).onlyEnforceIf(anyIn);
                }
                if (maxDepartures.containsKey(key)) {
                    BoolVar anyOut = cp.newBoolVar("out " + key);
                    cp.addLessOrEqual(out, LinearExpr.term(anyOut, maxDepartures.get(key)));
                    long minimum = Math.min(before, Quotas.required(policy.senderMinStaffingRatio(), posts));
                    cp.addGreaterOrEqual(change, minimum - before).onlyEnforceIf(anyOut);
                }
            }
        }

        private List<SchoolSubject> keys() {
            LinkedHashMap<SchoolSubject, Boolean> keys = new LinkedHashMap<>();
            arrivals.keySet().forEach(k -> keys.put(k, true));
            departures.keySet().forEach(k -> keys.put(k, true));
            return new ArrayList<>(keys.keySet());
        }

        private static LinearExpr expression(Map<SchoolSubject, LinearExprBuilder> sums, SchoolSubject key) {
            LinearExprBuilder sum = sums.get(key);
            return sum == null ? LinearExpr.constant(0) : sum.build();
        }

        /**
         * Scarcity × 100 per shortage post filled: open posts before minus open posts after, where open after is
         * max(0, posts − staff after), kept tight by the maximisation.
         */
        private LinearExpr shortageReward() {
            LinearExprBuilder reward = LinearExpr.newBuilder();
            for (SchoolSubject key : keys()) {
                int before = key.school().staffBefore(key.subject());
                int posts = key.school().posts(key.subject());
                if (posts == 0) {
                    continue;
                }
                long weight = SHORTAGE_POST_REWARD * policy.scarcity(key.subject());
                IntVar openAfter = cp.newIntVar(0, posts, "open " + key);
                cp.addGreaterOrEqual(LinearExpr.newBuilder().add(openAfter).add(expression(arrivals, key))
                        .addTerm(expression(departures, key), -1).build(), posts - before);
                reward.add(weight * key.school().openPostsBefore(key.subject()));
                reward.addTerm(openAfter, -weight);
            }
            return reward.build();
        }

        private LinearExpr commuteCost() {
            LinearExprBuilder cost = LinearExpr.newBuilder();
            for (Move move : moves) {
                cost.addTerm(move.variable(), -Math.round(commuteKm(move.rotation(), move.destination())));
            }
            return cost.build();
        }

        /** Every quota as a shortfall variable; returns their sum. */
        private LinearExpr addQuotas(RotationPlan plan) {
            LinearExprBuilder total = LinearExpr.newBuilder();
            Map<School, List<Rotation>> eligibleBySchool = new LinkedHashMap<>();
            List<Rotation> cadresAndBackbone = new ArrayList<>();
            for (Rotation rotation : plan.getRotations()) {
                if (rotation.isCandidate() && !rotation.isPrincipal()) {
                    eligibleBySchool.computeIfAbsent(rotation.getHomeSchool(), s -> new ArrayList<>()).add(rotation);
                }
                if (rotation.isCandidate() && (rotation.getTeacher().isCadre() || rotation.isBackbone())) {
                    cadresAndBackbone.add(rotation);
                }
            }
            LinearExprBuilder rotatedInCounty = LinearExpr.newBuilder();
            LinearExprBuilder backboneInCounty = LinearExpr.newBuilder();
            for (Map.Entry<School, List<Rotation>> entry : eligibleBySchool.entrySet()) {
                School school = entry.getKey();
                LinearExprBuilder rotated = LinearExpr.newBuilder();
                LinearExprBuilder backbone = LinearExpr.newBuilder();
                boolean anyBackbone = false;
                for (Rotation rotation : entry.getValue()) {
                    LinearExpr moving = moving(rotation);
                    rotated.add(moving);
                    if (rotation.isBackbone()) {
                        backbone.add(moving);
                        anyBackbone = true;
                    }
                }
                LinearExpr rotatedHere = rotated.build();
                LinearExpr backboneHere = backbone.build();
                rotatedInCounty.add(rotatedHere);
                backboneInCounty.add(backboneHere);
                if (policy.quotaSchoolKinds().contains(school.getKind())) {
                    long required = Quotas.required(policy.rotationQuota(), entry.getValue().size());
                    IntVar missing = cp.newIntVar(0, required, "quota " + school.getId());
                    cp.addGreaterOrEqual(LinearExpr.newBuilder().add(rotatedHere).add(missing).build(), required);
                    total.add(missing);
                }
                if (anyBackbone) {
                    total.add(shareShortfall("backbone " + school.getId(), backboneHere, rotatedHere,
                            entry.getValue().size()));
                }
            }
            total.add(shareShortfall("county backbone", backboneInCounty.build(), rotatedInCounty.build(),
                    plan.getRotations().size()));
            long required = Quotas.required(policy.cadreBackboneExchangeShare(), cadresAndBackbone.size());
            IntVar missing = cp.newIntVar(0, required, "cadre exchange");
            LinearExprBuilder exchanged = LinearExpr.newBuilder().add(missing);
            cadresAndBackbone.forEach(r -> exchanged.add(moving(r)));
            cp.addGreaterOrEqual(exchanged.build(), required);
            total.add(missing);
            return total.build();
        }

        /** Shortfall of ceil(share × rotated) − backbone, as backbone + missing ≥ share × rotated in integers. */
        private IntVar shareShortfall(String name, LinearExpr backbone, LinearExpr rotated, int maxRotated) {
            long share = Math.round(policy.backboneShare() * SHARE_SCALE);
            IntVar missing = cp.newIntVar(0, maxRotated, name);
            cp.addGreaterOrEqual(LinearExpr.newBuilder()
                    .addTerm(backbone, SHARE_SCALE).addTerm(missing, SHARE_SCALE).addTerm(rotated, -share)
                    .build(), 0);
            return missing;
        }

        private LinearExpr moving(Rotation rotation) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            movesOf.get(rotation).forEach(m -> sum.add(m.variable()));
            return sum.build();
        }

        void writeInto(CpSolver solver) {
            for (Map.Entry<Rotation, List<Move>> entry : movesOf.entrySet()) {
                Rotation rotation = entry.getKey();
                if (rotation.isPinned()) {
                    continue;
                }
                School destination = null;
                for (Move move : entry.getValue()) {
                    if (solver.booleanValue(move.variable())) {
                        destination = move.destination();
                    }
                }
                rotation.setDestination(destination);
            }
        }
    }
}
