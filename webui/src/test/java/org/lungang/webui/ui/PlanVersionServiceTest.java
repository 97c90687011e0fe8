package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.webui.plan.PlanOrigin;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.solve.JobStatus;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.solve.SolveService.JobState;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plan versions as the services keep them: the best plan stays current, warm start is the default, restore and hand
 * edits leave versions. (On the UI tests' application context, so the build starts one application less.)
 */
class PlanVersionServiceTest extends KaribuTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private SolveService solves;
    @Autowired
    private RotationSolver solver;

    /** A scenario of its own, with no plan yet. */
    private Scenario fresh() {
        return scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "versions-" + UUID.randomUUID(), "test",
                null, null));
    }

    private LoadedProblem solved(Scenario s) {
        LoadedProblem problem = scenarios.problem(s.getId(), List.of());
        return new LoadedProblem(problem.name(), problem.year(), solver.solve(problem.plan(), Duration.ofSeconds(2)));
    }

    /**
     * The version's plan with one teacher pinned back to her own school: a hard rule broken, so it scores worse
     * whatever the rest of the plan is. (The example county is small: its best plan may move nobody.)
     */
    private LoadedProblem withAHardRuleBroken(Scenario s, PlanVersion v) {
        Rotation teacher = plans.load(v.getId()).plan().getRotations().stream().filter(r -> !r.isPinned())
                .findFirst().orElseThrow();
        scenarios.addOverride(s.getId(), teacher.getId(), OverrideAction.PIN, teacher.getHomeSchool().getId());
        return scenarios.problem(s.getId(), plans.decisions(v.getId()));
    }

    private JobState solveToEnd(Scenario s, Boolean warmStart) {
        JobState submitted = solves.submit(s.getId(), Duration.ofSeconds(1), warmStart);
        long jobId = submitted.job().getId();
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> !solves.status(jobId).job().getStatus().isActive());
        return solves.status(jobId);
    }

    @Test
    void aVersionScoringWorseThanTheCurrentPlanIsSetAsideAndTheCurrentPlanStays() {
        Scenario s = fresh();
        PlanVersion good = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, solved(s));
        PlanVersion worse = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, withAHardRuleBroken(s, good));

        PlanService.Outcome outcome = plans.keepBest(worse.getId());

        assertThat(outcome.setAside()).isTrue();
        assertThat(outcome.replaced().getId()).isEqualTo(good.getId());
        assertThat(plans.get(worse.getId()).isSetAside()).isTrue();
        assertThat(plans.latest(s.getId())).get().extracting(PlanVersion::getId).isEqualTo(good.getId());
        assertThat(plans.versions(s.getId())).hasSize(2);
    }

    @Test
    void aVersionScoringBetterThanTheCurrentPlanBecomesCurrent() {
        Scenario s = fresh();
        PlanVersion first = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, solved(s));
        PlanVersion broken = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, withAHardRuleBroken(s, first));
        plans.restore(broken.getId());
        scenarios.overrides(s.getId()).forEach(o -> scenarios.removeOverride(s.getId(), o.getId()));
        PlanVersion better = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, solved(s));

        assertThat(plans.keepBest(better.getId()).setAside()).isFalse();
        assertThat(plans.latest(s.getId())).get().extracting(PlanVersion::getId).isEqualTo(better.getId());
    }

    @Test
    void warmStartIsTheDefaultOnceTheScenarioHasAPlan() {
        Scenario s = fresh();

        JobState first = solveToEnd(s, null);
        JobState second = solveToEnd(s, null);

        assertThat(first.job().isWarmStart()).isFalse();
        assertThat(second.job().isWarmStart()).isTrue();
        assertThat(plans.get(second.planId()).getOrigin()).isEqualTo(PlanOrigin.WARM_START);
        assertThat(plans.get(second.planId()).getBasedOnVersion())
                .isEqualTo(plans.get(first.planId()).getVersionNumber());
        assertThat(plans.get(second.planId()).getCreatedBy()).isEqualTo("planner");
    }

    @Test
    void aSolveEndingWorseThanTheCurrentPlanIsKeptAsAVersionButNotMadeCurrent() {
        Scenario s = fresh();
        JobState first = solveToEnd(s, null);
        // A pin back to the teacher's own school breaks a hard rule the solve cannot mend.
        Rotation teacher = plans.load(first.planId()).plan().getRotations().get(0);
        scenarios.addOverride(s.getId(), teacher.getId(), OverrideAction.PIN, teacher.getHomeSchool().getId());

        JobState second = solveToEnd(s, true);

        assertThat(plans.get(second.planId()).isSetAside()).isTrue();
        assertThat(plans.latest(s.getId())).get().extracting(PlanVersion::getId).isEqualTo(first.planId());
    }

    @Test
    void restoringAVersionSavesItsPlanAsTheNewCurrentVersion() {
        Scenario s = fresh();
        PlanVersion good = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, solved(s));
        plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, withAHardRuleBroken(s, good));

        PlanVersion restored = plans.restore(good.getId());

        assertThat(restored.getOrigin()).isEqualTo(PlanOrigin.RESTORE);
        assertThat(restored.getBasedOnVersion()).isEqualTo(good.getVersionNumber());
        assertThat(restored.getVersionNumber()).isEqualTo(3);
        assertThat(plans.latest(s.getId())).get().extracting(PlanVersion::getId).isEqualTo(restored.getId());
        assertThat(plans.diff(good.getId(), restored.getId()).changes()).isEmpty();
        assertThat(restored.getScore()).isEqualTo(good.getScore());
    }

    @Test
    void handEditsBecomeAVersionOnlyWhenTheyChangeADestination() {
        Scenario s = fresh();
        PlanVersion solvedVersion = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, solved(s));
        assertThat(plans.recordHandEdits(s.getId())).isEmpty();

        Rotation mover = plans.load(solvedVersion.getId()).plan().getRotations().stream()
                .filter(r -> !r.isPinned()).findFirst().orElseThrow();
        String before = mover.getDestination() == null ? null : mover.getDestination().getName();
        scenarios.addOverride(s.getId(), mover.getId(), OverrideAction.PIN, mover.getHomeSchool().getId());
        PlanVersion edited = plans.recordHandEdits(s.getId()).orElseThrow();

        assertThat(edited.getOrigin()).isEqualTo(PlanOrigin.HAND_EDIT);
        assertThat(edited.getBasedOnVersion()).isEqualTo(solvedVersion.getVersionNumber());
        assertThat(plans.diff(solvedVersion.getId(), edited.getId()).changes()).singleElement()
                .satisfies(change -> {
                    assertThat(change.teacherId()).isEqualTo(mover.getId());
                    assertThat(change.teacherName()).isEqualTo(mover.getTeacher().name());
                    assertThat(change.toSchoolNameInFirst()).isEqualTo(before);
                    assertThat(change.toSchoolNameInSecond()).isEqualTo(mover.getHomeSchool().getName());
                });
    }

    @Test
    void theScoreAnalysisNamesTheSchoolsAndTeachersOfItsMatches() {
        Scenario s = fresh();
        PlanVersion good = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, solved(s));
        PlanVersion version = plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, withAHardRuleBroken(s, good));

        var matches = plans.analysis(version.getId()).constraints().stream()
                .flatMap(c -> c.matches().stream()).toList();

        assertThat(matches).anySatisfy(m -> assertThat(m.schoolIds()).isNotEmpty());
        assertThat(matches).anySatisfy(m -> assertThat(m.teacherIds()).isNotEmpty());
        assertThat(matches).noneSatisfy(m -> assertThat(m.schoolIds()).contains("county"));
    }

    @Test
    void stoppingASolvingJobReturnsOnceItsFinalPlanIsSaved() {
        Scenario s = fresh();
        JobState running = solves.submit(s.getId(), Duration.ofMinutes(5), false);
        long jobId = running.job().getId();
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> solves.status(jobId).job().getStatus()
                == JobStatus.SOLVING);

        JobState stopped = solves.stop(jobId);

        assertThat(stopped.job().getStatus()).isEqualTo(JobStatus.STOPPED);
        assertThat(stopped.elapsed()).isLessThan(Duration.ofMinutes(1));
        assertThat(plans.get(stopped.planId()).getScore()).isEqualTo(stopped.job().getBestScore());
    }
}
