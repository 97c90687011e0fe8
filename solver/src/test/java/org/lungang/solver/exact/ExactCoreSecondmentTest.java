package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/**
 * The exact core and the secondment host cap (2 by default) in 2026, with secondees already at the host. Village W's
 * county backbone teacher is its only eligible cadre or backbone teacher, so the 15 % exchange of cadres and backbone
 * teachers asks for her; W has a second maths teacher for its one post, and no school lacks a maths teacher, so her
 * only move is a secondment to urban S.
 */
class ExactCoreSecondmentTest {

    private static final String BACKBONE = "w-backbone";

    private final ExactCore core = new ExactCore(ExactSettings.defaults());

    private static RotationPlan county(int ongoing) {
        return county(ongoing, 1, RotationPolicy.defaults());
    }

    /** S hosts {@code ongoing} secondees from W on two-year terms begun in 2025; W has {@code backbone} to send. */
    private static RotationPlan county(int ongoing, int backbone, RotationPolicy policy) {
        School s = TestData.school("S").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.MATH, 2, 0).build();
        School w = TestData.school("W").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(10)
                .subject(Subject.MATH, 1, 0).build();
        List<Teacher> teachers = new ArrayList<>();
        teachers.add(TestData.teacher("s-principal", s).role(Role.PRINCIPAL).years(2).build());
        teachers.add(TestData.teacher("w-principal", w).role(Role.PRINCIPAL).years(2).build());
        teachers.add(TestData.teacher("s-math-1", s).years(2).build());
        teachers.add(TestData.teacher("s-math-2", s).years(2).build());
        teachers.add(TestData.teacher(BACKBONE, w).years(8).backbone(BackboneLevel.COUNTY).build());
        for (int i = 2; i <= backbone; i++) {
            teachers.add(TestData.teacher(BACKBONE + "-" + i, w).years(8).backbone(BackboneLevel.COUNTY).build());
        }
        teachers.add(TestData.teacher("w-math-2", w).years(2).build());
        for (int i = 1; i <= ongoing; i++) {
            teachers.add(TestData.teacher("w-away-" + i, w).years(8).backbone(BackboneLevel.COUNTY)
                    .exchange(new Exchange(s, RotationKind.SECONDMENT, 2025, 2, false, false)).build());
        }
        // Without the CV guard: a backbone teacher seconded to the strong school would raise the backbone coefficient.
        RotationPolicy unguarded = policy.toBuilder().indicatorsMustNotWorsen(false).build();
        return RotationPlan.of(unguarded, List.of(s, w), teachers, Map.of(), 2026, Map.of());
    }

    private Map<String, String> moves(RotationPlan plan) {
        Map<String, String> moves = new java.util.TreeMap<>();
        core.solve(plan, Duration.ofSeconds(20), () -> false).destinations().forEach((rotation, school) -> {
            if (school != null) {
                moves.put(rotation.getId(), school.getId());
            }
        });
        return moves;
    }

    @Test
    void aSecondmentIsProposedWhileTheHostHasRoomBesideItsOngoingSecondees() {
        assertThat(moves(county(1))).containsExactly(Map.entry(BACKBONE, "S"));
    }

    @Test
    void aSecondmentThatWithTheOngoingOnesWouldExceedTheHostCapIsNeverProposed() {
        assertThat(moves(county(2))).isEmpty();
    }

    /** Every eligible cadre and backbone teacher must exchange, and W may lose them all. */
    private static final RotationPolicy EVERYONE = RotationPolicy.defaults().toBuilder()
            .cadreBackboneExchangeShare(1.0).maxStaffLossShare(1.0).build();

    @Test
    void twoBackboneTeachersAskedForAreSecondedOnlyAsFarAsTheRoomTheOngoingSecondeeLeaves() {
        assertThat(moves(county(1, 2, EVERYONE))).hasSize(1).containsValue("S");
    }

    @Test
    void aSecondmentPinnedByThePlannerTakesTheLastRoomBesideTheOngoingOne() {
        RotationPlan plan = county(1, 2, EVERYONE);
        plan.rotationOf(BACKBONE).setDestination(plan.schoolOf("S"));
        plan.rotationOf(BACKBONE).setPinnedByPlanner(true);

        assertThat(moves(plan)).doesNotContainValue("S");
    }
}
