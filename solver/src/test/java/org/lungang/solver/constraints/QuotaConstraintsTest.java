package org.lungang.solver.constraints;

import static org.lungang.solver.constraints.ConstraintTesting.VERIFIER;
import static org.lungang.solver.TestData.POLICY;
import static org.lungang.solver.TestData.moving;
import static org.lungang.solver.TestData.rotation;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lungang.solver.constraints.justifications.QuotaJustification;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/** The policy quotas (medium): penalised by the shortfall in heads. */
class QuotaConstraintsTest {


    static final School URBAN = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).build();
    static final School VILLAGE = school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).build();

    /** The facts: the policy, {@code moved} eligible teachers of the school moving to the village, the rest staying. */
    static Object[] eligibleTeachers(RotationPolicy policy, School home, int eligible, int moved) {
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        for (int i = 0; i < eligible; i++) {
            Teacher t = teacher(home.getId() + "-T" + i, home).years(8).build();
            facts.add(i < moved ? moving(t, VILLAGE) : rotation(t));
        }
        return facts.toArray();
    }

    static Object[] plus(Object[] facts, Object... more) {
        Object[] all = new Object[facts.length + more.length];
        System.arraycopy(facts, 0, all, 0, facts.length);
        System.arraycopy(more, 0, all, facts.length, more.length);
        return all;
    }

    @Nested
    class SchoolRotationQuota {

        @Test
        void thirtyEligibleTeachersOweThreeRotationsNotFour() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(eligibleTeachers(POLICY, URBAN, 30, 0))
                    .justifiesWith(new QuotaJustification("U", "rotation quota of 30 eligible", "符合条件 30 人的交流比例",
                            3, 0))
                    .penalizesBy(3);
        }

        /** U with 20 eligible teachers at home, none moving, and 2 away at V on terms begun in 2025. */
        private RotationPlan twentyAtHomeAndTwoAway(RotationPolicy policy) {
            School u = school("U").kind(SchoolKind.URBAN).tier(Tier.STRONG).build();
            School v = school("V").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).build();
            List<Teacher> teachers = new ArrayList<>();
            for (int i = 0; i < 22; i++) {
                teachers.add(teacher("U-T" + i, u).years(8).exchange(i < 2
                        ? new Exchange(v, RotationKind.SUPPORT, 2025, 3, false, false) : null).build());
            }
            return RotationPlan.of(policy, List.of(u, v), teachers, Map.of(), 2026, Map.of());
        }

        @Test
        void teachersAwayOnExchangeAreLeftOutOfTheHomeSchoolsQuotaByDefault() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .givenSolution(twentyAtHomeAndTwoAway(POLICY))
                    .penalizesBy(2);
        }

        @Test
        void teachersAwayOnExchangeCountAsRotatedWhenThePolicyKeepsThemInTheHomeQuota() {
            // ceil(10 % × 22) = 3, of which the 2 away already rotate: 1 owed.
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .givenSolution(twentyAtHomeAndTwoAway(POLICY.toBuilder().awayOnExchangeCountInHomeQuota(true)
                            .build()))
                    .penalizesBy(1);
        }

        @Test
        void thirtyEligibleTeachersWithThreeRotatedMeetTheQuota() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(eligibleTeachers(POLICY, URBAN, 30, 3))
                    .penalizesBy(0);
        }

        @Test
        void thirtyOneEligibleTeachersOweFourRotations() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(eligibleTeachers(POLICY, URBAN, 31, 3))
                    .penalizesBy(1);
        }

        @Test
        void aSingleEligibleTeacherOwesOneRotation() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(eligibleTeachers(POLICY, URBAN, 1, 0))
                    .penalizesBy(1);
        }

        @Test
        void ineligibleTeachersDoNotCountTowardsTheQuota() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(POLICY, rotation(teacher("T1", URBAN).years(2).build()),
                            rotation(teacher("T2", URBAN).offEstablishment().build()))
                    .penalizesBy(0);
        }

        @Test
        void villageSchoolsAreNotSendersUnderTheDefaultPolicy() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(eligibleTeachers(POLICY, VILLAGE, 10, 0))
                    .penalizesBy(0);
        }

        @Test
        void aStayingPrincipalDoesNotCountTowardsTheTeachersQuota() {
            VERIFIER.verifyThat(RotationConstraintProvider::schoolRotationQuota)
                    .given(POLICY, rotation(teacher("P1", URBAN).role(Role.PRINCIPAL).years(9).build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CountyBackboneShare {

        @Test
        void sixRotatedWithoutBackboneOweTwoBackboneTeachers() {
            VERIFIER.verifyThat(RotationConstraintProvider::countyBackboneShare)
                    .given(eligibleTeachers(POLICY, URBAN, 6, 6))
                    .justifiesWith(new QuotaJustification("county", "backbone share of 6 rotated",
                            "交流 6 人中骨干教师比例", 2, 0))
                    .penalizesBy(2);
        }

        @Test
        void fiveRotatedOfWhomOneIsBackboneMeetTheShare() {
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 4, 4),
                    moving(teacher("B1", URBAN).backbone(BackboneLevel.CITY).build(), VILLAGE));

            VERIFIER.verifyThat(RotationConstraintProvider::countyBackboneShare)
                    .given(facts)
                    .penalizesBy(0);
        }

        @Test
        void aSchoolLevelBackboneTeacherDoesNotCountUnderTheDefaultPolicy() {
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 4, 4),
                    moving(teacher("B1", URBAN).backbone(BackboneLevel.SCHOOL).build(), VILLAGE));

            VERIFIER.verifyThat(RotationConstraintProvider::countyBackboneShare)
                    .given(facts)
                    .penalizesBy(1);
        }

        @Test
        void aStayingBackboneTeacherDoesNotMakeUpTheShare() {
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 5, 5),
                    rotation(teacher("B1", URBAN).backbone(BackboneLevel.CITY).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::countyBackboneShare)
                    .given(facts)
                    .penalizesBy(1);
        }

        @Test
        void nobodyRotatedOwesNoBackboneTeacher() {
            VERIFIER.verifyThat(RotationConstraintProvider::countyBackboneShare)
                    .given(eligibleTeachers(POLICY, URBAN, 5, 0))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SchoolBackboneShare {

        @Test
        void aSchoolSendingTwoWhileItsBackboneTeacherStaysIsShortByOne() {
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 2, 2),
                    rotation(teacher("B1", URBAN).backbone(BackboneLevel.COUNTY).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::schoolBackboneShare)
                    .given(facts)
                    .justifiesWith(new QuotaJustification("U", "backbone share of 2 rotated", "交流 2 人中骨干教师比例",
                            1, 0))
                    .penalizesBy(1);
        }

        @Test
        void aSchoolSendingItsBackboneTeacherMeetsTheShare() {
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 2, 2),
                    moving(teacher("B1", URBAN).backbone(BackboneLevel.COUNTY).build(), VILLAGE));

            VERIFIER.verifyThat(RotationConstraintProvider::schoolBackboneShare)
                    .given(facts)
                    .penalizesBy(0);
        }

        @Test
        void aSchoolWithoutEligibleBackboneTeachersOwesNone() {
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 5, 5),
                    rotation(teacher("B1", URBAN).backbone(BackboneLevel.COUNTY).years(2).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::schoolBackboneShare)
                    .given(facts)
                    .penalizesBy(0);
        }

        @Test
        void eachSchoolIsJudgedOnItsOwnRotations() {
            // The town sends its backbone teacher, the county seat sends two ordinary ones and keeps its own.
            School town = school("T").kind(SchoolKind.TOWN).build();
            Object[] facts = plus(eligibleTeachers(POLICY, URBAN, 2, 2),
                    rotation(teacher("B1", URBAN).backbone(BackboneLevel.COUNTY).build()),
                    moving(teacher("B2", town).backbone(BackboneLevel.COUNTY).build(), VILLAGE));

            VERIFIER.verifyThat(RotationConstraintProvider::schoolBackboneShare)
                    .given(facts)
                    .penalizesBy(1);
        }
    }

    @Nested
    class CadreAndBackboneExchangeShare {

        private Object[] cadres(int count, int moved) {
            List<Object> facts = new ArrayList<>();
            facts.add(POLICY);
            for (int i = 0; i < count; i++) {
                Teacher cadre = teacher("C" + i, URBAN).role(Role.MIDDLE_LEADER).build();
                facts.add(i < moved ? moving(cadre, VILLAGE) : rotation(cadre));
            }
            return facts.toArray();
        }

        @Test
        void twentyEligibleCadresOweThreeExchangesNotFour() {
            VERIFIER.verifyThat(RotationConstraintProvider::cadreAndBackboneExchangeShare)
                    .given(cadres(20, 0))
                    .justifiesWith(new QuotaJustification("county",
                            "exchange share of 20 eligible cadres and backbone teachers",
                            "符合条件的 20 名干部和骨干教师交流比例", 3, 0))
                    .penalizesBy(3);
        }

        @Test
        void sevenEligibleCadresWithTwoExchangedMeetTheShare() {
            VERIFIER.verifyThat(RotationConstraintProvider::cadreAndBackboneExchangeShare)
                    .given(cadres(7, 2))
                    .penalizesBy(0);
        }

        @Test
        void sevenEligibleCadresWithOneExchangedAreShortByOne() {
            // 15% of 7 is 1.05: two are required.
            VERIFIER.verifyThat(RotationConstraintProvider::cadreAndBackboneExchangeShare)
                    .given(cadres(7, 1))
                    .penalizesBy(1);
        }

        @Test
        void backboneTeachersCountAlongsideCadresButOrdinaryTeachersDoNot() {
            Object[] facts = plus(cadres(1, 0), rotation(teacher("B1", URBAN).backbone(BackboneLevel.COUNTY).build()),
                    moving(teacher("T1", URBAN).build(), VILLAGE));

            // Two eligible (a cadre and a backbone teacher): one required, the ordinary teacher's move does not count.
            VERIFIER.verifyThat(RotationConstraintProvider::cadreAndBackboneExchangeShare)
                    .given(facts)
                    .penalizesBy(1);
        }

        @Test
        void ineligibleCadresAreNotCounted() {
            VERIFIER.verifyThat(RotationConstraintProvider::cadreAndBackboneExchangeShare)
                    .given(POLICY, rotation(teacher("C1", URBAN).role(Role.VICE_PRINCIPAL).years(5).build()))
                    .penalizesBy(0);
        }
    }
}
