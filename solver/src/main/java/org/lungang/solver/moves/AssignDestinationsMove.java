package org.lungang.solver.moves;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;

/**
 * Sets several rotations' destinations in one step. A team that must move together, or two principals exchanging
 * schools, would pass through an illegal state with single changes; this move crosses it at once.
 */
public final class AssignDestinationsMove extends AbstractMove<RotationPlan> {

    private static final String VARIABLE = "destination";

    private final String type;
    private final List<Rotation> rotations;
    private final List<School> destinations;

    /**
     * @param type a short description of the move's purpose, for logs
     * @param destinations the new destination of each rotation, in the same order; null means "stays"
     */
    public AssignDestinationsMove(String type, List<Rotation> rotations, List<School> destinations) {
        if (rotations.size() != destinations.size()) {
            throw new IllegalArgumentException("One destination per rotation");
        }
        this.type = type;
        this.rotations = List.copyOf(rotations);
        this.destinations = new ArrayList<>(destinations); // may hold null
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotationPlan> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < rotations.size(); i++) {
            Rotation rotation = rotations.get(i);
            if (rotation.isPinned()) {
                return false;
            }
            changes |= rotation.getDestination() != destinations.get(i);
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotationPlan> scoreDirector) {
        for (int i = 0; i < rotations.size(); i++) {
            Rotation rotation = rotations.get(i);
            scoreDirector.beforeVariableChanged(rotation, VARIABLE);
            rotation.setDestination(destinations.get(i));
            scoreDirector.afterVariableChanged(rotation, VARIABLE);
        }
    }

    @Override
    public AssignDestinationsMove rebase(ScoreDirector<RotationPlan> destinationScoreDirector) {
        List<School> rebasedSchools = new ArrayList<>(destinations.size());
        for (School school : destinations) {
            rebasedSchools.add(school == null ? null : destinationScoreDirector.lookUpWorkingObject(school));
        }
        return new AssignDestinationsMove(type, rebaseList(rotations, destinationScoreDirector), rebasedSchools);
    }

    /** The new destination of each rotation, in the order of {@link #getPlanningEntities()}; null means "stays". */
    List<School> destinations() {
        return java.util.Collections.unmodifiableList(destinations);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "AssignDestinationsMove(" + type + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return rotations;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return destinations.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssignDestinationsMove other && rotations.equals(other.rotations)
                && destinations.equals(other.destinations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rotations, destinations);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type).append(" {");
        for (int i = 0; i < rotations.size(); i++) {
            School school = destinations.get(i);
            text.append(i == 0 ? "" : ", ").append(rotations.get(i).getId()).append(" -> ")
                    .append(school == null ? "stay" : school.getId());
        }
        return text.append('}').toString();
    }
}
