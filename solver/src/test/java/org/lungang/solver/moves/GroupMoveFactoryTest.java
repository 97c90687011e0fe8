package org.lungang.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;

/** The custom moves propose only destinations in each rotation's value range, as the generic moves do. */
class GroupMoveFactoryTest {

    @SuppressWarnings("unchecked")
    private static ScoreDirector<RotationPlan> readingOnly(RotationPlan plan) {
        return (ScoreDirector<RotationPlan>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
                new Class<?>[] { ScoreDirector.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getWorkingSolution")) {
                        return plan;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void teamSubstitutionAndPrincipalMovesOnlyProposeReachableDestinations() {
        School urban = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).build();
        // Reachable for maths and English alike.
        School open = school("V1").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(5)
                .subject(Subject.MATH, 3, 0).subject(Subject.ENGLISH, 3, 0).build();
        // Reachable for maths only: the team (maths and English) may not go there together.
        School mathsOnly = school("V2").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(6)
                .subject(Subject.MATH, 3, 0).build();
        // Too far and no beds: reachable by no one.
        School far = school("V3").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(80)
                .subject(Subject.MATH, 3, 0).subject(Subject.ENGLISH, 3, 0).build();
        // Another stage: no principal of a primary school goes there.
        School junior = school("J").kind(SchoolKind.VILLAGE).stage(Stage.JUNIOR).tier(Tier.WEAK).kmNorth(4)
                .subject(Subject.MATH, 3, 0).build();
        RotationPlan plan = RotationPlan.of(RotationPolicy.defaults(), List.of(urban, open, mathsOnly, far, junior),
                List.of(teacher("PU", urban).role(Role.PRINCIPAL).years(9).build(),
                        teacher("P1", open).role(Role.PRINCIPAL).years(9).build(),
                        teacher("P2", mathsOnly).role(Role.PRINCIPAL).years(9).build(),
                        teacher("PJ", junior).role(Role.PRINCIPAL).years(9).build(),
                        teacher("T1", urban).team("team").build(),
                        teacher("T2", urban).subject(Subject.ENGLISH).backbone(BackboneLevel.COUNTY).team("team")
                                .build(),
                        teacher("M1", urban).build(),
                        teacher("M2", urban).build(),
                        teacher("M3", urban).build()),
                Map.of());
        plan.rotationOf("M1").setDestination(mathsOnly);
        GroupMoveFactory factory = new GroupMoveFactory();
        ScoreDirector<RotationPlan> scoreDirector = readingOnly(plan);
        factory.phaseStarted(scoreDirector);

        Iterator<AssignDestinationsMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(7));
        int proposed = 0;
        for (int i = 0; i < 2_000; i++) {
            AssignDestinationsMove move = moves.next();
            @SuppressWarnings("unchecked")
            List<Rotation> rotations = List.copyOf((Collection<Rotation>) move.getPlanningEntities());
            List<School> destinations = move.destinations();
            for (int j = 0; j < rotations.size(); j++) {
                School destination = destinations.get(j);
                if (destination != null) {
                    proposed++;
                    assertThat(rotations.get(j).canReach(destination)).as(move.toString()).isTrue();
                }
            }
        }
        assertThat(proposed).isPositive();
    }
}
