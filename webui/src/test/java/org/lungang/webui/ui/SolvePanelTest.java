package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanOrigin;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.solve.SolveService;
import org.springframework.beans.factory.annotation.Autowired;

/** Solving on the plan page: warm start by default, the list filling during the solve, a worse result set aside. */
class SolvePanelTest extends KaribuTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private SolveService solves;
    @Autowired
    private RotationSolver solver;

    private Scenario fresh() {
        Scenario s = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "求解-" + UUID.randomUUID(), null,
                null, null));
        choose(s);
        return s;
    }

    private PlanVersion solvedVersion(Scenario s) {
        LoadedProblem home = scenarios.problem(s.getId(), List.of());
        return plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, new LoadedProblem(home.name(), home.year(),
                solver.solve(home.plan(), Duration.ofSeconds(2))));
    }

    private Checkbox warmStart() {
        return _get(Checkbox.class, spec -> spec.withId("solve-warm-start"));
    }

    private String status() {
        return _get(Span.class, spec -> spec.withId("solve-status")).getText();
    }

    private void solve(int seconds) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("solve-seconds")), seconds);
        _click(_get(Button.class, spec -> spec.withId("solve-button")));
    }

    @Test
    void warmStartIsTickedWhenTheScenarioHasAPlanEvenAfterAReload() {
        Scenario s = fresh();
        UI.getCurrent().navigate("plan");
        assertThat(warmStart().getValue()).isFalse();
        assertThat(warmStart().isEnabled()).isFalse();

        solvedVersion(s);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("versions");
        UI.getCurrent().navigate("plan");

        assertThat(warmStart().getValue()).isTrue();
        assertThat(warmStart().isEnabled()).isTrue();
    }

    @Test
    void theRotationListFillsWithTheBestPlanWhileTheSolveIsStillRunning() {
        Scenario tiny = TinyCounty.scenario(datasets, scenarios);
        Scenario s = scenarios.create(new ScenarioSpec(tiny.getDatasetId(), "求解-" + UUID.randomUUID(), null,
                null, null));
        choose(s);
        UI.getCurrent().navigate("plan");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rotation-grid"));
        // With no plan only the teachers the example county pins already are listed.
        int pinnedOnly = GridKt._size(grid);

        solve(60);
        await().pollInSameThread().atMost(Duration.ofSeconds(45)).until(() -> {
            MockVaadin.clientRoundtrip();
            return GridKt._size(grid) > pinnedOnly;
        });

        assertThat(status()).isEqualTo("求解中");
        long job = solves.list(s.getId()).get(0).job().getId();
        solves.stop(job);
    }

    @Test
    void aSolveEndingWorseThanTheCurrentPlanIsReportedAndTheCurrentPlanStays() {
        Scenario s = fresh();
        PlanVersion current = solvedVersion(s);
        Rotation teacher = plans.load(current.getId()).plan().getRotations().get(0);
        // A pin back to the teacher's own school breaks a hard rule: every re-solve is worse than the plan.
        scenarios.addOverride(s.getId(), teacher.getId(), OverrideAction.PIN, teacher.getHomeSchool().getId());
        UI.getCurrent().navigate("plan");

        solve(1);
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            MockVaadin.clientRoundtrip();
            return status().startsWith("已完成");
        });

        assertThat(status()).isEqualTo("已完成（第 2 版未采用）");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement()
                .getTextRecursively()).contains("不如第 1 版").contains("当前方案仍是第 1 版"));
        assertThat(plans.latest(s.getId())).get().extracting(PlanVersion::getId).isEqualTo(current.getId());
    }

    @Test
    void aScoreIsShownInWords() {
        assertThat(Words.score(HardMediumSoftLongScore.of(0, -2, 12798))).isEqualTo("合法 · 比例缺口 2 人 · 目标得分 12,798");
        assertThat(Words.score(HardMediumSoftLongScore.of(-3, 0, -5))).isEqualTo("不合法：违反硬性规则 3 处 · 比例全部达标 · 目标得分 -5");
        assertThat(Words.levels(HardMediumSoftLongScore.of(0, 1, -40))).isEqualTo("硬 0 · 中 +1 · 软 -40");
    }
}
