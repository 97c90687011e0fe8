package org.lungang.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;

/**
 * Construction tries, among a teacher's reachable destinations (the value range, which already holds the legality
 * rules), only those where she fills a post open before the plan: support moves to a school short of her subject.
 * Secondments and the posts freed by other moves are local search's work; this keeps construction to a few dozen
 * evaluations per teacher and makes it fill the real shortages first.
 */
public final class OpenPostDestinationFilter implements SelectionFilter<RotationPlan, ChangeMove<RotationPlan>> {

    @Override
    public boolean accept(ScoreDirector<RotationPlan> scoreDirector, ChangeMove<RotationPlan> move) {
        Rotation rotation = (Rotation) move.getEntity();
        School destination = (School) move.getToPlanningValue();
        return destination == null
                || (destination.openPostsBefore(rotation.getSubject()) > 0
                        && Rotation.kindOf(rotation.getTeacher(), destination) == RotationKind.SUPPORT);
    }
}
