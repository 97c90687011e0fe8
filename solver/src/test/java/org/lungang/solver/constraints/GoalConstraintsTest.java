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

import java.util.Map;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import ai.timefold.solver.test.api.score.stream.SingleConstraintAssertion;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lungang.solver.constraints.justifications.MoveJustification;
import org.lungang.solver.constraints.justifications.PairJustification;
import org.lungang.solver.constraints.justifications.ShortageFilledJustification;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Distances;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;

/** The soft goals: shortage posts, commute, alliance, preference, couples, seniority (indicators: IndicatorConstraintsTest). */
class GoalConstraintsTest {


    @Nested
    class ShortagePostsFilled {

        /** A county-seat school with one English teacher more than its posts: it can send one without a hole. */
        private final School sender = school("U").kind(SchoolKind.URBAN).subject(Subject.ENGLISH, 1, 2)
                .subject(Subject.MATH, 1, 2).subject(Subject.MUSIC, 1, 2).build();

        /**
         * Asserts the constraint's impact as a soft score: positive is a reward, negative a regret. Timefold 1.32's
         * ConstraintVerifier reads the sign of an {@code impact(...)} constraint backwards (PLANNER-2932: a reward of
         * n passes {@code penalizesBy(n)}), so the expectation is stated once here rather than inverted in each test.
         */
        private void impactsSoftBy(long soft, SingleConstraintAssertion assertion) {
            if (soft >= 0) {
                assertion.penalizesBy(soft);
            } else {
                assertion.rewardsWith(-soft);
            }
        }

        private SingleConstraintAssertion given(Object... facts) {
            return VERIFIER.verifyThat(RotationConstraintProvider::shortagePostsFilled).given(facts);
        }

        @Test
        void anEnglishShortagePostFilledIsRewardedWithItsScarcityOfThree() {
            School v = school("V").kind(SchoolKind.VILLAGE).subject(Subject.ENGLISH, 1, 0).build();

            impactsSoftBy(300, given(POLICY, moving(teacher("T1", sender).subject(Subject.ENGLISH).build(), v))
                    .justifiesWith(new ShortageFilledJustification("V", Subject.ENGLISH, 1, 0, 3)));
        }

        @Test
        void aMathShortagePostFilledIsRewardedWithOneHundred() {
            School v = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 2, 0).build();

            impactsSoftBy(100, given(POLICY, moving(teacher("T1", sender).build(), v)));
        }

        @Test
        void aSecondArrivalForASingleOpenPostEarnsNothingMore() {
            School v = school("V").kind(SchoolKind.VILLAGE).subject(Subject.ENGLISH, 1, 0).build();
            School otherSender = school("U2").kind(SchoolKind.URBAN).subject(Subject.ENGLISH, 1, 2).build();

            impactsSoftBy(300, given(POLICY, moving(teacher("T1", sender).subject(Subject.ENGLISH).build(), v),
                    moving(teacher("T2", otherSender).subject(Subject.ENGLISH).build(), v)));
        }

        @Test
        void thePolicysScarcityOfASubjectWeighsTheReward() {
            RotationPolicy musicFirst = POLICY.toBuilder().subjectScarcity(Map.of(Subject.MUSIC, 5)).build();
            School v = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MUSIC, 1, 0).build();

