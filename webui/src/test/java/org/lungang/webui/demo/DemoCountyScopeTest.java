package org.lungang.webui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Stage;

/**
 * The demo county the web application loads at first start (profile {@code small}, seed 1) follows the policy's
 * scope: the rotation of 义务教育 covers its compulsory-education schools, so its senior high schools neither send
 * nor receive teachers.
 */
class DemoCountyScopeTest {

    private final RotationPlan plan = CountyGenerator.generate(CountyProfile.named("small"), 1).plan();

    @Test
    void theDemoPolicyCoversPrimaryJuniorAndNineYearSchoolsOnly() {
        assertThat(plan.getPolicy().coveredStages()).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR,
                Stage.NINE_YEAR);
    }

    @Test
    void noTeacherOfASeniorHighSchoolIsACandidate() {
        List<Rotation> senior = plan.getRotations().stream()
                .filter(r -> r.getHomeSchool().getStage() == Stage.SENIOR).toList();
        List<School> seniorSchools = plan.getSchools().stream().filter(s -> s.getStage() == Stage.SENIOR).toList();

        assertThat(seniorSchools).as("the demo county has senior high schools").isNotEmpty();
        assertThat(senior).noneMatch(Rotation::isCandidate);
    }
}
