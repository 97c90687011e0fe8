package org.lungang.data.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemFiles;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;

/** The committed sample {@code data/samples/tiny.json}: it exercises every rule and solves to a legal plan. */
class TinySampleTest {

    private static final Path SAMPLE = Path.of("samples", "tiny.json");
    private static RotationPlan problem;

    @BeforeAll
    static void readSample() {
        LoadedProblem loaded = ProblemJson.read(SAMPLE);
        problem = loaded.plan();
    }

    @Test
    void theSampleIsAboutTenSchoolsAndOneHundredFiftyTeachers() {
        assertThat(problem.getSchools()).hasSize(10);
        assertThat(problem.getTeachers()).hasSize(150);
    }

    @Test
    void theSampleHasEveryKindOfSchoolAndTheStagesThePrincipalRuleSeparates() {
        assertThat(problem.getSchools()).extracting(s -> s.getKind()).contains(SchoolKind.values());
        assertThat(problem.getSchools()).extracting(s -> s.getStage())
                .contains(Stage.PRIMARY, Stage.JUNIOR, Stage.NINE_YEAR);
    }

    @Test
    void theSampleHasTeachersForEveryEligibilityRule() {
        assertThat(problem.getRotations()).extracting(r -> r.getEligibility().reason())
                .contains(Eligibility.Reason.SERVED_REQUIRED_YEARS, Eligibility.Reason.VOLUNTEER,
                        Eligibility.Reason.TOO_FEW_YEARS, Eligibility.Reason.EXEMPT,
                        Eligibility.Reason.NOT_ON_ESTABLISHMENT, Eligibility.Reason.NEAR_RETIREMENT);
        assertThat(problem.getTeachers()).flatExtracting(t -> t.exemptions())
                .contains(Exemption.PREGNANT_OR_NURSING, Exemption.SERIOUS_ILLNESS, Exemption.GRADUATING_CLASS);
    }

    @Test
    void theSampleHasTeamsCouplesPreferencesCadresBackboneAndEligiblePrincipals() {
        assertThat(problem.getTeachers()).anyMatch(t -> t.teamId() != null);
        assertThat(problem.getTeachers()).anyMatch(t -> t.partnerId() != null);
        assertThat(problem.getTeachers()).anyMatch(t -> !t.preferredSchoolIds().isEmpty());
        assertThat(problem.getTeachers()).anyMatch(t -> t.role() == Role.MIDDLE_LEADER);
        assertThat(problem.getTeachers()).anyMatch(t -> t.role() == Role.VICE_PRINCIPAL);
        assertThat(problem.getRotations()).anyMatch(r -> r.isCandidate() && r.isBackbone());
        assertThat(problem.getRotations()).anyMatch(r -> r.isCandidate() && r.isPrincipal());
    }

    @Test
    void theSampleHasHousingAReceivingCapacityADistanceMatrixAndPlannerDecisions() {
        assertThat(problem.getSchools()).anyMatch(s -> s.getHousingBeds() > 0);
        assertThat(problem.getSchools()).anyMatch(s -> s.getReceivingCapacity() != null);
        assertThat(problem.getDistances().getSchoolMatrixKm()).isNotEmpty();
        assertThat(problem.getRotations()).anyMatch(r -> r.isPinnedByPlanner() && r.isMoving());
        assertThat(problem.getRotations()).anyMatch(r -> r.isPinnedByPlanner() && !r.isMoving());
        assertThat(problem.getRotations()).anyMatch(r -> !r.getForbiddenSchoolIds().isEmpty());
    }

    @Test
    void withoutTheIndicatorRuleTheSampleSolvesToALegalPlanWithEveryQuotaMet() throws IOException {
        // Meeting every quota of this sample raises the primary degree coefficient by about two thousandths (measured
        // with the quotas weighted first), so the quotas are checked with that rule switched off.
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(SAMPLE.toFile());
        ((ObjectNode) root.get("policy")).put("indicatorsMustNotWorsen", false);
        RotationPlan unguarded = ProblemFiles.read(root, "tiny.json").plan();

        RotationPlan plan = new RotationSolver().solve(unguarded, Duration.ofSeconds(20));

        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(plan.getScore().mediumScore()).isZero();
        PlanKpis kpis = KpiCalculator.calculate(plan);
        assertThat(kpis.shortfalls()).isEmpty();
        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving).isNotEmpty();
    }

    @Test
    void underTheDefaultPolicyTheSampleSolvesToALegalPlanThatRaisesNoIndicator() {
        RotationPlan plan = new RotationSolver().solve(problem, Duration.ofSeconds(20));

        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(KpiCalculator.calculate(plan).indicators())
                .allSatisfy(i -> assertThat(i.coefficientAfter()).as("%s %s", i.group(), i.indicator())
                        .isLessThanOrEqualTo(i.coefficientBefore()));
        assertThat(plan.getRotations()).filteredOn(Rotation::isMoving).isNotEmpty();
    }
}
