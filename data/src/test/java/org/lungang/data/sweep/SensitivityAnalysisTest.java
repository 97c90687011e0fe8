package org.lungang.data.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPlan;

class SensitivityAnalysisTest {

    private static SensitivityReport report;
    private static final List<Binding> progress = new ArrayList<>();

    /** The quota county at 15%: six teachers must rotate, and moving only costs. */
    @BeforeAll
    static void analyseTheQuotaCounty() {
        RotationPlan problem = SweepCounty.load().plan();
        RotationPlan atFifteen = SweepRunner.withPolicy(problem,
                problem.getPolicy().toBuilder().rotationQuota(0.15).build());
        RotationPlan solved = new RotationSolver().solve(atFifteen, Duration.ofSeconds(3));
        report = new SensitivityAnalysis().analyse(solved,
                List.of(ConstraintNames.PREFERENCE_HONOURED, ConstraintNames.SCHOOL_ROTATION_QUOTA),
                Duration.ofSeconds(2), 2, progress::add);
    }

    private static Binding of(String constraint) {
        return report.bindings().stream().filter(b -> b.constraint().equals(constraint)).findFirst().orElseThrow();
    }

    @Test
    void theRotationQuotaBindsAndLooseningItRotatesFewer() {
        Binding quota = of(ConstraintNames.SCHOOL_ROTATION_QUOTA);

        assertThat(quota.binds()).isTrue();
        assertThat(quota.rotatedChange()).isNegative();
        assertThat(quota.ownCost()).contains("-").endsWith("medium/0soft");
        assertThat(quota.finding().en()).startsWith("“School rotation quota” (policy quota) binds");
        assertThat(quota.finding().zh()).contains("起约束作用");
    }

    @Test
    void aGoalNobodyCanReachDoesNotBind() {
        Binding preference = of(ConstraintNames.PREFERENCE_HONOURED);

        assertThat(preference.binds()).isFalse();
        assertThat(preference.finding().en()).contains("does not bind");
    }

    @Test
    void theMostBindingConstraintComesFirst() {
        assertThat(report.bindings()).extracting(Binding::constraint)
                .containsExactly(ConstraintNames.SCHOOL_ROTATION_QUOTA, ConstraintNames.PREFERENCE_HONOURED);
        assertThat(progress).hasSize(2);
    }

    @Test
    void theReportStatesItsMethodAndCost() {
        assertThat(report.text(false)).startsWith(SensitivityReport.METHOD_EN).contains("one re-solve per constraint");
        assertThat(report.text(true)).startsWith(SensitivityReport.METHOD_ZH);
    }

    @Test
    void theDefaultsCoverEveryQuotaAndEveryGoal() {
        assertThat(SensitivityAnalysis.DEFAULT_CONSTRAINTS).containsAll(ConstraintLevel.MEDIUM_RULES)
                .contains(ConstraintNames.COMMUTE_DISTANCE, ConstraintNames.LONGEST_SERVING_FIRST,
                        ConstraintNames.HOUSING_BEDS)
                .doesNotContain(ConstraintNames.ONLY_ELIGIBLE_ROTATE);
    }
}
