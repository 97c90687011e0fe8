package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DistancesTest {

    private static final GeoPoint BEIJING_TIANANMEN = new GeoPoint(39.9087, 116.3975);
    private static final GeoPoint SHANGHAI_PEOPLES_SQUARE = new GeoPoint(31.2304, 121.4737);

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        assertThat(Distances.greatCircleKm(new GeoPoint(30.0, 110.0), new GeoPoint(31.0, 110.0)))
                .isCloseTo(111.195, within(0.001));
    }

    @Test
    void beijingToShanghaiIsAbout1068KilometresAsTheCrowFlies() {
        assertThat(Distances.greatCircleKm(BEIJING_TIANANMEN, SHANGHAI_PEOPLES_SQUARE)).isCloseTo(1068, within(2.0));
    }

    @Test
    void theGreatCircleIsSymmetricAndZeroAtOnePoint() {
        assertThat(Distances.greatCircleKm(SHANGHAI_PEOPLES_SQUARE, BEIJING_TIANANMEN))
                .isEqualTo(Distances.greatCircleKm(BEIJING_TIANANMEN, SHANGHAI_PEOPLES_SQUARE));
        assertThat(Distances.greatCircleKm(BEIJING_TIANANMEN, BEIJING_TIANANMEN)).isZero();
    }

    @Test
    void theMatrixIsReadInBothDirections() {
        School a = school("A").build();
        School b = school("B").kmNorth(10).build();
        Distances distances = new Distances(1.3, Map.of("A", Map.of("B", 17.5)));

        assertThat(distances.betweenSchools(a, b)).isEqualTo(17.5);
        assertThat(distances.betweenSchools(b, a)).isEqualTo(17.5);
    }

    @Test
    void aPairMissingFromTheMatrixFallsBackToTheGreatCircleTimesTheRoadFactor() {
        School a = school("A").build();
        School c = school("C").kmNorth(10).build();
        Distances distances = new Distances(1.3, Map.of("A", Map.of("B", 17.5)));

        assertThat(distances.betweenSchools(a, c)).isCloseTo(13.0, within(1e-6));
    }

    @Test
    void aSchoolIsNoDistanceFromItself() {
        School a = school("A").build();

        assertThat(new Distances(1.3, Map.of("A", Map.of("A", 5.0))).betweenSchools(a, a)).isZero();
    }

    @Test
    void theCommuteStartsAtTheHomeSchoolByTheMatrixWhenNoAddressIsKnown() {
        School a = school("A").build();
        School b = school("B").kmNorth(10).build();
        Distances distances = new Distances(1.3, Map.of("B", Map.of("A", 21.0)));

        assertThat(distances.commute(teacher("T1", a).build(), b)).isEqualTo(21.0);
    }

    @Test
    void theCommuteStartsAtTheHomeAddressByRoadFactorWhenKnown() {
        School a = school("A").build();
        School b = school("B").kmNorth(10).build();
        GeoPoint home = school("H").kmNorth(4).build().getLocation();
        Distances distances = new Distances(2.0, Map.of("A", Map.of("B", 21.0)));

        assertThat(distances.commute(teacher("T1", a).homeAt(home).build(), b)).isCloseTo(12.0, within(1e-6));
    }
}
