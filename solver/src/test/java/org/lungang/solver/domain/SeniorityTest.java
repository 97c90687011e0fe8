package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lungang.solver.TestData;

class SeniorityTest {

    private final School home = TestData.school("U").build();

    @Test
    void sendingATeacherWhileOneWhoServedThreeYearsLongerStaysCostsFifteen() {
        Teacher goes = TestData.teacher("T1", home).years(7).build();
        Teacher stays = TestData.teacher("T2", home).years(10).build();

        assertThat(Seniority.regret(goes, stays)).isEqualTo(3 * Seniority.PENALTY_PER_YEAR);
    }

    @Test
    void sendingTheLongerServingCostsNothing() {
        Teacher goes = TestData.teacher("T1", home).years(10).build();
        Teacher stays = TestData.teacher("T2", home).years(7).build();

        assertThat(Seniority.regret(goes, stays)).isZero();
    }

    @Test
    void sendingAVolunteerFirstCostsNothing() {
        Teacher goes = TestData.teacher("T1", home).years(2).volunteer().build();
        Teacher stays = TestData.teacher("T2", home).years(10).build();

        assertThat(Seniority.regret(goes, stays)).isZero();
    }

    @Test
    void volunteersGoFirstThenTheLongerServing() {
        Teacher junior = TestData.teacher("junior", home).years(3).build();
        Teacher senior = TestData.teacher("senior", home).years(12).build();
        Teacher volunteer = TestData.teacher("volunteer", home).years(1).volunteer().build();
        List<Teacher> colleagues = new ArrayList<>(List.of(junior, senior, volunteer));

        colleagues.sort(Seniority.FIRST_TO_GO);

        assertThat(colleagues).containsExactly(volunteer, senior, junior);
    }
}
