package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lungang.solver.TestData;

class RotationPlanClonerTest {

    private final School urban = TestData.school("U").build();
    private final School village = TestData.school("V").kind(SchoolKind.VILLAGE).build();
    private final RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, village),
            List.of(TestData.teacher("T1", urban).build(), TestData.teacher("T2", urban).build()), Map.of());

    @Test
    void theCloneHasItsOwnRotationsWithEveryFieldCopied() throws IllegalAccessException {
        Rotation original = plan.rotationOf("T1");
        original.setDestination(village);
        original.setPinnedByPlanner(true);
        original.setForbiddenSchoolIds(Set.of("X"));

        RotationPlan clone = new RotationPlanCloner().cloneSolution(plan);

        Rotation copy = clone.rotationOf("T1");
        assertThat(copy).isNotSameAs(original);
        for (Field field : Rotation.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(original));
        }
    }

    @Test
    void changingTheCloneLeavesTheOriginalAlone() {
        RotationPlan clone = new RotationPlanCloner().cloneSolution(plan);

        clone.rotationOf("T2").setDestination(village);

        assertThat(plan.rotationOf("T2").getDestination()).isNull();
        assertThat(clone.getRotations()).isNotSameAs(plan.getRotations());
    }

    @Test
    void theCloneSharesTheFactsPolicyAndWeights() {
        RotationPlan clone = new RotationPlanCloner().cloneSolution(plan);

        assertThat(clone.getSchools()).isSameAs(plan.getSchools());
        assertThat(clone.getTeachers()).isSameAs(plan.getTeachers());
        assertThat(clone.getPolicy()).isSameAs(plan.getPolicy());
        assertThat(clone.getConstraintWeightOverrides()).isSameAs(plan.getConstraintWeightOverrides());
    }
}
