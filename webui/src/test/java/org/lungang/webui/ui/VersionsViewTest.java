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
import org.lungang.webui.plan.PlanOrigin;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
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

    @BeforeEach
    void twoVersions() {
        own = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "版本-" + UUID.randomUUID(), null, null,
                null));
        LoadedProblem home = scenarios.problem(own.getId(), List.of());
        LoadedProblem solved = new LoadedProblem(home.name(), home.year(),
                solver.solve(scenarios.problem(own.getId(), List.of()).plan(), Duration.ofSeconds(2)));
        good = plans.newVersion(own.getId(), null, PlanOrigin.SOLVE, solved);
        worse = plans.newVersion(own.getId(), null, PlanOrigin.SOLVE, home);
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
        assertThat(_find(Span.class, spec -> spec.withText("当前方案"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withText("未采用（不如第 1 版）"))).hasSize(1);
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
    }

    @Test
    void twoVersionsAreComparedTeacherByTeacherWithNames() {
        select(good, worse);
        _click(_get(Button.class, spec -> spec.withId("version-compare")));

        int changes = plans.diff(good.getId(), worse.getId()).changes().size();
        assertThat(changes).isPositive();
        Grid<?> diff = _get(Grid.class, spec -> spec.withId("version-diff-grid"));
        assertThat(GridKt._size(diff)).isEqualTo(changes);
        // Every teacher who moves in the solved version stays in the everybody-at-home one.
        assertThat(GridKt._getFormattedRow(diff, 0).get(3)).isEqualTo("留任本校");
        assertThat(GridKt._getFormattedRow(diff, 0).get(0)).doesNotMatch("T\\d+");
        assertThat(_get(Span.class, spec -> spec.withId("version-diff-summary")).getText())
                .startsWith("去向不同的教师 " + changes + " 人；得分：合法");
    }

    @Test
    void theScoreAnalysisListsEveryRuleInChineseWithItsLevelPenaltyAndLinkedMatches() {
        select(worse);
        _click(_get(Button.class, spec -> spec.withId("version-analyse")));

        Div panel = _get(Div.class, spec -> spec.withId("score-analysis"));
        List<Details> rules = _find(panel, Details.class);
        assertThat(rules).hasSize(plans.analysis(worse.getId()).constraints().size());
        String first = rules.get(0).getSummary().getElement().getTextRecursively();
        // Everybody at home misses the school quotas: the medium rule with its gap comes first.
        assertThat(first).startsWith("学校交流比例政策比例得分 -");
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("School rotation quota");
        List<Anchor> links = _find(rules.get(0), Anchor.class);
        assertThat(links).isNotEmpty();
        assertThat(links.get(0).getHref()).startsWith("schools?school=");
        assertThat(links.get(0).getText()).doesNotMatch("S\\d+");
    }

    @Test
    void aSchoolLinkOpensThatSchoolsDialog() {
        String schoolId = plans.load(good.getId()).plan().getSchools().get(0).getId();
        String name = plans.load(good.getId()).plan().getSchools().get(0).getName();

        UI.getCurrent().navigate("schools?school=" + schoolId);

        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).singleElement()
                .satisfies(d -> assertThat(d.getHeaderTitle()).isEqualTo(name));
    }
}
