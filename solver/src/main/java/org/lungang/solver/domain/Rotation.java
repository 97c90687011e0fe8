package org.lungang.solver.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The decision for one teacher: the destination school, or none when the teacher stays. Every teacher on the roster
 * has one, so staffing after the plan is simply "where each rotation ends"; teachers who may not rotate (not
 * {@link #isCandidate() candidates}) are pinned to staying, and so are the decisions the planner fixed. The planning
 * variable takes its values from {@link #getReachableDestinations()}.
 */
@PlanningEntity(comparatorClass = org.lungang.solver.moves.PlacementOrder.class)
public class Rotation {

    @PlanningId
    private String id;
    private Teacher teacher;
    /** Where she works at the start of the year, after the year's returns: the host while away on exchange. */
    private School startSchool;
    private boolean candidate;
    private boolean backbone;
    private Eligibility eligibility;
    private boolean pinnedByPlanner;
    private Set<String> forbiddenSchoolIds = Set.of();
    /** The year's policy, the plan's own: the rules that test one move against it read it here, with no join. */
    private RotationPolicy policy;
    private Distances distances;
    /** Null for a rotation made outside a plan (constraint tests): it reaches nothing. */
    private Reachability reachability;
    private Reachability.Destinations destinations;
    /** The reachable schools less the forbidden ones, and the same as a set of school positions. */
    private List<School> reachable = List.of();
    private BitSet reachableIndex = new BitSet();
    /**
     * What the current move is, computed once per destination: the score reads it many times per move. The one
     * before is kept too, as local search tries a destination and undoes it, back and forth between two.
     */
    private MoveFacts moveFacts;
    private MoveFacts previousMoveFacts;

    @PlanningVariable(allowsUnassigned = true)
    private School destination;

    public Rotation() {
        // For Timefold's cloning.
    }

    /**
     * @param eligibility the teacher's eligibility under the year's policy
     * @param policy the year's policy, the plan's own (the same object)
     */
    public Rotation(Teacher teacher, Eligibility eligibility, RotationPolicy policy, Distances distances) {
        this(teacher, teacher.homeSchool(), eligibility, policy, distances);
    }

    /**
     * @param startSchool where she works at the start of the year: her home school, or the host while she is away
     *        on exchange (then she is not a candidate and stays there)
     */
    public Rotation(Teacher teacher, School startSchool, Eligibility eligibility, RotationPolicy policy,
            Distances distances) {
        this.id = teacher.id();
        this.teacher = teacher;
        this.startSchool = startSchool;
        this.eligibility = eligibility;
        this.candidate = eligibility.eligible();
        this.backbone = policy.countsAsBackbone(teacher);
        this.policy = policy;
        this.distances = distances;
    }

    /** A copy with the same teacher, decision and pins: what a cloned plan holds. */
    Rotation copy() {
        Rotation copy = new Rotation();
        copy.id = id;
        copy.teacher = teacher;
        copy.startSchool = startSchool;
        copy.candidate = candidate;
        copy.backbone = backbone;
        copy.eligibility = eligibility;
        copy.pinnedByPlanner = pinnedByPlanner;
        copy.forbiddenSchoolIds = forbiddenSchoolIds;
        copy.policy = policy;
        copy.distances = distances;
        copy.reachability = reachability;
        copy.destinations = destinations;
        copy.reachable = reachable;
        copy.reachableIndex = reachableIndex;
        copy.moveFacts = moveFacts;
        copy.previousMoveFacts = previousMoveFacts;
        copy.destination = destination;
        return copy;
    }

    /** Called once by {@link RotationPlan#of}: where this teacher may go. */
    void attach(Reachability reachability) {
        this.reachability = reachability;
        this.destinations = reachability.of(teacher);
        updateReachable();
    }

    private void updateReachable() {
        if (reachability == null) {
            return;
        }
        List<School> open = new ArrayList<>();
        BitSet index = new BitSet(reachability.schoolCount());
        for (School school : destinations.reachable()) {
            if (!forbiddenSchoolIds.contains(school.getId())) {
                open.add(school);
                index.set(reachability.indexOf(school));
            }
        }
        reachable = List.copyOf(open);
        reachableIndex = index;
    }

    /**
     * The destinations this rotation may take (the planning variable's value range, "stays" apart): the schools
     * {@link Reachability} finds for the teacher, less those the planner forbade; nothing when pinned or not a
     * candidate. It is a relaxation: every legal plan stays reachable, and the hard constraints still decide whether a
     * reachable destination is legal in a given plan. A destination already set outside the range (a hand move being
     * evaluated, a pin) is kept in it, so that such a plan can still be scored and explained; the solver never moves
     * a rotation to it unless it was there.
     */
    @ValueRangeProvider
    public List<School> getReachableDestinations() {
        List<School> open = isPinned() ? List.of() : reachable;
        if (destination == null || canReach(destination)) {
            return open;
        }
        List<School> withCurrent = new ArrayList<>(open.size() + 1);
        withCurrent.addAll(open);
        withCurrent.add(destination);
        return withCurrent;
    }

    /** Whether the solver may send this rotation to the school: not pinned, and the school is reachable. */
    public boolean canReach(School school) {
        if (isPinned() || reachability == null || school == null) {
            return false;
        }
        int index = reachability.indexOf(school);
        return index >= 0 && reachableIndex.get(index);
    }

    /** The kind of move a teacher would make to a destination other than her school. */
    public static RotationKind kindOf(Teacher teacher, School destination) {
        if (teacher.isPrincipal()) {
            return RotationKind.PRINCIPAL;
        }
        return Direction.between(teacher.homeSchool(), destination) == Direction.TOWARDS_URBAN_OR_STRONG
                ? RotationKind.SECONDMENT : RotationKind.SUPPORT;
    }

    /** Pinned when the planner fixed it or when the teacher may not rotate at all. */
    @PlanningPin
    public boolean isPinned() {
        return pinnedByPlanner || !candidate;
    }

    public String getId() {
        return id;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    public boolean isCandidate() {
        return candidate;
    }

    /** Counts as a backbone teacher under the policy's minimum level. */
    public boolean isBackbone() {
        return backbone;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public boolean isPinnedByPlanner() {
        return pinnedByPlanner;
    }

    public void setPinnedByPlanner(boolean pinnedByPlanner) {
        this.pinnedByPlanner = pinnedByPlanner;
    }

    /** Schools the planner forbade for this teacher. */
    public Set<String> getForbiddenSchoolIds() {
        return forbiddenSchoolIds;
    }

    /** Forbids these schools to the teacher; they leave her {@link #getReachableDestinations() range}. */
    public void setForbiddenSchoolIds(Set<String> forbiddenSchoolIds) {
        this.forbiddenSchoolIds = Set.copyOf(forbiddenSchoolIds);
        updateReachable();
    }

    public School getDestination() {
        return destination;
    }

    public void setDestination(School destination) {
        this.destination = destination;
    }

    public School getHomeSchool() {
        return teacher.homeSchool();
    }

    public Subject getSubject() {
        return teacher.subject();
    }

    /** True when the teacher leaves for another school. */
    public boolean isMoving() {
        return destination != null && destination != teacher.homeSchool();
    }

    /**
     * Where the teacher works at the start of the year, before any new move: her home school, or her host while she
     * is away on exchange. Staffing and indicators before the plan count her here.
     */
    public School getStartSchool() {
        return startSchool;
    }

    /** Whether she serves at a host this year on a term begun earlier (or extended): she stays there. */
    public boolean isAwayOnExchange() {
        return startSchool != teacher.homeSchool();
    }

    /** Where the teacher works after the plan: the destination, or where she started the year. */
    public School getEffectiveSchool() {
        return destination == null ? startSchool : destination;
    }

    public boolean isPrincipal() {
        return teacher.isPrincipal();
    }

    /** The kind of move, or null when the teacher stays. */
    public RotationKind getKind() {
        return isMoving() ? moveFacts().kind() : null;
    }

    /** The direction of the move, or null when the teacher stays. */
    public Direction getDirection() {
        return isMoving() ? moveFacts().direction() : null;
    }

    /** Commute to the destination in km; 0 when staying. */
    public double getCommuteKm() {
        return isMoving() ? moveFacts().commuteKm() : 0.0;
    }

    private MoveFacts moveFacts() {
        MoveFacts facts = moveFacts;
        if (facts != null && facts.destination() == destination) {
            return facts;
        }
        MoveFacts previous = previousMoveFacts;
        if (previous == null || previous.destination() != destination) {
            previous = new MoveFacts(destination, kindOf(teacher, destination),
                    Direction.between(teacher.homeSchool(), destination), commuteTo(destination));
        }
        // Immutable objects: a reader on another thread sees all of one or none.
        previousMoveFacts = facts;
        moveFacts = previous;
        return previous;
    }

    private double commuteTo(School school) {
        int index = reachability == null ? -1 : reachability.indexOf(school);
        return index >= 0 ? destinations.commuteKm()[index] : distances.commute(teacher, school);
    }

    /** Kind, direction and commute of a move to one destination: facts of the teacher and school alone. */
    private record MoveFacts(School destination, RotationKind kind, Direction direction, double commuteKm) {
    }

    /** The year's policy: the same object as the plan's. */
    public RotationPolicy getPolicy() {
        return policy;
    }

    /** Whether the move puts the teacher beyond the policy's commute limit, so that she needs a bed there. */
    public boolean needsBed() {
        return isMoving() && policy.needsBed(getCommuteKm());
    }

    public Distances getDistances() {
        return distances;
    }

    @Override
    public String toString() {
        return id + "->" + (destination == null ? "stay" : destination.getId());
    }
}
