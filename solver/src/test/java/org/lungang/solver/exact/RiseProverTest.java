package org.lungang.solver.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.exact.RiseProver.RiseProof;
import org.lungang.solver.exact.RiseProver.Verdict;
import org.lungang.solver.kpi.Indicator;
import org.lungang.solver.kpi.IndicatorBaseline;

/** Whether a rise of an official CV can be avoided, on {@link ExactCoreTest#peCounty}'s three primary schools. */
class RiseProverTest {

    private final RiseProver prover = new RiseProver(ExactSettings.defaults());

    private static IndicatorBaseline primaryPe(RotationPlan plan) {
        return plan.getIndicatorBaselines().stream()
                .filter(b -> b.group() == IndicatorGroup.PRIMARY && b.indicator() == Indicator.PE_AND_ARTS)
                .findFirst().orElseThrow();
    }

    /** The plan that meets every quota: the senior sent to V1, the only open PE post (0.283 → 0.566). */
    private static RotationPlan seniorSentToV1() {
        RotationPlan plan = ExactCoreTest.peCounty(1, true);
        plan.getRotations().stream().filter(r -> r.getTeacher().id().equals("u1-pe-senior")).findFirst()
                .orElseThrow().setDestination(plan.getSchools().stream().filter(s -> s.getId().equals("V1"))
                        .findFirst().orElseThrow());
        return plan;
    }

    private RiseProof prove(RotationPlan plan) {
        List<RiseProof> proofs = prover.prove(plan, List.of(primaryPe(plan)), Duration.ofSeconds(20));
        assertThat(proofs).hasSize(1);
        return proofs.get(0);
    }

    @Test
    void aRiseIsUnavoidableWhenTheOnlyOpenPostForTheRotatingTeacherRaisesTheCoefficient() {
        RiseProof proof = prove(ExactCoreTest.peCounty(1, true));

        assertThat(proof.verdict()).isEqualTo(Verdict.UNAVOIDABLE);
        assertThat(proof.quotaShortfall()).isZero();
        assertThat(proof.shortfallProven()).isTrue();
    }

    @Test
    void anUnavoidableRiseIsAtLeastTheRiseOfTheOnlyPlanThatMeetsTheQuotas() {
        RiseProof proof = prove(seniorSentToV1());

        assertThat(proof.verdict()).isEqualTo(Verdict.UNAVOIDABLE);
        assertThat(proof.knownRise()).isEqualTo(283);
        assertThat(proof.leastRise()).isEqualTo(283);
        assertThat(proof.en()).contains("every one raises it by at least 283 thousandths (proven in");
    }

    @Test
    void anUnavoidableRiseIsWordedAsTheQuotasDoingInChineseAndEnglish() {
        RiseProof proof = prove(ExactCoreTest.peCounty(1, true));

        assertThat(proof.en()).startsWith("primary PE, music and art teachers: no plan missing at most 0 quota heads "
                + "(the least possible) keeps it at 0.283").endsWith("the quotas cause the rise");
        assertThat(proof.zh()).startsWith("小学").contains("配额缺口不超过 0 人（最少可能）的方案都无法保持 0.283")
                .endsWith("上升由交流比例造成");
    }

    @Test
    void keepingAnUnavoidablyRisingCoefficientIsPricedInQuotaHeads() {
        RiseProof proof = prove(seniorSentToV1());

        // The senior staying misses U1's rotation quota and the county's backbone exchange share: 2 heads.
        assertThat(proof.notKeptUpTo()).isEqualTo(1);
        assertThat(proof.keptAt()).isEqualTo(2);
        assertThat(proof.en()).contains("; a plan missing 2 quota heads keeps it: the quotas cause the rise");
        assertThat(proof.zh()).contains("；配额缺口 2 人的方案可以保持：上升由交流比例造成");
    }

    @Test
    void keepingIsNotPricedWhereAHeadMoreWouldCostAsMuchAsTheRise() {
        // The plan as it is (all stay) does not raise it: the least rise, 1 thousandth, is all keeping would spare,
        // and a head of shortfall more costs as much. (Keeping it takes 2 heads, as the test above shows.)
        RiseProof proof = prove(ExactCoreTest.peCounty(1, true));

        assertThat(proof.notKeptUpTo()).isZero();
        assertThat(proof.keptAt()).isEqualTo(-1);
        assertThat(proof.en()).doesNotContain("a plan missing").doesNotContain("nor does any");
    }

    @Test
    void aRiseIsAvoidableWhenAnotherOpenPostKeepsTheCoefficient() {
        RiseProof proof = prove(ExactCoreTest.peCounty(2, true));

        assertThat(proof.verdict()).isEqualTo(Verdict.AVOIDABLE);
    }

    @Test
    void aRiseIsAvoidableWhenStayingMissesNoMoreOfTheQuotasThanMoving() {
        // Without a backbone senior the backbone share is missed either way: the least shortfall, 1, lets him stay.
        RiseProof proof = prove(ExactCoreTest.peCounty(1, false));

        assertThat(proof.verdict()).isEqualTo(Verdict.AVOIDABLE);
        assertThat(proof.quotaShortfall()).isEqualTo(1);
    }

    @Test
    void nothingToProveGivesNoProof() {
        assertThat(prover.prove(ExactCoreTest.peCounty(), List.of(), Duration.ofSeconds(5))).isEmpty();
    }
}