            impactsSoftBy(500, given(musicFirst, moving(teacher("T1", sender).subject(Subject.MUSIC).build(), v)));
        }

        @Test
        void aSenderOpeningAShortagePostIsRegrettedByTheSameWeight() {
            School fullSender = school("U").kind(SchoolKind.URBAN).subject(Subject.ENGLISH, 2, 2).build();
            School noEnglishPosts = village("V");

            impactsSoftBy(-300, given(POLICY,
                    moving(teacher("T1", fullSender).subject(Subject.ENGLISH).build(), noEnglishPosts)));
        }

        @Test
        void aMoveFromSurplusToSurplusChangesNoShortage() {
            School v = school("V").kind(SchoolKind.VILLAGE).subject(Subject.MATH, 1, 1).build();

            impactsSoftBy(0, given(POLICY, moving(teacher("T1", sender).build(), v)));
        }
    }

    @Nested
    class CommuteDistance {

        @Test
        void aMoveIsPenalisedByItsRoundedCommuteInKilometres() {
            School u = urban("U");

            VERIFIER.verifyThat(RotationConstraintProvider::commuteDistance)
                    .given(moving(teacher("T1", u).build(), school("V").kind(SchoolKind.VILLAGE).kmNorth(12).build()))
                    .justifiesWith(new MoveJustification("T1", "U", "V", "commute 12.0 km", "通勤 12.0 公里"))
                    .penalizesBy(12);
        }

        @Test
        void theCommuteStartsAtTheTeachersHomeWhenKnown() {
            School u = urban("U");
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(12).build();
            GeoPoint fiveKmNorth = school("H").kmNorth(5).build().getLocation();

            VERIFIER.verifyThat(RotationConstraintProvider::commuteDistance)
                    .given(moving(teacher("T1", u).homeAt(fiveKmNorth).build(), v))
                    .penalizesBy(7);
        }

        @Test
        void theRoadFactorLengthensTheGreatCircle() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(12).build();

            VERIFIER.verifyThat(RotationConstraintProvider::commuteDistance)
                    .given(moving(teacher("T1", urban("U")).build(), v, Distances.greatCircle(1.3)))
                    .penalizesBy(16);
        }

        @Test
        void aTeacherWhoStaysHasNoCommuteToCount() {
            VERIFIER.verifyThat(RotationConstraintProvider::commuteDistance)
                    .given(rotation(teacher("T1", urban("U")).homeAt(new GeoPoint(31.0, 110.0)).build()))
                    .penalizes(0);
        }
    }

    @Nested
    class SameAllianceMove {

        @Test
        void aMoveWithinTheAllianceIsRewarded() {
            School u = school("U").alliance("A1").build();
            School v = school("V").kind(SchoolKind.VILLAGE).alliance("A1").build();

            VERIFIER.verifyThat(RotationConstraintProvider::sameAllianceMove)
                    .given(moving(teacher("T1", u).build(), v))
                    .justifiesWith(new MoveJustification("T1", "U", "V", "within their alliance", "同一联盟内交流"))
                    .rewardsWith(20);
        }

        @Test
        void aMoveToAnotherAllianceOrBetweenSchoolsWithoutOneIsNotRewarded() {
            School u = school("U").alliance("A1").build();
            School v = school("V").kind(SchoolKind.VILLAGE).alliance("A2").build();

            VERIFIER.verifyThat(RotationConstraintProvider::sameAllianceMove)
                    .given(moving(teacher("T1", u).build(), v), moving(teacher("T2", urban("X")).build(), village("Y")),
                            rotation(teacher("T3", u).build()))
                    .rewards(0);
        }
    }

    @Nested
    class PreferenceHonoured {

        @Test
        void aMoveToASchoolTheTeacherAskedForIsRewarded() {
            VERIFIER.verifyThat(RotationConstraintProvider::preferenceHonoured)
                    .given(moving(teacher("T1", urban("U")).prefers("W", "V").build(), village("V")))
                    .justifiesWith(new MoveJustification("T1", "U", "V", "a school the teacher asked for", "本人志愿学校"))
                    .rewardsWith(30);
        }

        @Test
        void aMoveElsewhereOrStayingIsNotRewarded() {
            VERIFIER.verifyThat(RotationConstraintProvider::preferenceHonoured)
                    .given(moving(teacher("T1", urban("U")).prefers("W").build(), village("V")),
                            rotation(teacher("T2", urban("U")).prefers("V").build()))
                    .rewards(0);
        }
    }

    @Nested
    class CoupleKeptNear {

        private final School home = urban("U");

        @Test
        void aCoupleSentFortyKilometresApartIsPenalisedByTheTenBeyondTheLimit() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(40).build();

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, moving(teacher("T1", home).partner("T2").build(), v),
                            rotation(teacher("T2", home).partner("T1").build()))
                    .justifiesWith(new PairJustification("T1", "T2", "a couple 40.0 km apart, more than 30 km",
                            "夫妻两地相距 40.0 公里，超过 30 公里"))
                    .penalizesBy(10);
        }

        @Test
        void aCoupleWithinTheLimitIsNotPenalised() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(25).build();

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, moving(teacher("T1", home).partner("T2").build(), v),
                            rotation(teacher("T2", home).partner("T1").build()))
                    .penalizesBy(0);
        }

        @Test
        void aCoupleExactlyAtTheLimitIsNotPenalised() {
            School v = village("V");

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, moving(teacher("T1", home).partner("T2").build(), v, matrix("U", "V", 30.0)),
                            rotation(teacher("T2", home).partner("T1").build()))
                    .penalizes(0);
        }

        @Test
        void aCoupleAlreadyApartWhereNeitherMovesIsNotThePlansDoing() {
            School far = school("V").kind(SchoolKind.VILLAGE).kmNorth(100).build();

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, rotation(teacher("T1", home).partner("T2").build()),
                            rotation(teacher("T2", far).partner("T1").build()))
                    .penalizes(0);
        }

        @Test
        void aCoupleMovingTogetherIsNotPenalised() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(100).build();

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, moving(teacher("T1", home).partner("T2").build(), v),
                            moving(teacher("T2", home).partner("T1").build(), v))
                    .penalizesBy(0);
        }

        @Test
        void aCoupleRecordedOnlyOnTheLaterTeachersRowIsStillKeptNear() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(40).build();

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, moving(teacher("T1", home).build(), v),
                            rotation(teacher("T2", home).partner("T1").build()))
                    .penalizesBy(10);
        }

        @Test
        void aCoupleRecordedOnlyOnTheEarlierTeachersRowIsStillKeptNear() {
            School v = school("V").kind(SchoolKind.VILLAGE).kmNorth(40).build();

            VERIFIER.verifyThat(RotationConstraintProvider::coupleKeptNear)
                    .given(POLICY, moving(teacher("T1", home).partner("T2").build(), v),
                            rotation(teacher("T2", home).build()))
                    .penalizesBy(10);
        }
    }

    @Nested
    class LongestServingFirst {

        private final School home = urban("U");
        private final School v = village("V");

        @Test
        void rotatingASevenYearTeacherWhileATenYearColleagueStaysCostsFifteen() {
            VERIFIER.verifyThat(RotationConstraintProvider::longestServingFirst)
                    .given(moving(teacher("T1", home).years(7).build(), v),
                            rotation(teacher("T2", home).years(10).build()))
                    .justifiesWith(new PairJustification("T1", "T2",
                            "rotated with 7 years while a colleague with 10 years stays", "任教 7 年者交流，而任教 10 年者留任"))
                    .penalizesBy(15);
        }

        @Test
        void everyLongerServingColleagueWhoStaysCounts() {
            VERIFIER.verifyThat(RotationConstraintProvider::longestServingFirst)
                    .given(moving(teacher("T1", home).years(7).build(), v),
                            rotation(teacher("T2", home).years(9).build()),
                            rotation(teacher("T3", home).years(10).build()))
                    .penalizesBy(25);
        }

        @Test
        void rotatingTheLongerServingTeacherFirstIsNotPenalised() {
            VERIFIER.verifyThat(RotationConstraintProvider::longestServingFirst)
                    .given(moving(teacher("T1", home).years(10).build(), v),
                            rotation(teacher("T2", home).years(7).build()),
                            rotation(teacher("T3", home).years(10).build()))
                    .penalizesBy(0);
        }

        @Test
        void aLongerServingColleagueOfAnotherSubjectOrSchoolDoesNotCount() {
            VERIFIER.verifyThat(RotationConstraintProvider::longestServingFirst)
                    .given(moving(teacher("T1", home).years(7).build(), v),
                            rotation(teacher("T2", home).subject(Subject.CHINESE).years(12).build()),
                            rotation(teacher("T3", urban("U2")).years(12).build()))
                    .penalizes(0);
        }

        @Test
        void aVolunteerSentBeforeALongerServingColleagueIsNotPenalised() {
            VERIFIER.verifyThat(RotationConstraintProvider::longestServingFirst)
                    .given(moving(teacher("T1", home).years(2).volunteer().build(), v),
                            rotation(teacher("T2", home).years(8).build()))
                    .penalizes(0);
        }

        @Test
        void aLongerServingColleagueWhoMayNotRotateDoesNotCount() {
            VERIFIER.verifyThat(RotationConstraintProvider::longestServingFirst)
                    .given(moving(teacher("T1", home).years(7).build(), v),
                            rotation(teacher("T2", home).years(12).exemptions(Exemption.SERIOUS_ILLNESS).build()))
                    .penalizes(0);
        }
    }
}
