package org.lungang.data.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.Teacher;

class CountyGeneratorTest {

    @Test
    void theSameProfileAndSeedGiveAnIdenticalCounty() {
        GeneratedCounty first = CountyGenerator.generate(CountyProfile.named("small"), 7L);
        GeneratedCounty second = CountyGenerator.generate(CountyProfile.named("small"), 7L);

        assertThat(Generated.canonical(second)).isEqualTo(Generated.canonical(first));
    }

    @Test
    void anotherSeedGivesAnotherCounty() {
        GeneratedCounty first = CountyGenerator.generate(CountyProfile.named("small"), 7L);
        GeneratedCounty other = CountyGenerator.generate(CountyProfile.named("small"), 8L);

        assertThat(Generated.canonical(other)).isNotEqualTo(Generated.canonical(first));
    }

    @Test
    void theGeneratedPlanIsUnsolvedAndNamedAfterTheProfile() {
        GeneratedCounty county = Generated.county("changning");

        assertThat(county.name()).isEqualTo("昌宁县");
        assertThat(county.year()).isEqualTo(2018);
        assertThat(county.plan().getRotations()).allSatisfy(r -> assertThat(r.getDestination()).isNull());
        assertThat(county.plan().getRotations()).hasSameSizeAs(county.plan().getTeachers());
    }

    @Test
    void idsOfSchoolsAndTeachersAreUnique() {
        RotationPlan plan = Generated.county("kaizhou").plan();

        assertThat(plan.getSchools()).extracting(s -> s.getId()).doesNotHaveDuplicates();
        assertThat(plan.getTeachers()).extracting(Teacher::id).doesNotHaveDuplicates();
    }

    @Test
    void theTinyTierSolvesWithoutBreakingAHardRule() {
        RotationPlan problem = CountyGenerator.generate(CountyProfile.named("tiny"), Generated.SEED).plan();

        RotationPlan plan = new RotationSolver().solve(problem, Duration.ofSeconds(10));

        assertThat(plan.getScore().hardScore()).isZero();
    }

    @Test
    void aLargeProfileScaledDownKeepsItsMakeUp() {
        CountyProfile scaled = CountyProfile.named("city").scaledTo(2_000);

        RotationPlan plan = CountyGenerator.generate(scaled, Generated.SEED).plan();

        assertThat(plan.getTeachers()).hasSize(2_000);
        assertThat(plan.getSchools()).hasSize(scaled.totalSchools());
    }

    @Test
    void tooFewTeachersForTheSchoolsIsRefusedWithTheProfileName() {
        CountyProfile tiny = CountyProfile.named("tiny");
        CountyProfile starved = new CountyProfile(tiny.key(), tiny.displayName(), tiny.year(), 10, tiny.schools(),
                tiny.teachingPoints(), tiny.geography(), tiny.tiers(), tiny.staffing(), tiny.people(),
                tiny.alliances(), tiny.housing(), tiny.policy());

        assertThatThrownBy(() -> CountyGenerator.generate(starved, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiny");
    }

    @Test
    void anUnknownProfileNameListsTheKnownOnes() {
        assertThatThrownBy(() -> CountyProfile.named("atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changning")
                .hasMessageContaining("city");
    }

    @Test
    void everyNamedProfileIsReachableByItsName() {
        Map<String, String> keys = new HashMap<>();
        for (String name : CountyProfile.names()) {
            keys.put(name, CountyProfile.named(name).key());
        }

        assertThat(keys).allSatisfy((name, key) -> assertThat(key).isEqualTo(name));
        assertThat(CountyProfile.names()).containsAll(List.of("changning", "liaoyang", "qiqihar", "kaizhou", "louqu",
                "tiny", "small", "county", "city"));
    }
}
