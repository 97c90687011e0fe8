package org.lungang.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;

/**
 * Construction tries only destinations where a teacher can fill a real post: a more rural or weaker school with an
 * open post in the teacher's subject before the plan. Other moves are legal only by the grace of other moves, which
 * is local search's work; this keeps construction to a few dozen evaluations per teacher instead of one per school.
 */
public final class OpenPostDestinationFilter implements SelectionFilter<RotationPlan, ChangeMove<RotationPlan>> {

    @Override
    public boolean accept(ScoreDirector<RotationPlan> scoreDirector, ChangeMove<RotationPlan> move) {
        Rotation rotation = (Rotation) move.getEntity();
        School destination = (School) move.getToPlanningValue();
        return destination == null
                || (destination.openPostsBefore(rotation.getSubject()) > 0
                        && Direction.between(rotation.getHomeSchool(), destination)
                                == Direction.TOWARDS_RURAL_OR_WEAK);
    }
}
