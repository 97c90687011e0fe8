package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.rotation.ChangePreviews.Preview;
import org.lungang.webui.rotation.ChangePreviews.Suggestion;
import org.lungang.webui.rotation.ui.ShortfallTable;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.SystemIdentity;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The planner cannot break a hard rule without seeing it: previews against the current plan name the rules, a
 * breaking change asks first, an infeasible plan is announced on every view, and her decisions can be undone.
 */
class HardRuleSafetyTest extends KaribuTest {

    @Autowired
    private ChangePreviews previews;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private RotationSolver solver;
    @Autowired
    private PlanService plans;

    /** A change of one teacher the tests make: where she goes and what the preview says of it. */
    private record Change(Rotation rotation, School school, Preview preview) {
    }

    @BeforeEach
    void noDecisionsYet() {
        scenarios.overrides(scenario.getId()).forEach(o -> scenarios.removeOverride(scenario.getId(), o.getId()));
        workspace().invalidate();
    }

    /** The demo county is shared with the other view tests: leave it without the decisions made here. */
    @AfterEach
    void noDecisionsLeft() {
        for (Scenario used : List.of(scenario, UiFixture.demoCounty(datasets, scenarios))) {
            scenarios.overrides(used.getId()).forEach(o -> scenarios.removeOverride(used.getId(), o.getId()));
        }
        workspace().invalidate();
    }

    /**
     * Works on the two-school county instead (the demo county's plans admit no single safe move): a scenario without
     * decisions, solved once so that a teacher moves, or never solved (everybody at home).
     */
    private void twoSchools(boolean solve) {
        String name = solve ? "两校" : "两校（未求解）";
        scenario = SystemIdentity.call(() -> {
            Dataset dataset = datasets.list().stream().filter(d -> d.getName().equals("two-schools.json")).findFirst()
                    .orElseGet(() -> datasets.importJson(UiFixture.resource("two-schools.json"), "two-schools.json"));
            return scenarios.list(dataset.getId()).stream().filter(x -> x.getName().equals(name)).findFirst()
                    .orElseGet(() -> scenarios.create(new ScenarioSpec(dataset.getId(), name, "", null, null)));
        });
        scenarios.overrides(scenario.getId()).forEach(o -> scenarios.removeOverride(scenario.getId(), o.getId()));
        choose(scenario);
        if (solve) {
            solved();
        }
        workspace().invalidate();
    }

    /** A solved plan as the scenario's latest version. */
    private void solved() {
        if (plans.latest(scenario.getId()).isEmpty()) {
            LoadedProblem problem = scenarios.problem(scenario.getId(), List.of());
            RotationPlan best = solver.solve(problem.plan(), Duration.ofSeconds(3));
            plans.newVersion(scenario.getId(), null, new LoadedProblem(problem.name(), problem.year(), best));
        }
        workspace().invalidate();
    }

    private Workspace workspace() {
        return context.getBean(Workspace.class);
    }

    private Snapshot snapshot() {
        return workspace().snapshot().orElseThrow();
    }

    /** The first eligible, unpinned teacher and school for which the preview breaks (or keeps) the hard rules. */
    private Change find(boolean breaking) {
        Snapshot s = snapshot();
        for (Rotation r : s.plan().getRotations()) {
            if (!r.isCandidate() || r.isPinned()) {
                continue;
            }
            for (School school : s.plan().getSchools()) {
                if (school == r.getHomeSchool() || school == r.getDestination()) {
                    continue;
                }
                Preview p = previews.ofDestination(s.plan(), r, school);
                if (p.breaksHardRule() == breaking) {
                    return new Change(r, school, p);
                }
            }
        }
        throw new AssertionError("The county has no " + (breaking ? "breaking" : "safe") + " hand move");
    }

