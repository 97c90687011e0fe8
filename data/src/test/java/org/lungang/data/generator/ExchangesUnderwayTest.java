package org.lungang.data.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.Teacher;

class ExchangesUnderwayTest {

    private final GeneratedCounty county = Generated.county("small");
    private final RotationPlan plan = county.plan();
    private final RotationPolicy policy = plan.getPolicy();
    private final List<Teacher> away = plan.getTeachers().stream().filter(t -> t.exchange() != null).toList();

    @Test
    void aGeneratedCountyHasTeachersAwayOnSupportFromEachOfTheTwoYearsBefore() {
        assertThat(away).isNotEmpty();
        assertThat(away).extracting(t -> t.exchange().startYear()).containsOnly(county.year() - 2, county.year() - 1);
        assertThat(away).allSatisfy(t -> {
            assertThat(t.exchange().kind()).isEqualTo(RotationKind.SUPPORT);
            assertThat(t.exchange().termYears()).isEqualTo(policy.termYears(RotationKind.SUPPORT));
            assertThat(t.isAwayIn(county.year())).isTrue();
        });
    }

    @Test
    void eachIsAwayFromASenderOfTheSameStageAtASchoolItSupportsThatNoQuotaAppliesTo() {
        assertThat(away).allSatisfy(t -> {
            assertThat(policy.quotaApplies(t.homeSchool())).isTrue();
            assertThat(policy.quotaApplies(t.exchange().host())).isFalse();
            assertThat(t.homeSchool().getStage()).isEqualTo(t.exchange().host().getStage());
            assertThat(Direction.between(t.homeSchool(), t.exchange().host()))
                    .isEqualTo(Direction.TOWARDS_RURAL_OR_WEAK);
        });
    }

    @Test
    void eachCohortIsAQuotasWorthOfTheEligibleAtQuotaSchoolsAtMost() {
        long eligibleAtQuotaSchools = plan.getRotations().stream()
                .filter(r -> r.isCandidate() && policy.quotaApplies(r.getHomeSchool())).count();
        long cohort = away.stream().filter(t -> t.exchange().startYear() == county.year() - 1).count();

        // Hosts are not quota schools, so the eligible at quota schools are those the step counted.
        assertThat(cohort).isPositive()
                .isLessThanOrEqualTo((long) Math.ceil(policy.rotationQuota() * eligibleAtQuotaSchools));
    }

    @Test
    void teachersAwayCountAtTheirHostAndAreNotCandidates() {
        for (Teacher t : away) {
            Rotation rotation = plan.rotationOf(t.id());
            assertThat(rotation.getStartSchool()).isSameAs(t.exchange().host());
            assertThat(rotation.isCandidate()).isFalse();
        }
    }
}
