package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lungang.solver.TestData;
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.IndicatorCounts;

class ExchangeTermsTest {

    private static final int YEAR = 2026;

    private final School urban = school("U", SchoolKind.URBAN);
    private final School village = school("V", SchoolKind.VILLAGE);

    private static School school(String id, SchoolKind kind) {
        return new School(id, id, kind, Stage.PRIMARY, Tier.ORDINARY, null, new GeoPoint(30.0, 110.0), 400,
                Map.of(Subject.MATH, 3, Subject.MUSIC, 1), 0, null);
    }

    private Teacher teacher(String id, Subject subject, Exchange exchange, RotationRecord... history) {
        return TestData.teacher(id, urban).subject(subject).years(10).exchange(exchange).history(history).build();
    }

    private Exchange support(int start, int term, boolean wishes) {
        return new Exchange(village, RotationKind.SUPPORT, start, term, false, wishes);
    }

    private RotationPlan plan(RotationPolicy policy, Map<String, Boolean> decisions, Teacher... teachers) {
        return RotationPlan.of(policy, List.of(urban, village), List.of(teachers), Map.of(), YEAR, decisions);
    }

    @Test
    void aTeacherAwayOnSupportCountsInTheHostsStaffingAndNotAtHome() {
        plan(RotationPolicy.defaults(), Map.of(), teacher("T1", Subject.MATH, support(2025, 3, false)));

        assertThat(village.staffBefore(Subject.MATH)).isEqualTo(1);
        assertThat(urban.staffBefore(Subject.MATH)).isZero();
    }

    @Test
    void aTeacherAwayOnExchangeIsNotACandidateAndStaysAtHerHost() {
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of(),
                teacher("T1", Subject.MATH, support(2025, 3, false)));

