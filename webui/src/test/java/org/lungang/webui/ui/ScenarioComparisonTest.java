package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.beans.factory.annotation.Autowired;

/** The what-if comparison: a baseline the planner picks, units and totals, colours, and why a scenario does poorly. */
class ScenarioComparisonTest extends KaribuTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private RotationSolver solver;

    private Scenario good;
    private Scenario poor;

    private Scenario solvedScenario(String name, boolean breakAHardRule) {
        Scenario s = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), name, null, null, null));
        if (breakAHardRule) {
            Rotation teacher = scenarios.problem(s.getId(), List.of()).plan().getRotations().get(0);
            scenarios.addOverride(s.getId(), teacher.getId(), OverrideAction.PIN, teacher.getHomeSchool().getId());
        }
        LoadedProblem problem = scenarios.problem(s.getId(), List.of());
        plans.newVersion(s.getId(), null, PlanOrigin.SOLVE, new LoadedProblem(problem.name(), problem.year(),
                solver.solve(problem.plan(), Duration.ofSeconds(2))));
        return s;
    }

    @BeforeEach
    void twoScenarios() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        good = solvedScenario("好-" + tag, false);
        poor = solvedScenario("差-" + tag, true);
        UI.getCurrent().navigate("scenarios");
        @SuppressWarnings("unchecked")
        Grid<Scenario> grid = _get(Grid.class, spec -> spec.withId("scenario-grid"));
        grid.getListDataView().getItems().filter(s -> s.getId().equals(good.getId())
                || s.getId().equals(poor.getId())).toList().forEach(grid::select);
    }

    private Grid<?> table() {
        return _get(Grid.class, spec -> spec.withId("comparison-grid"));
    }

    private String cell(int row, Scenario s) {
        Component cell = GridKt._getCellComponent(table(), row, "scenario-" + s.getId());
        return cell.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private void pickBaseline(Scenario s) {
        ComboBox<Scenario> baseline = _get(ComboBox.class, spec -> spec.withId("comparison-baseline"));
        _setValue(baseline, baseline.getListDataView().getItems().filter(x -> x.getId().equals(s.getId()))
                .findFirst().orElseThrow());
    }

    @Test
    void theDifferencesAreToTheBaselineThePlannerPicks() {
        pickBaseline(good);
        assertThat(cell(0, good)).doesNotContain("Δ");
        assertThat(cell(0, poor)).contains("Δ");

        pickBaseline(poor);
        assertThat(cell(0, poor)).doesNotContain("Δ");
        assertThat(cell(0, good)).contains("Δ");
        assertThat(table().getColumnByKey("scenario-" + poor.getId()).getHeaderText()).endsWith("· 对比基准");
    }

    @Test
    void figuresCarryTheirUnitsAndTotalsAndAWorseScoreIsMarkedSo() {
        pickBaseline(good);
        PlanVersion v = plans.latest(good.getId()).orElseThrow();
        int eligible = plans.kpis(v.getId()).orElseThrow().county().eligible();

        assertThat(cell(1, good)).matches("\\d+人（共 " + eligible + "）");
        assertThat(cell(0, poor)).contains("较差");
        Div poorScore = (Div) GridKt._getCellComponent(table(), 0, "scenario-" + poor.getId());
        assertThat(_find(poorScore, Span.class)).anySatisfy(span ->
                assertThat(span.getElement().getAttribute("data-tone")).isEqualTo("bad"));
    }

    @Test
    void aPoorResultNamesTheRulesItMissesAndOnRequestTheRulesThatBindIt() {
        Div box = _find(Div.class, spec -> spec.withClasses("comparison-poor")).stream()
                .filter(d -> poor.getName().equals(d.getElement().getAttribute("data-scenario")))
                .findFirst().orElseThrow();
        assertThat(_get(box, Span.class, spec -> spec.withClasses("comparison-unmet")).getText())
                .startsWith("未满足的规则：").contains("不得交流到本校");
        assertThat(_find(Div.class, spec -> spec.withClasses("comparison-poor")).stream()
                .map(d -> d.getElement().getAttribute("data-scenario"))).doesNotContain(good.getName());

        _click(_get(box, Button.class, spec -> spec.withClasses("comparison-find-binding")));
        Div findings = _get(box, Div.class, spec -> spec.withClasses("comparison-binding"));
        await().pollInSameThread().atMost(Duration.ofMinutes(2)).until(() -> {
            MockVaadin.clientRoundtrip();
            return findings.getElement().getTextRecursively().contains("方法：");
        });

        String text = findings.getElement().getTextRecursively();
        assertThat(text).doesNotContain("Housing beds").doesNotContain("School rotation quota");
        assertThat(text).satisfiesAnyOf(t -> assertThat(t).contains("放宽后其余规则和目标改善"),
                t -> assertThat(t).contains("放宽任何一条规则都不能明显改善结果"));
    }
}