    private void openTeacher(Rotation rotation) {
        UI.getCurrent().navigate("teachers", QueryParameters.of("teacher", rotation.getId()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<School> target() {
        return _get(ComboBox.class, spec -> spec.withId("move-target"));
    }

    @Test
    void aHandMoveThatBreaksAHardRuleNamesTheRuleInChineseAndAsksBeforeItIsApplied() {
        Change change = find(true);
        openTeacher(change.rotation());
        _setValue(target(), change.school());

        String preview = _get(Div.class, spec -> spec.withId("move-preview")).getElement().getTextRecursively();
        String rule = Labels.zhRule(change.preview().brokenHardRules().get(0).constraintName());
        assertThat(preview).contains("与当前方案相比：硬性规则 −").contains("（变差）").contains("将违反的硬性规则")
                .contains(rule);
        _click(_get(Button.class, spec -> spec.withId("apply-move")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("hard-rule-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains(rule);
        assertThat(scenarios.overrides(scenario.getId())).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(scenarios.overrides(scenario.getId())).singleElement().satisfies(o -> {
            assertThat(o.getTeacherId()).isEqualTo(change.rotation().getId());
            assertThat(o.getSchoolId()).isEqualTo(change.school().getId());
        });
    }

    @Test
    void aBreakingHandMoveCancelledAtTheQuestionIsNotApplied() {
        Change change = find(true);
        openTeacher(change.rotation());
        _setValue(target(), change.school());
        _click(_get(Button.class, spec -> spec.withId("apply-move")));

        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("hard-rule-confirm")));

        assertThat(scenarios.overrides(scenario.getId())).isEmpty();
    }

    @Test
    void aHandMoveThatKeepsEveryHardRuleIsAppliedWithoutAQuestion() {
        twoSchools(false);
        Change change = find(false);
        openTeacher(change.rotation());
        _setValue(target(), change.school());
        assertThat(_get(Div.class, spec -> spec.withId("move-preview")).getElement().getTextRecursively())
                .contains("硬性规则 不变").doesNotContain("将违反的硬性规则");

        _click(_get(Button.class, spec -> spec.withId("apply-move")));

        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("hard-rule-confirm"))).isEmpty();
        assertThat(scenarios.overrides(scenario.getId())).hasSize(1);
    }

    @Test
    void recommendationsNeverListTheTeachersOwnSchoolAndEachScoresAsItsPreviewAgainstTheCurrentPlan() {
        Snapshot s = snapshot();
        int checked = 0;
        for (Rotation r : s.plan().getRotations()) {
            if (!r.isCandidate() || r.isPinned()) {
                continue;
            }
            List<Suggestion> suggestions = previews.suggestions(s.plan(), r);
            assertThat(suggestions).extracting(Suggestion::destination).doesNotContain(r.getHomeSchool());
            for (Suggestion suggestion : suggestions) {
                Preview p = previews.ofDestination(s.plan(), r, suggestion.destination());
                assertThat(suggestion.delta()).as(r.getId() + " → " + suggestion.destination())
                        .isEqualTo(p.delta());
                assertThat(suggestion.breaksHardRule()).isEqualTo(p.breaksHardRule());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void recommendationsThatBreakAHardRuleAreListedApartAndMarked() {
        Change change = find(true);
        openTeacher(change.rotation());

        Grid<?> safe = _get(Grid.class, spec -> spec.withId("recommendations"));
        for (int i = 0; i < GridKt._size(safe); i++) {
            assertThat(((Suggestion) GridKt._get(safe, i)).breaksHardRule()).isFalse();
        }
        Grid<?> breaking = _get(Grid.class, spec -> spec.withId("breaking-recommendations"));
        assertThat(GridKt._size(breaking)).isPositive();
        for (int i = 0; i < GridKt._size(breaking); i++) {
            assertThat(((Suggestion) GridKt._get(breaking, i)).breaksHardRule()).isTrue();
        }
    }

    @Test
    void forbiddingTheCurrentMoveShowsTheTeacherStayingFirstAndForbidsOnlyWhenConfirmed() {
        twoSchools(true);
        Rotation mover = snapshot().plan().getRotations().stream()
                .filter(r -> r.isMoving() && !r.isPinned()).findFirst().orElseThrow();
        String school = mover.getDestination().getName();
        openTeacher(mover);
        _click(_get(Button.class, spec -> spec.withId("forbid-button")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("forbid-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).contains(school);
        assertThat(confirm.getElement().getTextRecursively()).contains("改为留在本校").contains("与当前方案相比：");
        assertThat(scenarios.overrides(scenario.getId())).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(scenarios.overrides(scenario.getId())).singleElement()
                .satisfies(o -> assertThat(o.getAction()).isEqualTo(OverrideAction.FORBID));
    }

    @Test
    void beforeTheFirstSolveTheOverviewCountsThePlannersHandMovesInsteadOfSayingNobodyMoves() {
        twoSchools(false);
        Change move;
        try {
            move = find(false);
        } catch (AssertionError noSafeMove) {
            move = find(true);
        }
        scenarios.addOverride(scenario.getId(), move.rotation().getId(), OverrideAction.PIN, move.school().getId());
        workspace().invalidate();

        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withText("尚未求解：以下为现状加规划员手动安排的 1 人交流"))).isNotNull();
        assertThat(_find(Span.class, spec -> spec.withText("尚未求解：以下为现状（无人交流）"))).isEmpty();
    }

    @Test
    void aFeasiblePlanShowsNoBanner() {
        UI.getCurrent().navigate("");

        assertThat(_find(Div.class, spec -> spec.withId("infeasible-banner"))).isEmpty();
    }

    @Test
    void anInfeasiblePlanShowsABannerOnEveryViewNamingTheRuleAndLinkingTheTeacher() {
        Change change = find(true);
        scenarios.addOverride(scenario.getId(), change.rotation().getId(), OverrideAction.PIN,
                change.school().getId());
        workspace().invalidate();
        String rule = Labels.zhRule(change.preview().brokenHardRules().get(0).constraintName());

        for (String view : List.of("", "plan", "schools", "teachers", "map", "scenarios", "decisions",
                "import-export")) {
            UI.getCurrent().navigate(view);
            Div banner = _get(Div.class, spec -> spec.withId("infeasible-banner"));
            assertThat(banner.getElement().getTextRecursively().trim()).as(view).startsWith("当前方案违反")
                    .contains(rule);
            assertThat(_find(banner, Anchor.class)).as(view).extracting(Anchor::getHref)
                    .contains("teachers?teacher=" + change.rotation().getId());
        }
    }

    @Test
    void theBannersTeacherLinkOpensHerDecisionWithTheUndo() {
        Change change = find(true);
        scenarios.addOverride(scenario.getId(), change.rotation().getId(), OverrideAction.PIN,
                change.school().getId());
        workspace().invalidate();

        openTeacher(change.rotation());
        Div decisions = _get(Div.class, spec -> spec.withId("teacher-decisions"));
        assertThat(decisions.getElement().getTextRecursively()).contains("锁定交流到 " + change.school().getName());
        _click(_get(decisions, Button.class, spec -> spec.withText("撤销")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("undo-confirm")));

        assertThat(scenarios.overrides(scenario.getId())).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("infeasible-banner"))).isEmpty();
    }

    @Test
    void theShortfallTableListsTheBrokenHardRuleFirstWithTheSchoolsByName() {
        Change change = find(true);
        scenarios.addOverride(scenario.getId(), change.rotation().getId(), OverrideAction.PIN,
                change.school().getId());
        workspace().invalidate();
        UI.getCurrent().navigate("");

        ShortfallTable table = _get(ShortfallTable.class, spec -> spec.withId("shortfall-grid"));
        ShortfallTable.Row first = table.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(first.broken()).isNotNull();
        assertThat(first.broken().teachers()).contains(snapshot().plan().rotationOf(change.rotation().getId()));
    }

    @Test
    void shortfallsAndExplanationsNameSchoolsInsteadOfIdsAndTheNameOpensTheSchool() {
        Snapshot s = snapshot();
        School school = s.plan().getSchools().get(0);
        Span text = org.lungang.webui.rotation.ui.PlanLinks.text(s, "学校 " + school.getId() + "：交流比例，差 1",
                r -> { });
        UI.getCurrent().add(text);

        assertThat(text.getElement().getTextRecursively()).isEqualTo("学校 " + school.getName() + "：交流比例，差 1");
        _click(_get(text, Span.class, spec -> spec.withClasses("school-link")));
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("school-dialog"))
                .getHeaderTitle()).isEqualTo(school.getName());
    }

    @Test
    void thePlansDecisionsAreListedWithWhoMadeThemAndEachCanBeUndone() {
        Change move = find(true);
        scenarios.addOverride(scenario.getId(), move.rotation().getId(), OverrideAction.PIN, move.school().getId());
        scenarios.addOverride(scenario.getId(), move.rotation().getId(), OverrideAction.FORBID,
                move.rotation().getHomeSchool() == snapshot().plan().getSchools().get(0)
                        ? snapshot().plan().getSchools().get(1).getId() : snapshot().plan().getSchools().get(0).getId());
        UI.getCurrent().navigate("decisions");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("decision-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("decision-count")).getText()).isEqualTo("共 2 项");
        _click((Button) GridKt._getCellComponent(grid, 0, "undo"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("undo-confirm")));

        assertThat(scenarios.overrides(scenario.getId())).hasSize(1);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void undoingAHandMoveIsPreviewedAgainstTheCurrentPlanAndUndoneOnlyWhenConfirmed() {
        Change move = find(true);
        scenarios.addOverride(scenario.getId(), move.rotation().getId(), OverrideAction.PIN, move.school().getId());
        UI.getCurrent().navigate("decisions");

        _click((Button) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("decision-grid")), 0, "undo"));

        // Undoing the breaking hand move mends the plan: the hard rules it broke come back.
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("undo-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("撤销这一决定？");
        assertThat(confirm.getElement().getTextRecursively())
                .contains("撤销对" + move.rotation().getTeacher().name() + "的决定“锁定交流到 "
                        + move.school().getName() + "”")
                .contains("与当前方案相比：硬性规则 +").contains("（改善）").doesNotContain("将违反的硬性规则");
        assertThat(scenarios.overrides(scenario.getId())).hasSize(1);
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(scenarios.overrides(scenario.getId())).hasSize(1);
    }

    @Test
    void undoingAPinThatKeptAHardRuleNamesTheRuleItWouldBreakAndAsksToApplyAnyway() {
        // A plan version that sends a teacher where she breaks a hard rule, and the planner's pin keeping her home.
        scenario = SystemIdentity.call(() -> scenarios.list(scenario.getDatasetId()).stream()
                .filter(x -> x.getName().equals("撤销预览")).findFirst()
                .orElseGet(() -> scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "撤销预览", "", null,
                        null))));
        choose(scenario);
        workspace().invalidate();
        Change move = find(true);
        plans.newVersion(scenario.getId(), null, scenarios.problem(scenario.getId(), List.of(
                new DecisionDto(move.rotation().getId(), move.school().getId(), false, List.of()))));
        scenarios.addOverride(scenario.getId(), move.rotation().getId(), OverrideAction.PIN, null);
        workspace().invalidate();
        long hardBefore = snapshot().score().hardScore();
        UI.getCurrent().navigate("decisions");

        _click((Button) GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("decision-grid")), 0, "undo"));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("undo-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("撤销后当前方案将违反硬性规则");
        assertThat(confirm.getElement().getTextRecursively()).contains("将违反的硬性规则")
                .contains(Labels.zhRule(move.preview().brokenHardRules().get(0).constraintName()));
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(scenarios.overrides(scenario.getId())).isEmpty();
        assertThat(snapshot().score().hardScore()).isLessThan(hardBefore);
    }

