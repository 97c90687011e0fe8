package org.lungang.solver.constraints;

import static org.lungang.solver.constraints.ConstraintTesting.VERIFIER;
import static org.lungang.solver.constraints.ConstraintTesting.urban;
import static org.lungang.solver.constraints.ConstraintTesting.village;
import static org.lungang.solver.TestData.POLICY;
import static org.lungang.solver.TestData.matrix;
import static org.lungang.solver.TestData.moving;
import static org.lungang.solver.TestData.rotation;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lungang.solver.constraints.justifications.DirectionJustification;
import org.lungang.solver.constraints.justifications.ForbiddenMoveJustification;
import org.lungang.solver.constraints.justifications.IneligibleRotationJustification;
import org.lungang.solver.constraints.justifications.OwnSchoolJustification;
import org.lungang.solver.constraints.justifications.PrincipalJustification;
import org.lungang.solver.constraints.justifications.SchoolCountJustification;
import org.lungang.solver.constraints.justifications.StaffingJustification;
import org.lungang.solver.constraints.justifications.TeamJustification;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/** The hard rules: one nested class per constraint. */
class HardConstraintsTest {


    @Nested
    class OnlyEligibleTeachersRotate {

        @Test
        void aTeacherWithTooFewYearsWhoIsMovedIsPenalisedOnce() {
            School from = urban("U");
            Teacher junior = teacher("T1", from).years(3).build();

            VERIFIER.verifyThat(RotationConstraintProvider::onlyEligibleTeachersRotate)
                    .given(moving(junior, village("V")))
                    .justifiesWith(new IneligibleRotationJustification("T1", Eligibility.Reason.TOO_FEW_YEARS))
                    .penalizesBy(1);
        }

        @Test
        void anEligibleTeacherWhoMovesIsNotPenalised() {
            Teacher senior = teacher("T1", urban("U")).years(6).build();

            VERIFIER.verifyThat(RotationConstraintProvider::onlyEligibleTeachersRotate)
                    .given(moving(senior, village("V")))
                    .penalizesBy(0);
        }

        @Test
        void anIneligibleTeacherWhoStaysIsNotPenalised() {
            Teacher exempt = teacher("T1", urban("U")).offEstablishment().build();

            VERIFIER.verifyThat(RotationConstraintProvider::onlyEligibleTeachersRotate)
                    .given(rotation(exempt))
                    .penalizesBy(0);
        }
    }

    @Nested
    class NoMoveToOwnSchool {

        @Test
        void aTeacherSentToTheOwnSchoolIsPenalisedOnce() {
            School home = urban("U");
            Teacher t = teacher("T1", home).build();

            VERIFIER.verifyThat(RotationConstraintProvider::noMoveToOwnSchool)
                    .given(moving(t, home))
                    .justifiesWith(new OwnSchoolJustification("T1", "U"))
                    .penalizesBy(1);
        }

