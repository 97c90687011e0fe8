package org.lungang.solver.constraints.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched, in words a planner reads: Chinese first, English second. */
public interface RotationJustification extends ConstraintJustification {

    /** The explanation in Chinese. */
    String zh();

    /** The explanation in English. */
    String en();
}
