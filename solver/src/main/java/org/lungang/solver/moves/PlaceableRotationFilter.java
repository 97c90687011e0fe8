package org.lungang.solver.moves;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;

/**
 * The teachers the construction phase places one by one: eligible, not principals (they exchange in pairs) and not
 * team members (teams move as one); local search handles those with its own moves.
 */
public final class PlaceableRotationFilter implements SelectionFilter<RotationPlan, Rotation> {

    @Override
    public boolean accept(ScoreDirector<RotationPlan> scoreDirector, Rotation rotation) {
        return !rotation.isPinned() && !rotation.isPrincipal() && rotation.getTeacher().teamId() == null;
    }
}
