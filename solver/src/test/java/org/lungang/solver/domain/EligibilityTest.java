package org.lungang.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.solver.TestData.POLICY;
import static org.lungang.solver.TestData.school;
import static org.lungang.solver.TestData.teacher;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lungang.solver.TestData;
import org.lungang.solver.domain.Eligibility.Reason;

class EligibilityTest {

    private final School home = school("U").build();

    private TestData.TeacherBuilder teacherAged(int age) {
        return teacher("T1", home).age(age);
    }

    @Test
    void aTeacherWithSixYearsAtTheSchoolIsEligible() {
        Eligibility e = Eligibility.of(teacher("T1", home).years(6).build(), POLICY);

        assertThat(e).isEqualTo(new Eligibility(true, Reason.SERVED_REQUIRED_YEARS, null));
    }

    @Test
    void aTeacherOfASeniorHighSchoolIsOutsideTheRotationByDefault() {
        School senior = school("H").stage(Stage.SENIOR).build();

        Eligibility e = Eligibility.of(teacher("T1", senior).years(10).volunteer().build(), POLICY);

        assertThat(e).isEqualTo(new Eligibility(false, Reason.STAGE_NOT_COVERED, null));
    }

    @Test
    void aPolicyThatCoversSeniorHighSchoolsMakesTheirTeachersEligible() {
        School senior = school("H").stage(Stage.SENIOR).build();
        RotationPolicy allStages = POLICY.toBuilder().coveredStages(Set.of(Stage.values())).build();

        assertThat(Eligibility.of(teacher("T1", senior).years(10).build(), allStages).eligible()).isTrue();
    }

    @Test
    void theRotationCoversTheCompulsoryEducationStagesByDefault() {
        assertThat(RotationPolicy.defaults().coveredStages())
                .containsExactly(Stage.PRIMARY, Stage.JUNIOR, Stage.NINE_YEAR);
    }

    @Test
    void aTeacherWithFiveYearsIsNotEligible() {
        Eligibility e = Eligibility.of(teacher("T1", home).years(5).build(), POLICY);

        assertThat(e).isEqualTo(new Eligibility(false, Reason.TOO_FEW_YEARS, null));
    }

    @Test
    void thePolicysMinimumYearsDecide() {
        RotationPolicy stricter = POLICY.toBuilder().minYearsAtSchool(9).build();

        assertThat(Eligibility.of(teacher("T1", home).years(8).build(), stricter).eligible()).isFalse();
        assertThat(Eligibility.of(teacher("T1", home).years(9).build(), stricter).eligible()).isTrue();
    }

    @Test
    void aPrincipalIsEligibleAfterTwoTermsOfThreeYears() {
        Teacher sixYears = teacher("P1", home).role(Role.PRINCIPAL).years(6).build();
        Teacher fiveYears = teacher("P2", home).role(Role.PRINCIPAL).years(5).build();

        assertThat(Eligibility.of(sixYears, POLICY).eligible()).isTrue();
        assertThat(Eligibility.of(fiveYears, POLICY).reason()).isEqualTo(Reason.TOO_FEW_YEARS);
    }

    @Test
    void aVicePrincipalFollowsTheLeadersTermsNotTheTeachersYears() {
        RotationPolicy longTerms = POLICY.toBuilder().leaderTermYears(4).build();
        Teacher sevenYears = teacher("V1", home).role(Role.VICE_PRINCIPAL).years(7).build();
        Teacher eightYears = teacher("V2", home).role(Role.VICE_PRINCIPAL).years(8).build();

        assertThat(Eligibility.of(sevenYears, longTerms).eligible()).isFalse();
        assertThat(Eligibility.of(eightYears, longTerms).eligible()).isTrue();
    }

    @Test
    void aMiddleLeaderFollowsTheTeachersYears() {
        RotationPolicy longTerms = POLICY.toBuilder().leaderTermYears(4).build();

        assertThat(Eligibility.of(teacher("M1", home).role(Role.MIDDLE_LEADER).years(6).build(), longTerms).eligible())
                .isTrue();
    }

    @Test
    void aVolunteerIsEligibleRegardlessOfYears() {
        Eligibility e = Eligibility.of(teacher("T1", home).years(1).volunteer().build(), POLICY);

        assertThat(e).isEqualTo(new Eligibility(true, Reason.VOLUNTEER, null));
    }

    @Test
    void aTeacherOffTheEstablishmentNeverRotatesEvenAsAVolunteer() {
        Eligibility e = Eligibility.of(teacher("T1", home).years(10).volunteer().offEstablishment().build(), POLICY);

        assertThat(e).isEqualTo(new Eligibility(false, Reason.NOT_ON_ESTABLISHMENT, null));
    }

    @Test
    void anHonouredExemptionKeepsAnEligibleTeacherAtHome() {
        Eligibility e = Eligibility.of(teacher("T1", home).years(10).exemptions(Exemption.PREGNANT_OR_NURSING)
                .build(), POLICY);

        assertThat(e).isEqualTo(new Eligibility(false, Reason.EXEMPT, Exemption.PREGNANT_OR_NURSING));
    }

    @Test
    void anExemptionThePolicyDoesNotHonourIsIgnored() {
        RotationPolicy onlyIllness = POLICY.toBuilder().honouredExemptions(Set.of(Exemption.SERIOUS_ILLNESS)).build();

        Eligibility e = Eligibility.of(teacher("T1", home).years(10).exemptions(Exemption.GRADUATING_CLASS).build(),
                onlyIllness);

        assertThat(e.eligible()).isTrue();
    }

    @Test
    void anExemptVolunteerStaysExempt() {
        Eligibility e = Eligibility.of(teacher("T1", home).volunteer().exemptions(Exemption.SERIOUS_ILLNESS).build(),
                POLICY);

        assertThat(e.reason()).isEqualTo(Reason.EXEMPT);
    }

    @Test
    void aManWithFiveYearsToRetirementIsEligibleAndWithFourIsNot() {
        // Men retire at 60; fewer than 5 years left exempts.
        assertThat(Eligibility.of(teacherAged(55).gender(Gender.MALE).build(), POLICY).eligible()).isTrue();
        assertThat(Eligibility.of(teacherAged(56).gender(Gender.MALE).build(), POLICY).reason())
                .isEqualTo(Reason.NEAR_RETIREMENT);
    }

    @Test
    void aWomanNearsRetirementFiveYearsEarlierThanAMan() {
        // Women teachers retire at 55 under the default policy: 51 is exempt, 50 is not.
        assertThat(Eligibility.of(teacherAged(50).gender(Gender.FEMALE).build(), POLICY).eligible()).isTrue();
        assertThat(Eligibility.of(teacherAged(51).gender(Gender.FEMALE).build(), POLICY).reason())
                .isEqualTo(Reason.NEAR_RETIREMENT);
        assertThat(Eligibility.of(teacherAged(51).gender(Gender.MALE).build(), POLICY).eligible()).isTrue();
    }

    @Test
    void aVolunteerNearRetirementIsStillExempt() {
        Eligibility e = Eligibility.of(teacherAged(58).gender(Gender.MALE).years(1).volunteer().build(), POLICY);

        assertThat(e.reason()).isEqualTo(Reason.NEAR_RETIREMENT);
    }
}
