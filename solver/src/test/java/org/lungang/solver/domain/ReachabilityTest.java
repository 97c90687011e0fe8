package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;

/** Each rule that prunes a teacher's destinations, and the promise that only illegal destinations are pruned. */
class ReachabilityTest {

    private static final RotationPolicy POLICY = RotationPolicy.defaults();

    private final School urban = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG)
            .subject(Subject.MATH, 2, 0).subject(Subject.ENGLISH, 2, 0).build();
    private final School village = school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(10)
            .subject(Subject.MATH, 2, 0).subject(Subject.ENGLISH, 2, 0).build();

    private static RotationPlan plan(RotationPolicy policy, List<School> schools, Teacher... teachers) {
        return RotationPlan.of(policy, schools, List.of(teachers), Map.of());
    }

    private static RotationPlan plan(List<School> schools, Teacher... teachers) {
        return plan(POLICY, schools, teachers);
    }

    @Test
    void aTeacherMayGoToAVillageSchoolWithAnOpenPostInHerSubject() {
        RotationPlan plan = plan(List.of(urban, village), teacher("T", urban).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(village);
    }

    @Test
    void theOwnSchoolIsNeverADestination() {
        School otherVillage = school("V2").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).subject(Subject.MATH, 2, 0)
                .build();
        RotationPlan plan = plan(List.of(village, otherVillage), teacher("T", village).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).doesNotContain(village);
    }

    @Test
    void aForbiddenSchoolLeavesTheRangeAndComesBackWhenAllowedAgain() {
        RotationPlan plan = plan(List.of(urban, village), teacher("T", urban).build());
        Rotation rotation = plan.rotationOf("T");

        rotation.setForbiddenSchoolIds(Set.of("V"));
        assertThat(rotation.getReachableDestinations()).isEmpty();
        assertThat(rotation.canReach(village)).isFalse();

        rotation.setForbiddenSchoolIds(Set.of());
        assertThat(rotation.getReachableDestinations()).containsExactly(village);
    }

    @Test
    void anOrdinaryTeacherIsNotSecondedToAStrongerSchool() {
        RotationPlan plan = plan(List.of(urban, village), teacher("T", village).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).isEmpty();
    }

    @Test
    void aBackboneTeacherMayBeSecondedToAStrongerSchoolWhoseSubjectIsFull() {
        School fullUrban = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.MATH, 1, 0).build();
        RotationPlan plan = plan(List.of(fullUrban, village), teacher("UM", fullUrban).years(1).build(),
                teacher("T", village).backbone(BackboneLevel.COUNTY).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(fullUrban);
    }

    @Test
    void noOneIsSecondedWhenThePolicyCapsSecondeesAtZero() {
        RotationPolicy noSecondment = POLICY.toBuilder().maxSecondeesPerHost(0).build();
        RotationPlan plan = plan(noSecondment, List.of(urban, village),
                teacher("T", village).backbone(BackboneLevel.COUNTY).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).isEmpty();
    }

    @Test
    void aHostWhoseOngoingSecondeesFillTheCapTakesNoNewSecondee() {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= POLICY.maxSecondeesPerHost(); i++) {
            teachers.add(teacher("A" + i, village).backbone(BackboneLevel.COUNTY)
                    .exchange(new Exchange(urban, RotationKind.SECONDMENT, 2025, 2, false, false)).build());
        }
        teachers.add(teacher("T", village).backbone(BackboneLevel.COUNTY).build());
        RotationPlan plan = RotationPlan.of(POLICY, List.of(urban, village), teachers, Map.of(), 2026, Map.of());

        assertThat(urban.getOngoingSecondees()).isEqualTo(POLICY.maxSecondeesPerHost());
        assertThat(plan.rotationOf("T").getReachableDestinations()).isEmpty();
    }

    @Test
    void aLateralMoveIsNeverADestination() {
        School otherUrban = school("U2").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.MATH, 2, 0).build();
        RotationPlan plan = plan(List.of(urban, otherUrban), teacher("T", urban).backbone(BackboneLevel.COUNTY)
                .build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).isEmpty();
    }

    @Test
    void aSchoolWhoseSubjectStaysFullEvenIfAllItsCandidatesLeftIsNoSupportDestination() {
        School fullVillage = school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).subject(Subject.MATH, 1, 0)
                .build();
        RotationPlan plan = plan(List.of(urban, fullVillage), teacher("T", urban).build(),
                // The village's one maths teacher has served too few years to leave.
                teacher("VM", fullVillage).years(2).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).isEmpty();
    }

    @Test
    void aFullSchoolWhoseOwnTeacherMayLeaveStaysReachableForAChain() {
        School fullVillage = school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).subject(Subject.MATH, 1, 0)
                .build();
        RotationPlan plan = plan(List.of(urban, fullVillage), teacher("T", urban).build(),
                teacher("VM", fullVillage).years(8).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(fullVillage);
    }

    @Test
    void aSchoolBeyondTheCommuteLimitNeedsABed() {
        School farNoBeds = school("F").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(60)
                .subject(Subject.MATH, 2, 0).build();
        School farWithBeds = school("G").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).kmNorth(60).beds(1)
                .subject(Subject.MATH, 2, 0).build();
        RotationPlan plan = plan(List.of(urban, farNoBeds, farWithBeds), teacher("T", urban).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(farWithBeds);
    }

    @Test
    void aSchoolThatReceivesNoOneIsNoDestination() {
        School closed = school("C").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).capacity(0)
                .subject(Subject.MATH, 2, 0).build();
        RotationPlan plan = plan(List.of(urban, closed, village), teacher("T", urban).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(village);
    }

    @Test
    void aPrincipalMayGoOnlyToSchoolsOfHerStage() {
        School junior = school("J").kind(SchoolKind.VILLAGE).stage(Stage.JUNIOR).build();
        RotationPlan plan = plan(List.of(urban, village, junior),
                teacher("P", urban).role(Role.PRINCIPAL).build());

        assertThat(plan.rotationOf("P").getReachableDestinations()).containsExactly(village);
    }

    @Test
    void aSchoolOfAStageTheRotationDoesNotCoverIsNoDestination() {
        School senior = school("H").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).stage(Stage.SENIOR)
                .subject(Subject.MATH, 2, 0).build();
        RotationPlan plan = plan(List.of(urban, senior, village), teacher("T", urban).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(village);
    }

    @Test
    void aSchoolOfACoveredStageIsADestinationWhenThePolicyIncludesIt() {
        School senior = school("H").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).stage(Stage.SENIOR)
                .subject(Subject.MATH, 2, 0).build();
        RotationPolicy allStages = POLICY.toBuilder().coveredStages(Set.of(Stage.values())).build();
        RotationPlan plan = plan(allStages, List.of(urban, senior, village), teacher("T", urban).build());

        assertThat(plan.rotationOf("T").getReachableDestinations()).containsExactly(senior, village);
    }

    @Test
    void aTeacherWhoMayNotRotateReachesNothing() {
        RotationPlan plan = plan(List.of(urban, village), teacher("T", urban).years(1).build());

        assertThat(plan.rotationOf("T").isCandidate()).isFalse();
        assertThat(plan.rotationOf("T").getReachableDestinations()).isEmpty();
    }

    @Test
    void aPinnedRotationKeepsOnlyTheDestinationItIsPinnedTo() {
        RotationPlan plan = plan(List.of(urban, village), teacher("T", urban).build(),
                teacher("S", urban).build());
        Rotation moved = plan.rotationOf("T");
        moved.setDestination(village);
        moved.setPinnedByPlanner(true);
        plan.rotationOf("S").setPinnedByPlanner(true);

        assertThat(moved.getReachableDestinations()).containsExactly(village);
        assertThat(moved.canReach(village)).isFalse();
        assertThat(plan.rotationOf("S").getReachableDestinations()).isEmpty();
    }

    @Test
    void aPlanWithAnUnreachableMoveIsScoredAsBreakingAHardRule() {
        RotationPlan plan = plan(List.of(urban, village), teacher("T", village).build());
        plan.rotationOf("T").setDestination(urban);

        assertThat(new RotationSolver().score(plan).hardScore()).isNegative();
    }

    /**
     * Over a county with every kind, tier and stage of school, full and open subjects, far schools with and without
     * beds, a closed school and principals: every destination the range leaves out, taken alone, breaks a hard rule.
     */
    @Test
    void everyPrunedDestinationIsOneAHardConstraintPenalises() {
        List<School> schools = new ArrayList<>();
        int n = 0;
        for (SchoolKind kind : SchoolKind.values()) {
            for (Tier tier : Tier.values()) {
                for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                    n++;
                    schools.add(school("S" + n).kind(kind).tier(tier).stage(stage).kmNorth(n % 4 == 0 ? 50 : n)
                            .beds(n % 8 == 0 ? 1 : 0).capacity(n == 5 ? 0 : null)
                            .subject(Subject.MATH, n % 3 == 0 ? 1 : 3, 0)
                            .subject(Subject.ENGLISH, n % 2, 0).build());
                }
            }
        }
        List<Teacher> teachers = new ArrayList<>();
        for (School home : schools) {
            String id = home.getId();
            teachers.add(teacher(id + "P", home).role(Role.PRINCIPAL).years(9).build());
            teachers.add(teacher(id + "M", home).years(8).build());
            teachers.add(teacher(id + "N", home).years(2).build());
            teachers.add(teacher(id + "E", home).subject(Subject.ENGLISH).backbone(BackboneLevel.COUNTY).build());
        }
        RotationPlan plan = RotationPlan.of(POLICY, schools, teachers, Map.of());
        RotationSolver solver = new RotationSolver();
        HardMediumSoftLongScore everyoneStays = solver.score(plan);
        assertThat(everyoneStays.hardScore()).isZero();

        int pruned = 0;
        for (Rotation rotation : plan.getRotations()) {
            for (School school : schools) {
                if (rotation.getReachableDestinations().contains(school)) {
                    continue;
                }
                pruned++;
                rotation.setDestination(school);
                assertThat(solver.score(plan).hardScore()).as(rotation.toString()).isNegative();
                rotation.setDestination(null);
            }
        }
        assertThat(pruned).isGreaterThan(schools.size());
    }
}
