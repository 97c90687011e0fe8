package org.lungang.data.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.kpi.Shortfall;

class SweepRunnerTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    /** Long enough for a cold JVM to reach the optimum of the quota county, whose every point is easy. */
    private static final Duration QUOTA_TIME = Duration.ofSeconds(3);

    private static SweepRequest quotaRequest;
    private static SweepResult quotaSweep;
    private static final List<SweepProgress> progress = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void sweepTheQuota() {
        LoadedProblem problem = SweepCounty.load();
        quotaRequest = new SweepRequest(problem.name(), problem.plan(),
                List.of(SweepParameter.parse("quota=0.05:0.25:0.05", problem.plan().getPolicy())), QUOTA_TIME, 2);
        quotaSweep = new SweepRunner().run(quotaRequest, progress::add);
    }

    @Test
    void everyPointIsInTheResultInGridOrder() {
        assertThat(quotaSweep.points()).extracting(SweepPoint::x).containsExactly(0.05, 0.10, 0.15, 0.20, 0.25);
    }

    @Test
    void rotatedCountDoesNotFallAsTheQuotaRises() {
        List<Integer> rotated = quotaSweep.points().stream().map(SweepPoint::rotated).toList();

        for (int i = 1; i < rotated.size(); i++) {
            assertThat(rotated.get(i)).as("rotated at %s", rotated).isGreaterThanOrEqualTo(rotated.get(i - 1));
        }
        assertThat(rotated.get(rotated.size() - 1)).isGreaterThan(rotated.get(0));
    }

    @Test
    void aQuotaBeyondTheStabilityCapIsReportedWithTheRuleAndTheShortfall() {
        SweepPoint highest = quotaSweep.points().get(4);

        assertThat(highest.status()).isEqualTo(SweepPoint.Status.QUOTA_MISSED);
        assertThat(highest.shortfalls()).filteredOn(s -> s.rule().equals(ConstraintNames.SCHOOL_ROTATION_QUOTA))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.shortfall()).isPositive())
                .anyMatch(Shortfall::impossible);
        assertThat(highest.brokenRulesSummary()).isEqualTo(ConstraintNames.SCHOOL_ROTATION_QUOTA + " (short by 4)");
    }

    @Test
    void aQuotaWithinReachIsMet() {
        assertThat(quotaSweep.points().get(1).status()).isEqualTo(SweepPoint.Status.FEASIBLE);
    }

    @Test
    void progressIsReportedOncePerPointCountingUpToTheTotal() {
        assertThat(progress).extracting(SweepProgress::done).containsExactly(1, 2, 3, 4, 5);
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(5));
    }

    @Test
    void twoSolversCutTheOnlyChainInTwoAndLaterPointsAreWarmStarted() {
        assertThat(quotaSweep.parallel()).isEqualTo(2);
        assertThat(quotaSweep.points()).extracting(SweepPoint::warmStarted)
                .containsExactly(false, true, true, false, true);
    }

    @Test
    void aPointOpensAgainAsAPlanWithTheSameScore() {
        SweepPoint point = quotaSweep.points().get(2);

        RotationPlan plan = SweepRunner.planAt(quotaRequest, point);

        assertThat(plan.getPolicy().rotationQuota()).isEqualTo(0.15);
        assertThat(new RotationSolver().score(plan).toString()).isEqualTo(point.score());
    }

    @Test
    void aPinnedMoveBeyondTheCommuteLimitIsInfeasibleUntilTheVillageHasABed() {
        LoadedProblem problem = SweepCounty.load();
        RotationPlan base = problem.plan();
        base.rotationOf("U1-M16").setPinnedByPlanner(true);
        base.rotationOf("U1-M16").setDestination(base.schoolOf(SweepCounty.FAR_VILLAGE));
        SweepRequest request = new SweepRequest(problem.name(), base,
                List.of(SweepParameter.parse("housingBeds=0,1", base.getPolicy())), SECOND, 1);

        SweepResult result = new SweepRunner().run(request, p -> {
        });

        SweepPoint noBed = result.points().get(0);
        assertThat(noBed.status()).isEqualTo(SweepPoint.Status.INFEASIBLE);
        assertThat(noBed.brokenHardRules()).contains(ConstraintNames.HOUSING_BEDS);
        assertThat(noBed.destinations()).containsEntry("U1-M16", SweepCounty.FAR_VILLAGE);
        SweepPoint oneBed = result.points().get(1);
        assertThat(oneBed.brokenHardRules()).isEmpty();
        assertThat(oneBed.destinations()).containsEntry("U1-M16", SweepCounty.FAR_VILLAGE);
    }

    @Test
    void twoParametersMakeAGridWithOneChainPerValueOfTheSecond() {
        LoadedProblem problem = SweepCounty.load();
        SweepRequest request = new SweepRequest(problem.name(), problem.plan(), List.of(
                SweepParameter.parse("quota=0.05,0.15", problem.plan().getPolicy()),
                SweepParameter.parse("backbone=0.2,0.4", problem.plan().getPolicy())), SECOND, 2);

        SweepResult result = new SweepRunner().run(request, p -> {
        });

        assertThat(result.points()).extracting(SweepPoint::values).containsExactly(List.of(0.05, 0.2),
                List.of(0.15, 0.2), List.of(0.05, 0.4), List.of(0.15, 0.4));
        assertThat(result.seriesCount()).isEqualTo(2);
        assertThat(result.series(1)).extracting(SweepPoint::index).containsExactly(2, 3);
        assertThat(result.points()).extracting(SweepPoint::warmStarted).containsExactly(false, true, false, true);
    }

    @Test
    void chainsAreCutOnlyUntilEverySolverHasOne() {
        LoadedProblem problem = SweepCounty.load();
        SweepRequest grid = new SweepRequest("", problem.plan(), List.of(
                SweepParameter.parse("quota=0.05:0.25:0.05", problem.plan().getPolicy()),
                SweepParameter.parse("maxCommuteKm=30,50,70", problem.plan().getPolicy())), SECOND, 2);

        assertThat(SweepRunner.chains(grid, 2)).containsExactly(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9),
                List.of(10, 11, 12, 13, 14));
        assertThat(SweepRunner.chains(quotaRequest, 1)).containsExactly(List.of(0, 1, 2, 3, 4));
    }
}