        Rotation rotation = plan.rotationOf("T1");
        assertThat(rotation.isCandidate()).isFalse();
        assertThat(rotation.getEligibility().reason()).isEqualTo(Eligibility.Reason.ON_EXCHANGE);
        assertThat(rotation.getEffectiveSchool()).isSameAs(village);
        assertThat(rotation.isMoving()).isFalse();
    }

    @Test
    void theIndicatorsBeforeThePlanCountATeacherAwayAtHerHost() {
        Teacher art = TestData.teacher("T1", urban).subject(Subject.MUSIC).years(10)
                .exchange(support(2025, 3, false)).build();
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of(), art);

        IndicatorCounts before = IndicatorCounts.before(plan.getRotations());
        assertThat(before.count(village, Indicator.PE_AND_ARTS)).isEqualTo(1);
        assertThat(before.count(urban, Indicator.PE_AND_ARTS)).isZero();
    }

    @Test
    void aSecondeeAwayFillsNoPostAtEitherSchool() {
        plan(RotationPolicy.defaults(), Map.of(), teacher("T1", Subject.MATH,
                new Exchange(village, RotationKind.SECONDMENT, 2025, 2, false, false)));

        assertThat(village.staffBefore(Subject.MATH)).isZero();
        assertThat(urban.staffBefore(Subject.MATH)).isZero();
    }

    @Test
    void onlyASecondeeStillInHerTermCountsAmongTheHostsOngoingSecondees() {
        plan(RotationPolicy.defaults(), Map.of(),
                teacher("T1", Subject.MATH, new Exchange(village, RotationKind.SECONDMENT, 2025, 2, false, false)),
                teacher("T2", Subject.MATH, new Exchange(village, RotationKind.SECONDMENT, 2024, 2, false, false)),
                teacher("T3", Subject.MATH, support(2025, 3, false)));

        assertThat(village.getOngoingSecondees()).isEqualTo(1);
        assertThat(urban.getOngoingSecondees()).isZero();
    }

    @Test
    void aTeacherWhoseTermEndsReturnsHomeBeforeTheYearsMovesAndRestsForTheCooldown() {
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of(),
                teacher("T1", Subject.MATH, support(2023, 3, false)));

        assertThat(urban.staffBefore(Subject.MATH)).isEqualTo(1);
        assertThat(village.staffBefore(Subject.MATH)).isZero();
        assertThat(plan.getTermEnds()).singleElement().satisfies(end -> {
            assertThat(end.extended()).isFalse();
            assertThat(end.reason()).isEqualTo(TermEnd.Reason.TERM_OVER);
        });
        assertThat(plan.rotationOf("T1").getEligibility().reason()).isEqualTo(Eligibility.Reason.COOLDOWN);
    }

    @Test
    void aReturnedTeacherIsEligibleAgainOnceTheCooldownHasPassed() {
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of(), teacher("T1", Subject.MATH, null,
                new RotationRecord(2020, "U", "V", RotationKind.SUPPORT, 3)));

        assertThat(plan.rotationOf("T1").isCandidate()).isTrue();
        RotationPlan resting = plan(RotationPolicy.defaults(), Map.of(), teacher("T1", Subject.MATH, null,
                new RotationRecord(2021, "U", "V", RotationKind.SUPPORT, 3)));
        assertThat(resting.rotationOf("T1").getEligibility().reason()).isEqualTo(Eligibility.Reason.COOLDOWN);
    }

    @Test
    void aTermIsExtendedWhenTheTeacherWishesItAndHerHostWouldBeLeftWithAnOpenPost() {
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of(),
                teacher("T1", Subject.MATH, support(2023, 3, true)));

        TermEnd end = plan.getTermEnds().get(0);
        assertThat(end.extended()).isTrue();
        assertThat(end.reason()).isEqualTo(TermEnd.Reason.WISH_AND_HOST_NEED);
        assertThat(plan.rotationOf("T1").getEffectiveSchool()).isSameAs(village);
        assertThat(village.staffBefore(Subject.MATH)).isEqualTo(1);
    }

    @Test
    void aTermIsNotExtendedWhenTheHostsPostsAreFilledWithoutHer() {
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of(),
                teacher("T1", Subject.MUSIC, support(2023, 3, true)),
                teacher("T2", Subject.MUSIC, support(2025, 3, false)));

        TermEnd end = plan.getTermEnds().get(0);
        assertThat(end.extended()).isFalse();
        assertThat(end.reason()).isEqualTo(TermEnd.Reason.HOST_HAS_NO_NEED);
    }

    @Test
    void aTermIsNotExtendedWhereThePolicyForbidsExtensions() {
        RotationPlan plan = plan(RotationPolicy.builder().extensionAllowed(false).build(), Map.of(),
                teacher("T1", Subject.MATH, support(2023, 3, true)));

        assertThat(plan.getTermEnds().get(0).reason()).isEqualTo(TermEnd.Reason.NO_EXTENSION_ALLOWED);
    }

    @Test
    void thePlannersDecisionOnATermOverridesTheRule() {
        RotationPlan plan = plan(RotationPolicy.defaults(), Map.of("T1", false, "T2", true),
                teacher("T1", Subject.MATH, support(2023, 3, true)),
                teacher("T2", Subject.MATH, support(2023, 3, false)));

        assertThat(plan.getTermEnds()).extracting(TermEnd::extended).containsExactly(false, true);
        assertThat(plan.getTermEnds()).extracting(TermEnd::reason)
                .containsExactly(TermEnd.Reason.PLANNER_RETURN, TermEnd.Reason.PLANNER_EXTENSION);
    }

    @Test
    void aPrincipalsTermIsNeverExtendedAndTheLongestTermAddsOneExtension() {
        RotationPolicy policy = RotationPolicy.defaults();

        assertThat(policy.mayExtend(RotationKind.PRINCIPAL)).isFalse();
        assertThat(policy.maxTermYears(RotationKind.PRINCIPAL)).isEqualTo(3);
        assertThat(policy.maxTermYears(RotationKind.SUPPORT)).isEqualTo(4);
        assertThat(RotationPolicy.builder().extensionAllowed(false).build().maxTermYears(RotationKind.SUPPORT))
                .isEqualTo(3);
    }
}
