package org.lungang.solver.domain;

import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * The decision for one teacher: the destination school, or none when the teacher stays. Every teacher on the roster
 * has one, so staffing after the plan is simply "where each rotation ends"; teachers who may not rotate (not
 * {@link #isCandidate() candidates}) are pinned to staying, and so are the decisions the planner fixed.
 */
@PlanningEntity(comparatorClass = org.lungang.solver.moves.PlacementOrder.class)
public class Rotation {

    @PlanningId
    private String id;
    private Teacher teacher;
    private boolean candidate;
    private boolean backbone;
    private Eligibility eligibility;
    private boolean pinnedByPlanner;
    private Set<String> forbiddenSchoolIds = Set.of();
    private Distances distances;

    @PlanningVariable(allowsUnassigned = true)
    private School destination;

    public Rotation() {
        // For Timefold's cloning.
    }

    /**
     * @param eligibility the teacher's eligibility under the year's policy
     * @param backbone the teacher counts as backbone under the year's policy
     */
    public Rotation(Teacher teacher, Eligibility eligibility, boolean backbone, Distances distances) {
        this.id = teacher.id();
        this.teacher = teacher;
        this.eligibility = eligibility;
        this.candidate = eligibility.eligible();
        this.backbone = backbone;
        this.distances = distances;
    }

    /** A copy with the same teacher, decision and pins: what a cloned plan holds. */
    Rotation copy() {
        Rotation copy = new Rotation();
        copy.id = id;
        copy.teacher = teacher;
        copy.candidate = candidate;
        copy.backbone = backbone;
        copy.eligibility = eligibility;
        copy.pinnedByPlanner = pinnedByPlanner;
        copy.forbiddenSchoolIds = forbiddenSchoolIds;
        copy.distances = distances;
        copy.destination = destination;
        return copy;
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

    public void setForbiddenSchoolIds(Set<String> forbiddenSchoolIds) {
        this.forbiddenSchoolIds = Set.copyOf(forbiddenSchoolIds);
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

    /** Where the teacher works after the plan. */
    public School getEffectiveSchool() {
        return destination == null ? teacher.homeSchool() : destination;
    }

    public boolean isPrincipal() {
        return teacher.isPrincipal();
    }

    /** The kind of move, or null when the teacher stays. */
    public RotationKind getKind() {
        if (!isMoving()) {
            return null;
        }
        if (teacher.isPrincipal()) {
            return RotationKind.PRINCIPAL;
        }
        return getDirection() == Direction.TOWARDS_URBAN_OR_STRONG ? RotationKind.SECONDMENT : RotationKind.SUPPORT;
    }

    /** The direction of the move, or null when the teacher stays. */
    public Direction getDirection() {
        return isMoving() ? Direction.between(teacher.homeSchool(), destination) : null;
    }

    /** Commute to the destination in km; 0 when staying. */
    public double getCommuteKm() {
        return isMoving() ? distances.commute(teacher, destination) : 0.0;
    }

    public Distances getDistances() {
        return distances;
    }

    @Override
    public String toString() {
        return id + "->" + (destination == null ? "stay" : destination.getId());
    }
}
