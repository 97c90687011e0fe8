package org.lungang.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;

/**
 * Local search swaps the destinations of two teachers of the same subject only, and only when at least one of them
 * moves. A teacher takes the other's open post in her subject, so a swap across subjects nearly always opens a
 * hole or overfills a post, and two teachers who both stay swap nothing; principals exchange through
 * {@link GroupMoveFactory}. Rejecting those swaps before they are scored leaves the time to moves that can pay.
 */
public final class SameSubjectSwapFilter implements SelectionFilter<RotationPlan, SwapMove<RotationPlan>> {

    @Override
    public boolean accept(ScoreDirector<RotationPlan> scoreDirector, SwapMove<RotationPlan> move) {
        Rotation left = (Rotation) move.getLeftEntity();
        Rotation right = (Rotation) move.getRightEntity();
        return left.getSubject() == right.getSubject() && !left.isPrincipal() && !right.isPrincipal()
                && left.getDestination() != right.getDestination();
    }
}
