package org.lungang.data.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;

class PointProblemTest {

    private final RotationPlan base = SweepCounty.load().plan();

    private RotationPlan at(String parameter, double value) {
        SweepParameter p = SweepParameter.parse(parameter + "=" + value, base.getPolicy());
        return PointProblem.build(base, PointProblem.policy(base.getPolicy(), List.of(p), List.of(value)),
                PointProblem.beds(List.of(p), List.of(value)));
    }

    @Test
    void aWeightIsSetAtTheLevelOfItsConstraint() {
        RotationPlan plan = at("weight:" + ConstraintNames.SCHOOL_ROTATION_QUOTA, 7);

        assertThat(plan.getPolicy().constraintWeights())
                .containsEntry(ConstraintNames.SCHOOL_ROTATION_QUOTA, "0hard/7medium/0soft")
                .containsKey(ConstraintNames.SHORTAGE_POSTS_FILLED);
    }

    @Test
    void housingBedsGiveEverySchoolTheSameBeds() {
        assertThat(at("housingBeds", 3).getSchools()).allSatisfy(s -> assertThat(s.getHousingBeds()).isEqualTo(3));
    }

    @Test
    void housingBedsFactorMultipliesEachSchoolsOwnBeds() {
        RotationPlan doubled = PointProblem.build(base, base.getPolicy(), beds -> beds * 2 + 1);
        RotationPlan factor = at("housingBedsFactor", 2.5);

        assertThat(doubled.getSchools()).allSatisfy(s -> assertThat(s.getHousingBeds()).isEqualTo(1));
        assertThat(factor.getSchools()).allSatisfy(s -> assertThat(s.getHousingBeds()).isZero());
    }

    @Test
    void aLongerServiceThresholdMakesFewerTeachersCandidates() {
        long atSix = at("minYearsAtSchool", 6).getRotations().stream().filter(Rotation::isCandidate).count();
        long atNine = at("minYearsAtSchool", 9).getRotations().stream().filter(Rotation::isCandidate).count();

        assertThat(atNine).isLessThan(atSix);
    }

    @Test
    void theWarmStartSkipsPinnedRotationsAndTeachersWhoAreNoLongerCandidates() {
        RotationPlan plan = at("minYearsAtSchool", 9);

        PointProblem.warmStart(plan, Map.of("U1-M00", "V1", "U1-M03", "V2", "P-U1", "V1"));

        assertThat(plan.rotationOf("U1-M03").getDestination().getId()).isEqualTo("V2");
        assertThat(plan.rotationOf("U1-M00").getDestination()).as("6 years < 9: no longer a candidate").isNull();
        assertThat(plan.rotationOf("P-U1").getDestination()).isNull();
        assertThat(plan.rotationOf("U1-M03").getDestination()).isSameAs(plan.schoolOf("V2"));
    }

    @Test
    void pointsShareNoSchoolWithTheBaseProblem() {
        RotationPlan plan = at("quota", 0.2);

        assertThat(plan.getSchools()).allSatisfy(s -> assertThat(base.getSchools()).doesNotContain(s));
        assertThat(plan.getTeachers().get(0).homeSchool()).isSameAs(plan.schoolOf(
                plan.getTeachers().get(0).homeSchool().getId()));
    }

    @Test
    void everyConstraintWeighsOneUnitOfTheLevelTheSweepGivesIt() {
        RotationPlan plan = PointProblem.build(base, base.getPolicy().toBuilder().constraintWeights(Map.of()).build(),
                beds -> beds);

        new RotationSolver().analyze(plan).constraintAnalyses().forEach(c -> assertThat(c.weight().abs().toString())
                .as(c.constraintName())
                .isEqualTo(ConstraintLevel.of(c.constraintName()).weight(1)));
    }
}