    @Test
    void theExportOfAnInfeasiblePlanCarriesItsBrokenRules() {
        Change change = find(true);
        scenarios.addOverride(scenario.getId(), change.rotation().getId(), OverrideAction.PIN,
                change.school().getId());
        workspace().invalidate();

        var status = org.lungang.webui.rotation.ui.PlanExport.status(workspace(), snapshot());

        assertThat(status.feasible()).isFalse();
        assertThat(status.brokenRules()).contains(change.preview().brokenHardRules().get(0).constraintName());
        assertThat(status.version()).contains("规划员决定");
    }

    @Test
    void inEnglishThePreviewAndTheBannerSpeakEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Change change = find(true);
        String rule = change.preview().brokenHardRules().get(0).constraintName();
        openTeacher(change.rotation());
        _setValue(target(), change.school());

        assertThat(_get(Div.class, spec -> spec.withId("move-preview")).getElement().getTextRecursively())
                .contains("Compared with the current plan: hard rules −").contains("(worse)").contains(rule);
        _click(_get(Button.class, spec -> spec.withId("apply-move")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("hard-rule-confirm")));

        assertThat(_get(Div.class, spec -> spec.withId("infeasible-banner")).getElement().getTextRecursively().trim())
                .startsWith("The current plan breaks").contains(rule).doesNotContain("当前方案");
    }

    @Test
    void aLinkToASchoolOpensItsDialogOverTheSchoolsView() {
        School school = snapshot().plan().getSchools().get(1);

        UI.getCurrent().navigate("schools", QueryParameters.of("school", school.getId()));

        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("school-dialog"))
                .getHeaderTitle()).isEqualTo(school.getName());
    }
}