        @Test
        void aTeacherWhoStaysOrMovesElsewhereIsNotPenalised() {
            School home = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::noMoveToOwnSchool)
                    .given(rotation(teacher("T1", home).build()), moving(teacher("T2", home).build(), village("V")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MoveForbiddenByPlanner {

        @Test
        void aMoveToAForbiddenSchoolIsPenalisedOnce() {
            Rotation r = moving(teacher("T1", urban("U")).build(), village("V"));
            r.setForbiddenSchoolIds(Set.of("V"));

            VERIFIER.verifyThat(RotationConstraintProvider::moveForbiddenByPlanner)
                    .given(r)
                    .justifiesWith(new ForbiddenMoveJustification("T1", "V"))
                    .penalizesBy(1);
        }

        @Test
        void aMoveToAnotherSchoolThanTheForbiddenOneIsNotPenalised() {
            Rotation moved = moving(teacher("T1", urban("U")).build(), village("V"));
            moved.setForbiddenSchoolIds(Set.of("W"));
            Rotation stays = rotation(teacher("T2", urban("U2")).build());
            stays.setForbiddenSchoolIds(Set.of("V"));

            VERIFIER.verifyThat(RotationConstraintProvider::moveForbiddenByPlanner)
                    .given(moved, stays)
                    .penalizesBy(0);
        }
    }

    @Nested
    class AllowedDirection {

        @Test
        void aSupportMoveFromTheCountySeatToAVillageIsAllowed() {
            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(POLICY, moving(teacher("T1", urban("U")).build(), village("V")))
                    .penalizesBy(0);
        }

        @Test
        void anOrdinaryTeacherSecondedToTheCountySeatIsPenalised() {
            Rotation r = moving(teacher("T1", village("V")).build(), urban("U"));

            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(POLICY, r)
                    .justifiesWith(new DirectionJustification("T1", "V", "U", Direction.TOWARDS_URBAN_OR_STRONG))
                    .penalizesBy(1);
        }

        @Test
        void aBackboneTeacherOrACadreMayBeSecondedToTheCountySeat() {
            Rotation backbone = moving(teacher("T1", village("V")).backbone(BackboneLevel.COUNTY).build(),
                    urban("U"));
            Rotation cadre = moving(teacher("T2", village("V")).role(Role.MIDDLE_LEADER).build(), urban("U"));

            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(POLICY, backbone, cadre)
                    .penalizesBy(0);
        }

        @Test
        void aSchoolLevelBackboneTeacherBelowThePolicysLevelMayNotBeSeconded() {
            Rotation r = moving(teacher("T1", village("V")).backbone(BackboneLevel.SCHOOL).build(), urban("U"));

            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(POLICY, r)
                    .penalizesBy(1);
        }

        @Test
        void anyTeacherMayBeSecondedWhenThePolicyDoesNotRestrictSecondments() {
            RotationPolicy open = POLICY.toBuilder().secondmentOnlyCadresAndBackbone(false).build();

            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(open, moving(teacher("T1", village("V")).build(), urban("U"), open))
                    .penalizesBy(0);
        }

        @Test
        void aLateralMoveBetweenSchoolsOfTheSameKindAndTierIsPenalised() {
            Rotation r = moving(teacher("T1", urban("U1")).backbone(BackboneLevel.PROVINCE).build(), urban("U2"));

            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(POLICY, r)
                    .justifiesWith(new DirectionJustification("T1", "U1", "U2", Direction.LATERAL))
                    .penalizesBy(1);
        }

        @Test
        void aPrincipalIsNotJudgedByDirection() {
            Teacher principal = teacher("P1", urban("U1")).role(Role.PRINCIPAL).build();

            VERIFIER.verifyThat(RotationConstraintProvider::allowedDirection)
                    .given(POLICY, moving(principal, urban("U2")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SecondmentHostCap {

        private Rotation secondee(String id, School host) {
            return moving(teacher(id, village("V" + id)).backbone(BackboneLevel.COUNTY).build(), host);
        }

        @Test
        void aHostWithOneSecondeeMoreThanTheCapIsPenalisedByOne() {
            School host = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::secondmentHostCap)
                    .given(POLICY, secondee("T1", host), secondee("T2", host), secondee("T3", host))
                    .justifiesWith(new SchoolCountJustification("U", "secondees hosted", "挂职人数", 3, 2))
                    .penalizesBy(1);
        }

        @Test
        void aHostWithExactlyTheCapIsNotPenalised() {
            School host = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::secondmentHostCap)
                    .given(POLICY, secondee("T1", host), secondee("T2", host))
                    .penalizesBy(0);
        }

        /** Host U (cap 2) hosting the given number of secondees on terms begun in 2025, and N1 seconded there. */
        private RotationPlan hostWithOngoingSecondees(RotationPolicy policy, int ongoing) {
            School host = urban("U");
            School village = village("V");
            List<Teacher> teachers = new ArrayList<>();
            for (int i = 1; i <= ongoing; i++) {
                teachers.add(teacher("A" + i, village).backbone(BackboneLevel.COUNTY)
                        .exchange(new Exchange(host, RotationKind.SECONDMENT, 2025, 2, false, false)).build());
            }
            teachers.add(teacher("N1", village).backbone(BackboneLevel.COUNTY).build());
            RotationPlan plan = RotationPlan.of(policy, List.of(host, village), teachers, Map.of(), 2026, Map.of());
            plan.rotationOf("N1").setDestination(host);
            return plan;
        }

        @Test
        void aNewSecondmentThatWithTheOngoingOnesExceedsTheCapIsPenalisedByOne() {
            VERIFIER.verifyThat(RotationConstraintProvider::secondmentHostCap)
                    .givenSolution(hostWithOngoingSecondees(POLICY, 2))
                    .justifiesWith(new SchoolCountJustification("U", "secondees hosted", "挂职人数", 3, 2))
                    .penalizesBy(1);
        }

        @Test
        void aNewSecondmentWithinTheCapCountingTheOngoingOnesIsNotPenalised() {
            VERIFIER.verifyThat(RotationConstraintProvider::secondmentHostCap)
                    .givenSolution(hostWithOngoingSecondees(POLICY, 1))
                    .penalizesBy(0);
        }

        @Test
        void ongoingSecondeesAboveALoweredCapAreNotThePlansAndOnlyTheNewOneIsPenalised() {
            VERIFIER.verifyThat(RotationConstraintProvider::secondmentHostCap)
                    .givenSolution(hostWithOngoingSecondees(POLICY.toBuilder().maxSecondeesPerHost(1).build(), 3))
                    .penalizesBy(1);
        }

        @Test
        void supportTeachersArrivingAtASchoolAreNotSecondees() {
            School village = village("V");

            VERIFIER.verifyThat(RotationConstraintProvider::secondmentHostCap)
                    .given(POLICY, moving(teacher("T1", urban("U1")).build(), village),
                            moving(teacher("T2", urban("U2")).build(), village),
                            moving(teacher("T3", urban("U3")).build(), village))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OpenPostInSubjectAtDestination {

        @Test
        void anArrivalIntoAnOpenPostIsNotPenalised() {
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.ENGLISH, 1, 0).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", urban("U")).subject(Subject.ENGLISH).build(), to))
                    .penalizesBy(0);
        }

        @Test
        void twoArrivalsForOneOpenPostArePenalisedByOne() {
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.ENGLISH, 1, 0).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", urban("U1")).subject(Subject.ENGLISH).build(), to),
                            moving(teacher("T2", urban("U2")).subject(Subject.ENGLISH).build(), to))
                    .justifiesWith(new StaffingJustification("V", Subject.ENGLISH, 1, 0, 2, 2, 0,
                            "arrivals without an open post", "调入人数超过空编"))
                    .penalizesBy(1);
        }

        @Test
        void anArrivalInASubjectWithoutPostsIsPenalised() {
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.ENGLISH, 1, 0).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", urban("U")).subject(Subject.MUSIC).build(), to))
                    .penalizesBy(1);
        }

        @Test
        void preExistingOverstaffingIsNotBlamedOnAnArrivalInAnotherSubject() {
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 2, 4)
                    .subject(Subject.ENGLISH, 1, 0).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", urban("U")).subject(Subject.ENGLISH).build(), to))
                    .penalizesBy(0);
        }

        @Test
        void anArrivalIntoPreExistingOverstaffingCountsOnlyItselfNotTheOldExcess() {
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 2, 4).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", urban("U")).build(), to))
                    .penalizesBy(1);
        }

        @Test
        void anOverstaffedSchoolOnlySendingIsNotPenalised() {
            School from = school("U").kind(SchoolKind.URBAN).subject(Subject.MATH, 2, 4).build();
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 1, 0).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", from).build(), to))
                    .penalizesBy(0);
        }

