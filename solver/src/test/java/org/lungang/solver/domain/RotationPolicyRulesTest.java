package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.school;

import org.junit.jupiter.api.Test;

class RotationPolicyRulesTest {

    private final RotationPolicy policy = RotationPolicy.defaults();

    @Test
    void anUrbanSchoolWithThirtyOneEligibleMustRotateFour() {
        School urban = school("U").kind(SchoolKind.URBAN).build();
        assertThat(policy.rotationQuotaRequired(urban, 31)).isEqualTo(4);
    }

    @Test
    void aVillageSchoolHasNoRotationQuotaByDefault() {
        School village = school("V").kind(SchoolKind.VILLAGE).build();
        assertThat(policy.quotaApplies(village)).isFalse();
        assertThat(policy.rotationQuotaRequired(village, 31)).isZero();
    }

    @Test
    void elevenRotatedNeedThreeBackboneTeachersAndTwoLeaveAShortfallOfOne() {
        assertThat(policy.backboneRequired(11)).isEqualTo(3);
        assertThat(policy.backboneShortfall(11, 2)).isEqualTo(1);
        assertThat(policy.backboneShortfall(11, 5)).isZero();
    }

    @Test
    void twentyEligibleCadresAndBackboneTeachersNeedThreeExchanged() {
        assertThat(policy.cadreBackboneExchangeRequired(20)).isEqualTo(3);
    }

    @Test
    void aCommuteExactlyAtTheLimitNeedsNoBed() {
        assertThat(policy.needsBed(30.0)).isFalse();
        assertThat(policy.needsBed(30.1)).isTrue();
    }
}
