package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.TestData;

class QuotasTest {

    /** Urban U with 40 eligible teachers at home and two (and its principal) away at V on terms begun in 2025. */
    private static School schoolWithTwoAway(RotationPolicy policy) {
        School u = TestData.school("U").kind(SchoolKind.URBAN).build();
        School v = TestData.school("V").kind(SchoolKind.VILLAGE).build();
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            teachers.add(TestData.teacher("T" + i, u).build());
        }
        for (String id : List.of("A1", "A2")) {
            teachers.add(TestData.teacher(id, u).exchange(new Exchange(v, RotationKind.SUPPORT, 2025, 3, false, false))
                    .build());
        }
        teachers.add(TestData.teacher("P", u).role(Role.PRINCIPAL)
                .exchange(new Exchange(v, RotationKind.PRINCIPAL, 2025, 3, false, false)).build());
        RotationPlan.of(policy, List.of(u, v), teachers, Map.of(), 2026, Map.of());
        return u;
    }

    @Test
    void byDefaultTeachersAwayOnExchangeAreLeftOutOfTheirHomeSchoolsQuota() {
        RotationPolicy policy = RotationPolicy.defaults();
        School u = schoolWithTwoAway(policy);

        assertThat(u.getAwayOnExchange()).isEqualTo(2);
        assertThat(Quotas.schoolRotationsRequired(policy, u, 40)).isEqualTo(4);
    }

    @Test
    void whenThePolicyCountsThemTeachersAwayJoinTheEligibleAndCountAsRotated() {
        RotationPolicy policy = RotationPolicy.defaults().toBuilder().awayOnExchangeCountInHomeQuota(true).build();
        School u = schoolWithTwoAway(policy);

        // ceil(10 % × (40 + 2)) = 5, of which the 2 away already rotate.
        assertThat(Quotas.schoolRotationsRequired(policy, u, 40)).isEqualTo(3);
        assertThat(policy.rotationQuotaRequired(u, 40)).isEqualTo(3);
    }

    @Test
    void teachersAwayBeyondTheQuotaLeaveNothingToRequireAndNeverANegativeNumber() {
        RotationPolicy policy = RotationPolicy.defaults().toBuilder().awayOnExchangeCountInHomeQuota(true).build();
        School u = schoolWithTwoAway(policy);

        assertThat(Quotas.schoolRotationsRequired(policy, u, 5)).isZero();
    }

    @Test
    void tenPercentOfThirtyRequiresThreeNotFour() {
        // 0.1 * 30 is 3.0000000000000004 in doubles.
        assertThat(Quotas.required(0.1, 30)).isEqualTo(3);
    }

    @Test
    void aShareJustAboveAWholeNumberRoundsUp() {
        assertThat(Quotas.required(0.1, 31)).isEqualTo(4);
        assertThat(Quotas.required(0.15, 7)).isEqualTo(2);
    }

    @Test
    void fifteenPercentOfTwentyRequiresThree() {
        assertThat(Quotas.required(0.15, 20)).isEqualTo(3);
    }

    @Test
    void aShareOfNobodyRequiresNobody() {
        assertThat(Quotas.required(0.2, 0)).isZero();
        assertThat(Quotas.required(0.0, 50)).isZero();
    }

    @Test
    void aShareThatDoublesRoundJustBelowAWholeNumberIsNotRoundedDown() {
        // 0.57 * 100 is 56.99999999999999 in doubles.
        assertThat(Quotas.maxLoss(0.57, 100)).isEqualTo(57);
        assertThat(Quotas.required(0.57, 100)).isEqualTo(57);
    }

    @Test
    void aSchoolOfTwentyMayLoseFifteenPercentThatIsThree() {
        assertThat(Quotas.maxLoss(0.15, 20)).isEqualTo(3);
        assertThat(Quotas.maxLoss(0.15, 26)).isEqualTo(3);
    }

    @Test
    void aSmallSchoolMayAlwaysLoseOneTeacher() {
        assertThat(Quotas.maxLoss(0.15, 3)).isEqualTo(1);
        assertThat(Quotas.maxLoss(0.15, 0)).isEqualTo(1);
    }
}
