package org.lungang.data.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.Stage;

/** The demo county follows the policy's scope: its senior high schools neither send nor receive anyone. */
class CoveredStagesTest {

    private final RotationPlan problem = CountyGenerator.generate(CountyProfile.named("small"), Generated.SEED).plan();

    private List<Rotation> ofSeniorHighSchools(RotationPlan plan) {
        return plan.getRotations().stream().filter(r -> r.getHomeSchool().getStage() == Stage.SENIOR).toList();
    }

    @Test
    void theDemoCountysSeniorHighSchoolTeachersAreNotCandidates() {
        assertThat(ofSeniorHighSchools(problem)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.isCandidate()).isFalse();
            assertThat(r.getEligibility().reason()).isEqualTo(Eligibility.Reason.STAGE_NOT_COVERED);
        });
    }

    @Test
    void aSolvedDemoCountySendsNoOneFromOrToASeniorHighSchool() {
        RotationPlan plan = new RotationSolver().solve(problem, Duration.ofSeconds(5));

        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHomeSchool().getStage()).isNotEqualTo(Stage.SENIOR);
            assertThat(r.getDestination().getStage()).isNotEqualTo(Stage.SENIOR);
        });
    }
}
