package org.lungang.solver.constraints;

import static org.lungang.solver.TestData.school;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Tier;

/** What the constraint tests share: one verifier, and the two schools most rules are about. */
final class ConstraintTesting {

    static final ConstraintVerifier<RotationConstraintProvider, RotationPlan> VERIFIER = ConstraintVerifier.build(
            new RotationConstraintProvider(), RotationPlan.class, Rotation.class);

    private ConstraintTesting() {
    }

    /** A strong county-seat school: a sender. */
    static School urban(String id) {
        return school(id).kind(SchoolKind.URBAN).tier(Tier.STRONG).build();
    }

    /** A weak village school: a receiver. */
    static School village(String id) {
        return school(id).kind(SchoolKind.VILLAGE).tier(Tier.WEAK).build();
    }
}