        @Test
        void anArrivalReplacingDeparturesFromAnOverstaffedSubjectIsNotPenalised() {
            // Town school: 2 posts, 3 teachers; two leave for a village, one arrives from the county seat: 2 after.
            School town = school("T").kind(SchoolKind.TOWN).subject(Subject.MATH, 2, 3).build();
            School to = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 2, 0).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", town).build(), to), moving(teacher("T2", town).build(), to),
                            moving(teacher("T3", urban("U")).build(), town))
                    .penalizesBy(0);
        }

        @Test
        void aSecondeeDoesNotTakeAPostAtTheHost() {
            School host = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.MATH, 1, 1).build();

            VERIFIER.verifyThat(RotationConstraintProvider::openPostInSubjectAtDestination)
                    .given(moving(teacher("T1", village("V")).backbone(BackboneLevel.COUNTY).build(), host))
                    .penalizesBy(0);
        }
    }

    @Nested
    class NoHoleAtSender {

        @Test
        void aSenderKeepingExactlyItsPostsIsNotPenalised() {
            School from = school("U").kind(SchoolKind.URBAN).subject(Subject.MATH, 3, 4).build();

            VERIFIER.verifyThat(RotationConstraintProvider::noHoleAtSender)
                    .given(POLICY, moving(teacher("T1", from).build(), village("V")))
                    .penalizesBy(0);
        }

        @Test
        void aSenderFallingOneBelowItsPostsIsPenalisedByOne() {
            School from = school("U").kind(SchoolKind.URBAN).subject(Subject.MATH, 3, 4).build();

            VERIFIER.verifyThat(RotationConstraintProvider::noHoleAtSender)
                    .given(POLICY, moving(teacher("T1", from).build(), village("V1")),
                            moving(teacher("T2", from).build(), village("V2")))
                    .justifiesWith(new StaffingJustification("U", Subject.MATH, 3, 4, 2, 0, 2,
                            "departures open a hole", "调出后出现缺口"))
                    .penalizesBy(1);
        }

        @Test
        void anAlreadyShortSenderMayNotLoseMore() {
            School from = school("U").kind(SchoolKind.URBAN).subject(Subject.MATH, 3, 2).build();

            VERIFIER.verifyThat(RotationConstraintProvider::noHoleAtSender)
                    .given(POLICY, moving(teacher("T1", from).build(), village("V")))
                    .penalizesBy(1);
        }

        @Test
        void anArrivalInTheSameSubjectRefillsTheSendersPost() {
            School town = school("T").kind(SchoolKind.TOWN).subject(Subject.MATH, 2, 2).build();
            School overstaffed = school("U").kind(SchoolKind.URBAN).subject(Subject.MATH, 1, 2).build();

            VERIFIER.verifyThat(RotationConstraintProvider::noHoleAtSender)
                    .given(POLICY, moving(teacher("T1", town).build(), village("V")),
                            moving(teacher("T2", overstaffed).build(), town))
                    .penalizesBy(0);
        }

        @Test
        void aLowerStaffingRatioLetsASenderGoBelowItsPostsDownToTheRatio() {
            // 80% of 5 posts is 4: one of five may leave, a second may not.
            RotationPolicy lenient = POLICY.toBuilder().senderMinStaffingRatio(0.8).build();
            School from = school("U").kind(SchoolKind.URBAN).subject(Subject.MATH, 5, 5).build();

            VERIFIER.verifyThat(RotationConstraintProvider::noHoleAtSender)
                    .given(lenient, moving(teacher("T1", from).build(), village("V1")))
                    .penalizesBy(0);
            VERIFIER.verifyThat(RotationConstraintProvider::noHoleAtSender)
                    .given(lenient, moving(teacher("T1", from).build(), village("V1")),
                            moving(teacher("T2", from).build(), village("V2")))
                    .penalizesBy(1);
        }
    }

    @Nested
    class ReceivingCapacity {

        private School villageWithCapacity(Integer capacity) {
            return school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).capacity(capacity).build();
        }

        @Test
        void arrivalsBeyondTheCapacityArePenalisedByTheExcess() {
            School v = villageWithCapacity(1);

            VERIFIER.verifyThat(RotationConstraintProvider::receivingCapacity)
                    .given(moving(teacher("T1", urban("U1")).build(), v), moving(teacher("T2", urban("U2")).build(), v),
                            moving(teacher("T3", urban("U3")).build(), v))
                    .justifiesWith(new SchoolCountJustification("V", "teachers received", "接收交流教师人数", 3, 1))
                    .penalizesBy(2);
        }

        @Test
        void arrivalsUpToTheCapacityAreNotPenalised() {
            School v = villageWithCapacity(2);

            VERIFIER.verifyThat(RotationConstraintProvider::receivingCapacity)
                    .given(moving(teacher("T1", urban("U1")).build(), v), moving(teacher("T2", urban("U2")).build(), v))
                    .penalizesBy(0);
        }

        @Test
        void aSchoolWithoutACapacityTakesAnyNumber() {
            School v = villageWithCapacity(null);

            VERIFIER.verifyThat(RotationConstraintProvider::receivingCapacity)
                    .given(moving(teacher("T1", urban("U1")).build(), v), moving(teacher("T2", urban("U2")).build(), v))
                    .penalizesBy(0);
        }

        @Test
        void anArrivingPrincipalDoesNotUseTheCapacity() {
            School v = villageWithCapacity(0);

            VERIFIER.verifyThat(RotationConstraintProvider::receivingCapacity)
                    .given(moving(teacher("P1", urban("U")).role(Role.PRINCIPAL).build(), v))
                    .penalizesBy(0);
        }
    }

    @Nested
    class HousingBedsBeyondCommuteLimit {

        private School villageWithBeds(int beds) {
            return school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).beds(beds).build();
        }

        @Test
        void aTeacherExactlyAtTheCommuteLimitNeedsNoBed() {
            School u = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::housingBedsBeyondCommuteLimit)
                    .given(POLICY, moving(teacher("T1", u).build(), villageWithBeds(0), matrix("U", "V", 30.0)))
                    .penalizesBy(0);
        }

        @Test
        void aTeacherJustBeyondTheCommuteLimitAtASchoolWithoutBedsIsPenalised() {
            School u = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::housingBedsBeyondCommuteLimit)
                    .given(POLICY, moving(teacher("T1", u).build(), villageWithBeds(0), matrix("U", "V", 30.1)))
                    .justifiesWith(new SchoolCountJustification("V", "teachers needing a bed", "需周转房人数", 1, 0))
                    .penalizesBy(1);
        }

        @Test
        void lodgersBeyondTheBedsArePenalisedByTheExcess() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(50).beds(1).build();

            VERIFIER.verifyThat(RotationConstraintProvider::housingBedsBeyondCommuteLimit)
                    .given(POLICY, moving(teacher("T1", urban("U1")).build(), v),
                            moving(teacher("T2", urban("U2")).build(), v),
                            moving(teacher("T3", urban("U3")).build(), v))
                    .penalizesBy(2);
        }

        @Test
        void lodgersWithinTheBedsAreNotPenalised() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(50).beds(2).build();

            VERIFIER.verifyThat(RotationConstraintProvider::housingBedsBeyondCommuteLimit)
                    .given(POLICY, moving(teacher("T1", urban("U1")).build(), v),
                            moving(teacher("T2", urban("U2")).build(), v))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ExactlyOnePrincipalPerSchool {

        private Teacher principal(String id, School school) {
            return teacher(id, school).role(Role.PRINCIPAL).build();
        }

        @Test
        void schoolsKeepingTheirPrincipalsAreNotPenalised() {
            School a = urban("A");
            School b = village("B");

            VERIFIER.verifyThat(RotationConstraintProvider::exactlyOnePrincipalPerSchool)
                    .given(a, b, rotation(principal("P1", a)), rotation(principal("P2", b)))
                    .penalizesBy(0);
        }

        @Test
        void twoPrincipalsSwappingSchoolsAreNotPenalised() {
            School a = urban("A");
            School b = village("B");

            VERIFIER.verifyThat(RotationConstraintProvider::exactlyOnePrincipalPerSchool)
                    .given(a, b, moving(principal("P1", a), b), moving(principal("P2", b), a))
                    .penalizesBy(0);
        }

        @Test
        void aPrincipalJoiningAnotherPrincipalLeavesOneSchoolWithoutAndOneWithTwo() {
            School a = urban("A");
            School b = village("B");

            VERIFIER.verifyThat(RotationConstraintProvider::exactlyOnePrincipalPerSchool)
                    .given(a, b, moving(principal("P1", a), b), rotation(principal("P2", b)))
                    .justifiesWith(new SchoolCountJustification("A", "principals after the plan", "交流后校长人数", 0, 1))
                    .justifiesWith(new SchoolCountJustification("B", "principals after the plan", "交流后校长人数", 2, 1))
                    .penalizesBy(2);
        }

        @Test
        void aSchoolWithNoPrincipalAtAllIsPenalisedOnce() {
            School a = urban("A");

            VERIFIER.verifyThat(RotationConstraintProvider::exactlyOnePrincipalPerSchool)
                    .given(a, rotation(teacher("T1", a).role(Role.VICE_PRINCIPAL).build()))
                    .penalizesBy(1);
        }
    }

    @Nested
    class PrincipalMovesWithinStage {

        @Test
        void aPrimaryPrincipalTakingOverAJuniorSchoolIsPenalised() {
            School primary = urban("P");
            School junior = school("J").kind(SchoolKind.TOWN).stage(Stage.JUNIOR).build();
            Teacher principal = teacher("P1", primary).role(Role.PRINCIPAL).build();

            VERIFIER.verifyThat(RotationConstraintProvider::principalMovesWithinStage)
                    .given(moving(principal, junior))
                    .justifiesWith(new PrincipalJustification("P1", "P", "J"))
                    .penalizesBy(1);
        }

        @Test
        void aPrincipalMovingBetweenPrimarySchoolsIsNotPenalised() {
            Teacher principal = teacher("P1", urban("P")).role(Role.PRINCIPAL).build();

            VERIFIER.verifyThat(RotationConstraintProvider::principalMovesWithinStage)
                    .given(moving(principal, village("V")))
                    .penalizesBy(0);
        }

        @Test
        void aTeacherMayChangeStage() {
            School junior = school("J").kind(SchoolKind.TOWN).stage(Stage.JUNIOR).build();

            VERIFIER.verifyThat(RotationConstraintProvider::principalMovesWithinStage)
                    .given(moving(teacher("T1", urban("P")).build(), junior))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TeamMovesTogether {

        @Test
        void aTeamMovingTogetherToOneSchoolIsNotPenalised() {
            School u = urban("U");
            School v = village("V");

            VERIFIER.verifyThat(RotationConstraintProvider::teamMovesTogether)
                    .given(moving(teacher("T1", u).team("X").build(), v), moving(teacher("T2", u).team("X").build(), v),
                            moving(teacher("T3", u).team("X").build(), v))
                    .penalizesBy(0);
        }

        @Test
        void aTeamStayingTogetherIsNotPenalised() {
            School u = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::teamMovesTogether)
                    .given(rotation(teacher("T1", u).team("X").build()), rotation(teacher("T2", u).team("X").build()))
                    .penalizesBy(0);
        }

        @Test
        void aMemberLeftBehindSplitsThePairWithEachMoverOnce() {
            School u = urban("U");
            School v = village("V");

            VERIFIER.verifyThat(RotationConstraintProvider::teamMovesTogether)
                    .given(moving(teacher("T1", u).team("X").build(), v), moving(teacher("T2", u).team("X").build(), v),
                            rotation(teacher("T3", u).team("X").build()))
                    .justifiesWith(new TeamJustification("X", "T1", "T3"))
                    .penalizesBy(2);
        }

        @Test
        void aTeamSentToTwoSchoolsIsPenalised() {
            School u = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::teamMovesTogether)
                    .given(moving(teacher("T1", u).team("X").build(), village("V1")),
                            moving(teacher("T2", u).team("X").build(), village("V2")))
                    .penalizesBy(1);
        }

        @Test
        void membersOfDifferentTeamsGoTheirOwnWays() {
            School u = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::teamMovesTogether)
                    .given(moving(teacher("T1", u).team("X").build(), village("V1")),
                            moving(teacher("T2", u).team("Y").build(), village("V2")),
                            rotation(teacher("T3", u).build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class StabilityCap {

        private School urbanWithStaff(int staff) {
            return school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).subject(Subject.MATH, staff, staff).build();
        }

        private Rotation[] departures(School from, int count) {
            Rotation[] rotations = new Rotation[count];
            for (int i = 0; i < count; i++) {
                rotations[i] = moving(teacher("T" + i, from).build(), village("V"));
            }
            return rotations;
        }

        @Test
        void aSchoolOfTwentyMayLoseThreeTeachers() {
            School u = urbanWithStaff(20);

            VERIFIER.verifyThat(RotationConstraintProvider::stabilityCap)
                    .given(withPolicy(departures(u, 3)))
                    .penalizesBy(0);
        }

        @Test
        void aSchoolOfTwentyLosingFourIsPenalisedByOne() {
            School u = urbanWithStaff(20);

            VERIFIER.verifyThat(RotationConstraintProvider::stabilityCap)
                    .given(withPolicy(departures(u, 4)))
                    .justifiesWith(new SchoolCountJustification("U", "teachers leaving", "调出教师人数", 4, 3))
                    .penalizesBy(1);
        }

        @Test
        void aSmallSchoolMayAlwaysLoseOneTeacher() {
            // 15% of 3 is 0.45: the floor is 0, but a school may always lose at least one.
            School u = urbanWithStaff(3);

            VERIFIER.verifyThat(RotationConstraintProvider::stabilityCap)
                    .given(withPolicy(departures(u, 1)))
                    .penalizesBy(0);
        }

        @Test
        void aSmallSchoolLosingTwoIsPenalisedByOne() {
            School u = urbanWithStaff(3);

            VERIFIER.verifyThat(RotationConstraintProvider::stabilityCap)
                    .given(withPolicy(departures(u, 2)))
                    .penalizesBy(1);
        }

        @Test
        void aLeavingPrincipalIsNotCounted() {
            School u = urbanWithStaff(3);

            VERIFIER.verifyThat(RotationConstraintProvider::stabilityCap)
                    .given(POLICY, moving(teacher("T1", u).build(), village("V")),
                            moving(teacher("P1", u).role(Role.PRINCIPAL).build(), village("V2")))
                    .penalizesBy(0);
        }

        private Object[] withPolicy(Rotation[] rotations) {
            Object[] facts = new Object[rotations.length + 1];
            facts[0] = POLICY;
            System.arraycopy(rotations, 0, facts, 1, rotations.length);
            return facts;
        }
    }
}
