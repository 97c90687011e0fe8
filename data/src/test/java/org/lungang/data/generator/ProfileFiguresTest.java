package org.lungang.data.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.SchoolKind;

/** The headline figures each profile states (data/README.md) are those of the county it generates, within 2%. */
class ProfileFiguresTest {

    static Iterable<String> profiles() {
        return CountyProfile.names();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theTeacherCountIsWithinTwoPercentOfTheProfile(String name) {
        CountyProfile profile = CountyProfile.named(name);

        int teachers = Generated.county(name).plan().getTeachers().size();

        assertThat((double) teachers).isCloseTo(profile.teachers(), within(0.02 * profile.teachers()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theSchoolCountIsWithinTwoPercentOfTheProfile(String name) {
        CountyProfile profile = CountyProfile.named(name);

        int schools = Generated.county(name).plan().getSchools().size();

        assertThat((double) schools).isCloseTo(profile.totalSchools(), within(0.02 * profile.totalSchools()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theShareOfVillageSchoolsIsWithinTwoPercentOfTheProfile(String name) {
        CountyProfile profile = CountyProfile.named(name);
        RotationPlan plan = Generated.county(name).plan();

        double share = (double) plan.getSchools().stream().filter(s -> s.getKind() == SchoolKind.VILLAGE).count()
                / plan.getSchools().size();

        assertThat(share).isCloseTo(profile.villageShare(), within(0.02 * Math.max(profile.villageShare(), 0.01)));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theTeachingPointsAreThoseOfTheProfile(String name) {
        CountyProfile profile = CountyProfile.named(name);

        long points = Generated.county(name).plan().getSchools().stream()
                .filter(s -> s.getName().endsWith("教学点")).count();

        assertThat((double) points).isCloseTo(profile.teachingPoints(), within(0.02 * profile.teachingPoints()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theBackboneShareIsWithinTwoPercentOfTheProfile(String name) {
        CountyProfile profile = CountyProfile.named(name);
        RotationPlan plan = Generated.county(name).plan();

        double share = (double) plan.getRotations().stream().filter(r -> r.isBackbone()).count()
                / plan.getTeachers().size();

        // A drawn share: within 2 points for the counties, 5 for the tiny tier's 150 teachers.
        double tolerance = plan.getTeachers().size() < 500 ? 0.05 : 0.02;
        assertThat(share).isCloseTo(profile.people().backboneShare(), within(tolerance));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void schoolsLieAroundTheCountySeatWithinTheProfilesReach(String name) {
        CountyProfile profile = CountyProfile.named(name);
        CountyProfile.Geography geography = profile.geography();
        double reach = geography.maxTownshipKm() + geography.villageRadiusKm() + 2;

        assertThat(Generated.county(name).plan().getSchools()).allSatisfy(school -> assertThat(
                org.lungang.solver.domain.Distances.greatCircleKm(geography.seat(), school.getLocation()))
                .isLessThanOrEqualTo(reach));
    }
}
