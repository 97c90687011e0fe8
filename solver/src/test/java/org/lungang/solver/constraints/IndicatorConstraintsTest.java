package org.lungang.solver.constraints;

import static org.lungang.solver.constraints.ConstraintTesting.VERIFIER;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lungang.solver.constraints.justifications.IndicatorJustification;
import org.lungang.solver.constraints.justifications.IndicatorsJustification;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.kpi.DifferenceCoefficient;
import org.lungang.solver.kpi.Indicator;

/**
 * The national indicators as rules: no official coefficient of variation may rise (medium), and every coefficient is
 * lowered (soft). Each plan is built by {@link RotationPlan#of}, so its baselines are the problem's own.
 */
class IndicatorConstraintsTest {

    /** A large primary school of 300 students and a small one of 100. */
    private final School large = school("A").kind(SchoolKind.URBAN).tier(Tier.STRONG).students(300).build();
    private final School small = school("B").kind(SchoolKind.VILLAGE).tier(Tier.WEAK).students(100).build();

    /**
     * {@code atLarge} backbone teachers at the large school and {@code atSmall} at the small one, math teachers of
     * secondary degree, so that they count for the backbone indicator alone.
     */
    private List<Teacher> backbone(int atLarge, int atSmall) {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < atLarge; i++) {
            teachers.add(teacher("A" + i, large).backbone(BackboneLevel.COUNTY).degree(Degree.SECONDARY).build());
        }
        for (int i = 0; i < atSmall; i++) {
            teachers.add(teacher("B" + i, small).backbone(BackboneLevel.COUNTY).degree(Degree.SECONDARY).build());
        }
        return teachers;
    }

    private static RotationPlan plan(RotationPolicy policy, List<School> schools, List<Teacher> teachers) {
        return RotationPlan.of(policy, schools, teachers, Map.of());
    }

    private RotationPlan plan(List<Teacher> teachers) {
        return plan(RotationPolicy.defaults(), List.of(large, small), teachers);
    }

    @Nested
    class IndicatorsMustNotWorsen {

        @Test
        void aMoveThatRaisesACoefficientIsPenalisedByTheRiseInThousandthsRoundedUp() {
            // Before 3 and 3: 1.0 and 3.0 per 100 students, CV 0.5774. After A0 → B: 2 and 4, CV 0.9623; rise 384.9.
            RotationPlan plan = plan(backbone(3, 3));
            plan.rotationOf("A0").setDestination(small);

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizesBy(385);
        }

        @Test
        void aMoveThatLowersACoefficientIsNotPenalised() {
            // After B0 → A: 4 and 2, CV 0.1925.
            RotationPlan plan = plan(backbone(3, 3));
            plan.rotationOf("B0").setDestination(large);

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizes(0);
        }

        @Test
        void aPlanWithoutMovesIsNotPenalised() {
            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan(backbone(3, 3)))
                    .penalizes(0);
        }

        @Test
        void thePolicySwitchTurnsTheRuleOff() {
            RotationPlan plan = plan(RotationPolicy.builder().indicatorsMustNotWorsen(false).build(),
                    List.of(large, small), backbone(3, 3));
            plan.rotationOf("A0").setDestination(small);

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizes(0);
        }

        @Test
        void theRiseIsJustifiedByTheCoefficientsBeforeAndAfter() {
            RotationPlan plan = plan(backbone(3, 3));
            plan.rotationOf("A0").setDestination(small);
            double before = DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {3, 3}).value();
            double after = DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {2, 4}).value();

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .justifiesWith(new IndicatorsJustification(List.of(new IndicatorJustification(
                            IndicatorGroup.PRIMARY, Indicator.BACKBONE, before, after, 0.50))));
        }

        @Test
        void risesOfTwoIndicatorsAddUpInOneMatchThatNamesBoth() {
            // Bachelors are above the primary requirement: each of these teachers counts for two indicators.
            List<Teacher> teachers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                teachers.add(teacher("A" + i, large).backbone(BackboneLevel.COUNTY).degree(Degree.BACHELOR).build());
                teachers.add(teacher("B" + i, small).backbone(BackboneLevel.COUNTY).degree(Degree.BACHELOR).build());
            }
            RotationPlan plan = plan(teachers);
            plan.rotationOf("A0").setDestination(small);
            double before = DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {3, 3}).value();
            double after = DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {2, 4}).value();

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizesBy(2 * 385);
            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .justifiesWith(new IndicatorsJustification(List.of(
                            new IndicatorJustification(IndicatorGroup.PRIMARY, Indicator.ABOVE_REQUIRED_DEGREE,
                                    before, after, 0.50),
                            new IndicatorJustification(IndicatorGroup.PRIMARY, Indicator.BACKBONE, before, after,
                                    0.50))));
        }

        @Test
        void theDegreeCountsInTheGroupOfTheSchoolWhereTheTeacherEndsUp() {
            // An associate degree is above the requirement in primary, not in junior. Primary P1 and P2 have one
            // associate teacher each (CV 0); P1's moves to junior J1: primary 0 and 1, CV 1.0, a rise of 1,000.
            // In junior she does not count, so the junior coefficient (one bachelor at each school, CV 0) stays 0.
            School p1 = school("P1").students(500).build();
            School p2 = school("P2").kind(SchoolKind.VILLAGE).students(500).build();
            School j1 = school("J1").stage(Stage.JUNIOR).kind(SchoolKind.VILLAGE).students(500).build();
            School j2 = school("J2").stage(Stage.JUNIOR).kind(SchoolKind.VILLAGE).students(500).build();
            RotationPlan plan = plan(RotationPolicy.defaults(), List.of(p1, p2, j1, j2), List.of(
                    teacher("T1", p1).degree(Degree.ASSOCIATE).build(),
                    teacher("T2", p2).degree(Degree.ASSOCIATE).build(),
                    teacher("T3", j1).degree(Degree.BACHELOR).build(),
                    teacher("T4", j2).degree(Degree.BACHELOR).build()));
            plan.rotationOf("T1").setDestination(j1);

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizesBy(1000);
        }

        @Test
        void principalsAreNotCounted() {
            // A backbone principal moving to the small school would raise the coefficient if she counted.
            List<Teacher> teachers = new ArrayList<>(backbone(3, 3));
            teachers.add(teacher("PA", large).role(Role.PRINCIPAL).backbone(BackboneLevel.COUNTY)
                    .degree(Degree.MASTER).build());
            RotationPlan plan = plan(teachers);
            plan.rotationOf("PA").setDestination(small);

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizes(0);
        }

        @Test
        void aTeacherFromASchoolWithoutStudentsCountsOnlyWhereSheArrives() {
            // Z has no students, so it is outside every coefficient. Before 3 and 1: 1.0 per 100 at both, CV 0.
            // Z's backbone teacher moves to the small school: 3 and 2, CV 0.3464, a rise of 347.
            School noStudents = school("Z").students(0).build();
            List<Teacher> teachers = new ArrayList<>(backbone(3, 1));
            teachers.add(teacher("Z0", noStudents).backbone(BackboneLevel.COUNTY).degree(Degree.SECONDARY).build());
            RotationPlan plan = plan(RotationPolicy.defaults(), List.of(large, small, noStudents), teachers);
            plan.rotationOf("Z0").setDestination(small);

            VERIFIER.verifyThat(RotationConstraintProvider::indicatorsMustNotWorsen)
                    .givenSolution(plan)
                    .penalizesBy(347);
        }
    }

    @Nested
    class BalanceOfBackboneTeachers {

        @Test
        void aCoefficientAboveTheThresholdIsPenalisedWithTheExtraForBeingAbove() {
            // CV 0.57735 > 0.50: round(0.57735 × 10,000) + 1,000 = 6,774.
            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfBackboneTeachers)
                    .givenSolution(plan(backbone(3, 3)))
                    .penalizesBy(6_774);
        }

        @Test
        void aCoefficientBelowTheThresholdIsPenalisedByItsValueAlone() {
            // B0 → A: 4 and 2, CV 0.192450: round(1,924.50) = 1,925.
            RotationPlan plan = plan(backbone(3, 3));
            plan.rotationOf("B0").setDestination(large);

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfBackboneTeachers)
                    .givenSolution(plan)
                    .penalizesBy(1_925);
        }

        @Test
        void aCoefficientThatRoseWeighsItsRiseAsWell() {
            // A0 → B: CV 0.577350 → 0.962250: round(9,622.50) + 1,000 + round(0.384900 × 1,000,000) = 395,523.
            RotationPlan plan = plan(backbone(3, 3));
            plan.rotationOf("A0").setDestination(small);

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfBackboneTeachers)
                    .givenSolution(plan)
                    .penalizesBy(395_523);
        }

        @Test
        void withoutTheRuleARiseWeighsOnlyAsTheCoefficientItself() {
            RotationPlan plan = plan(RotationPolicy.builder().indicatorsMustNotWorsen(false).build(),
                    List.of(large, small), backbone(3, 3));
            plan.rotationOf("A0").setDestination(small);

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfBackboneTeachers)
                    .givenSolution(plan)
                    .penalizesBy(10_623);
        }

        @Test
        void evenlySpreadBackboneTeachersAreNotPenalised() {
            // 3 for 300 students and 1 for 100: 1.0 per 100 at both.
            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfBackboneTeachers)
                    .givenSolution(plan(backbone(3, 1)))
                    .penalizes(0);
        }

        @Test
        void aSchoolLevelBackboneTeacherIsNotCounted() {
            List<Teacher> teachers = new ArrayList<>(backbone(3, 1));
            teachers.add(teacher("S0", small).backbone(BackboneLevel.SCHOOL).degree(Degree.SECONDARY).build());

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfBackboneTeachers)
                    .givenSolution(plan(teachers))
                    .penalizes(0);
        }
    }

    @Nested
    class BalanceOfTeachersAboveRequiredDegree {

        @Test
        void bachelorsAtOnlyOneOfTwoEqualSchoolsArePenalised() {
            // 1 and 0 for 500 students each: X = 0.1, S = 0.1, CV 1.0 > 0.50: 10,000 + 1,000.
            School p1 = school("P1").students(500).build();
            School p2 = school("P2").kind(SchoolKind.VILLAGE).students(500).build();
            RotationPlan plan = plan(RotationPolicy.defaults(), List.of(p1, p2), List.of(
                    teacher("T1", p1).degree(Degree.BACHELOR).build(),
                    teacher("T2", p2).degree(Degree.SECONDARY).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfTeachersAboveRequiredDegree)
                    .givenSolution(plan)
                    .penalizesBy(11_000);
        }

        @Test
        void seniorSchoolsAreNotMeasured() {
            School s1 = school("S1").stage(Stage.SENIOR).build();
            School s2 = school("S2").stage(Stage.SENIOR).build();
            RotationPlan plan = plan(RotationPolicy.defaults(), List.of(s1, s2), List.of(
                    teacher("T1", s1).degree(Degree.MASTER).build(),
                    teacher("T2", s2).degree(Degree.SECONDARY).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfTeachersAboveRequiredDegree)
                    .givenSolution(plan)
                    .penalizes(0);
        }
    }

    @Nested
    class BalanceOfPeAndArtsTeachers {

        @Test
        void aPeTeacherAtOnlyOneOfTwoEqualSchoolsIsPenalised() {
            School p1 = school("P1").students(500).build();
            School p2 = school("P2").kind(SchoolKind.VILLAGE).students(500).build();
            RotationPlan plan = plan(RotationPolicy.defaults(), List.of(p1, p2), List.of(
                    teacher("T1", p1).subject(Subject.PE).build(),
                    teacher("T2", p2).subject(Subject.MATH).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfPeAndArtsTeachers)
                    .givenSolution(plan)
                    .penalizesBy(11_000);
        }

        @Test
        void aMusicTeacherHereAndAnArtTeacherThereAreBalanced() {
            School p1 = school("P1").students(500).build();
            School p2 = school("P2").kind(SchoolKind.VILLAGE).students(500).build();
            RotationPlan plan = plan(RotationPolicy.defaults(), List.of(p1, p2), List.of(
                    teacher("T1", p1).subject(Subject.MUSIC).build(),
                    teacher("T2", p2).subject(Subject.ART).build()));

            VERIFIER.verifyThat(RotationConstraintProvider::balanceOfPeAndArtsTeachers)
                    .givenSolution(plan)
                    .penalizes(0);
        }
    }
}
