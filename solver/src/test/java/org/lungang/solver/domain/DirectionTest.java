package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.school;

import org.junit.jupiter.api.Test;

class DirectionTest {

    private static School schoolOf(SchoolKind kind, Tier tier) {
        return school(kind + "-" + tier).kind(kind).tier(tier).build();
    }

    @Test
    void fromTheCountySeatToAVillageIsTowardsRural() {
        assertThat(Direction.between(schoolOf(SchoolKind.URBAN, Tier.ORDINARY),
                schoolOf(SchoolKind.VILLAGE, Tier.ORDINARY)))
                .isEqualTo(Direction.TOWARDS_RURAL_OR_WEAK);
    }

    @Test
    void fromAVillageToATownIsTowardsUrban() {
        assertThat(Direction.between(schoolOf(SchoolKind.VILLAGE, Tier.ORDINARY),
                schoolOf(SchoolKind.TOWN, Tier.ORDINARY)))
                .isEqualTo(Direction.TOWARDS_URBAN_OR_STRONG);
    }

    @Test
    void betweenSchoolsOfTheSameKindTheTierDecides() {
        assertThat(Direction.between(schoolOf(SchoolKind.URBAN, Tier.STRONG),
                schoolOf(SchoolKind.URBAN, Tier.WEAK)))
                .isEqualTo(Direction.TOWARDS_RURAL_OR_WEAK);
        assertThat(Direction.between(schoolOf(SchoolKind.TOWN, Tier.WEAK),
                schoolOf(SchoolKind.TOWN, Tier.ORDINARY)))
                .isEqualTo(Direction.TOWARDS_URBAN_OR_STRONG);
    }

    @Test
    void ruralityOutranksTier() {
        // A weak county-seat school sending to a strong town school still supports the countryside.
        assertThat(Direction.between(schoolOf(SchoolKind.URBAN, Tier.WEAK),
                schoolOf(SchoolKind.TOWN, Tier.STRONG)))
                .isEqualTo(Direction.TOWARDS_RURAL_OR_WEAK);
    }

    @Test
    void schoolsOfTheSameKindAndTierAreLateral() {
        assertThat(Direction.between(school("A").kind(SchoolKind.TOWN).tier(Tier.ORDINARY).build(),
                school("B").kind(SchoolKind.TOWN).tier(Tier.ORDINARY).build()))
                .isEqualTo(Direction.LATERAL);
    }

    @Test
    void kindsAndTiersAloneGiveTheDirectionForSchoolsNotYetBuilt() {
        assertThat(Direction.between(SchoolKind.TOWN, Tier.STRONG, SchoolKind.VILLAGE, Tier.WEAK))
                .isEqualTo(Direction.TOWARDS_RURAL_OR_WEAK);
        assertThat(Direction.between(SchoolKind.VILLAGE, Tier.STRONG, SchoolKind.TOWN, Tier.WEAK))
                .isEqualTo(Direction.TOWARDS_URBAN_OR_STRONG);
        assertThat(Direction.between(SchoolKind.URBAN, Tier.WEAK, SchoolKind.URBAN, Tier.WEAK))
                .isEqualTo(Direction.LATERAL);
    }
}
