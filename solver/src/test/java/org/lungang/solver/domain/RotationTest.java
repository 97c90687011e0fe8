package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a rotation works out from the policy it carries, and the position lookup its commute reads. */
class RotationTest {

    private static final RotationPolicy POLICY = RotationPolicy.defaults();

    private final School urban = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG)
            .subject(Subject.MATH, 2, 0).build();
    private final School near = school("N").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(10)
            .subject(Subject.MATH, 2, 0).build();
    private final School far = school("F").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(60).beds(1)
            .subject(Subject.MATH, 2, 0).build();

    @Test
    void everyRotationOfAPlanCarriesThePlansPolicy() {
        RotationPolicy strict = POLICY.toBuilder().maxCommuteKm(5).build();
        RotationPlan plan = RotationPlan.of(strict, List.of(urban, near),
                List.of(teacher("T1", urban).build(), teacher("T2", near).build()), Map.of());

        assertThat(plan.getRotations()).allSatisfy(r -> assertThat(r.getPolicy()).isSameAs(strict));
    }

    @Test
    void aMoveBeyondTheCommuteLimitNeedsABedAndOneWithinItDoesNot() {
        RotationPlan plan = RotationPlan.of(POLICY, List.of(urban, near, far), List.of(teacher("T", urban).build()),
                Map.of());
        Rotation rotation = plan.rotationOf("T");

        rotation.setDestination(far);
        assertThat(rotation.needsBed()).isTrue();
        rotation.setDestination(near);
        assertThat(rotation.needsBed()).isFalse();
    }

    @Test
    void aTeacherWhoStaysNeedsNoBed() {
        RotationPolicy everyMoveNeedsABed = POLICY.toBuilder().maxCommuteKm(0).build();
        RotationPlan plan = RotationPlan.of(everyMoveNeedsABed, List.of(urban, near),
                List.of(teacher("T", urban).build()), Map.of());

        assertThat(plan.rotationOf("T").needsBed()).isFalse();
    }

    @Test
    void aSchoolThatAnotherPlanPlacedLastKeepsItsPositionInTheFirst() {
        Distances distances = new Distances(1.0, Map.of());
        Reachability first = Reachability.of(POLICY, List.of(urban, near), List.of(), distances);
        Reachability second = Reachability.of(POLICY, List.of(near, urban), List.of(), distances);

        assertThat(first.indexOf(near)).isEqualTo(1);
        assertThat(second.indexOf(near)).isZero();
        assertThat(first.indexOf(far)).isEqualTo(-1);
    }
}
