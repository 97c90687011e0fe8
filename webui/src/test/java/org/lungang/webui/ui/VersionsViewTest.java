package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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

/** The versions page: history, restore, diff and the score analysis, on a scenario of its own. */
class VersionsViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private RotationSolver solver;

    private Scenario own;
    private PlanVersion good;
    private PlanVersion worse;
    private Rotation teacher;

    @BeforeEach
    void twoVersions() {
        own = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "版本-" + UUID.randomUUID(), null, null,
                null));
        LoadedProblem home = scenarios.problem(own.getId(), List.of());
        LoadedProblem solved = new LoadedProblem(home.name(), home.year(),
                solver.solve(home.plan(), Duration.ofSeconds(2)));
        good = plans.newVersion(own.getId(), null, PlanOrigin.SOLVE, solved);
        // The good plan with one teacher pinned back to her own school: a hard rule broken.
        teacher = plans.load(good.getId()).plan().getRotations().stream().filter(r -> !r.isPinned()).findFirst()
                .orElseThrow();
        scenarios.addOverride(own.getId(), teacher.getId(), OverrideAction.PIN, teacher.getHomeSchool().getId());
        worse = plans.newVersion(own.getId(), null, PlanOrigin.SOLVE,
                scenarios.problem(own.getId(), plans.decisions(good.getId())));
        plans.keepBest(worse.getId());
        choose(own);
        UI.getCurrent().navigate("versions");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> versions() {
        return _get(Grid.class, spec -> spec.withId("versions-grid"));
    }

    /** Ticks the rows of these versions (the list is newest first). */
    private void select(PlanVersion... chosen) {
        Grid<Object> grid = versions();
        for (PlanVersion v : chosen) {
            for (int row = 0; row < GridKt._size(grid); row++) {
                if (GridKt._getFormattedRow(grid, row).get(0).equals("方案第 " + v.getVersionNumber() + " 版")) {
                    grid.select(grid.getListDataView().getItem(row));
                }
            }
        }
    }

    /** The state column's badge of a row (a component column: read through its cell). */
    private String state(int row) {
        Grid<Object> grid = versions();
        return GridKt._getCellComponent(grid, row, "state").getElement().getTextRecursively();
    }

    @Test
    void theHistoryNamesHowWhoAndWhichVersionIsCurrentWithTheScoreInWords() {
        Grid<Object> grid = versions();

        assertThat(GridKt._size(grid)).isEqualTo(2);
        List<String> newest = GridKt._getFormattedRow(grid, 0);
        List<String> oldest = GridKt._getFormattedRow(grid, 1);
        assertThat(newest.get(0)).isEqualTo("方案第 2 版");
        assertThat(newest.get(2)).isEqualTo("求解（从头开始），对比第 1 版");
        assertThat(newest.get(3)).isEqualTo("planner");
        assertThat(oldest.get(5)).startsWith("合法 · ");
        assertThat(newest.get(5)).startsWith("不合法：违反硬性规则 1 处 · ");
        assertThat(state(1)).isEqualTo("当前方案");
        assertThat(state(0)).isEqualTo("未采用（不如第 1 版）");
    }

    @Test
    void restoringTheSetAsideVersionAfterConfirmingMakesItCurrentAsANewVersion() {
        select(worse);
        _click(_get(Button.class, spec -> spec.withId("version-restore")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("version-restore-confirm")));

        PlanVersion current = plans.latest(own.getId()).orElseThrow();
        assertThat(current.getVersionNumber()).isEqualTo(3);
        assertThat(current.getOrigin()).isEqualTo(PlanOrigin.RESTORE);
        assertThat(current.getScore()).isEqualTo(worse.getScore());
        assertThat(GridKt._getFormattedRow(versions(), 0).get(2)).isEqualTo("恢复第 2 版");
        assertThat(state(0)).isEqualTo("当前方案");
    }

    @Test
    void twoVersionsAreComparedTeacherByTeacherWithNames() {
        select(good, worse);
        _click(_get(Button.class, spec -> spec.withId("version-compare")));

        Grid<?> diff = _get(Grid.class, spec -> spec.withId("version-diff-grid"));
        assertThat(GridKt._size(diff)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(diff, 0)).containsExactly(teacher.getTeacher().name(),
                teacher.getHomeSchool().getName(), teacher.getDestination() == null ? "留任本校"
                        : teacher.getDestination().getName(), teacher.getHomeSchool().getName());
        assertThat(_get(Span.class, spec -> spec.withId("version-diff-summary")).getText())
                .startsWith("去向不同的教师 1 人；得分：合法").contains("→ 不合法");
    }

    @Test
    void theScoreAnalysisListsEveryRuleInChineseWithItsLevelPenaltyAndLinkedMatches() {
        select(worse);
        _click(_get(Button.class, spec -> spec.withId("version-analyse")));

        Div panel = _get(Div.class, spec -> spec.withId("score-analysis"));
        List<Details> rules = _find(panel, Details.class);
        assertThat(rules).hasSize(plans.analysis(worse.getId()).constraints().size());
        // A broken hard rule comes before every medium or soft one.
        assertThat(rules.get(0).getSummary().getElement().getTextRecursively()).contains("硬性规则得分 -");
        Details ownSchool = rules.stream().filter(d -> "No move to own school".equals(d.getElement()
                .getAttribute("data-rule"))).findFirst().orElseThrow();
        assertThat(ownSchool.getSummary().getElement().getTextRecursively()).isEqualTo("不得交流到本校硬性规则得分 -11 处");
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("School rotation quota")
                .contains("学校交流比例");
        List<Anchor> links = _find(ownSchool, Anchor.class);
        assertThat(links).isNotEmpty();
        // The sentence names them by id: each id is a link with the name, in the sentence's order.
        assertThat(links).extracting(Anchor::getHref).containsExactlyInAnyOrder(
                "schools?school=" + teacher.getHomeSchool().getId(), "teachers?teacher=" + teacher.getId());
        assertThat(links).extracting(Anchor::getText).containsExactlyInAnyOrder(teacher.getHomeSchool().getName(),
                teacher.getTeacher().name());
        assertThat(ownSchool.getContent().findFirst().orElseThrow().getElement().getTextRecursively())
                .doesNotContain(teacher.getId()).contains(teacher.getTeacher().name());
    }

    @Test
    void aSchoolLinkOpensThatSchoolsDialog() {
        String schoolId = plans.load(good.getId()).plan().getSchools().get(0).getId();
        String name = plans.load(good.getId()).plan().getSchools().get(0).getName();

        UI.getCurrent().navigate("schools", com.vaadin.flow.router.QueryParameters.of("school", schoolId));

        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).singleElement()
                .satisfies(d -> assertThat(d.getHeaderTitle()).isEqualTo(name));
    }
}
