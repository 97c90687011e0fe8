package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.json.LoadedProblem;
import org.lungang.solver.RotationSolver;
import org.lungang.webui.cycle.ApprovedYear;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.plan.PlanOrigin;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.springframework.beans.factory.annotation.Autowired;

/** 批准方案并开始下一学年 on the two-school county, solved once: the record, its list, and the next year. */
class SchoolYearsViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private RotationSolver solver;

    private Dataset dataset;
    private Scenario twoSchools;
    private PlanVersion version;

    @BeforeEach
    void solvedTwoSchools() {
        dataset = datasets.importJson(UiFixture.resource("two-schools.json"), "two-schools.json");
        twoSchools = scenarios.create(new ScenarioSpec(dataset.getId(), "两校基准", null, null, null));
        LoadedProblem home = scenarios.problem(twoSchools.getId(), List.of());
        version = plans.newVersion(twoSchools.getId(), null, PlanOrigin.SOLVE, new LoadedProblem(home.name(),
                home.year(), solver.solve(home.plan(), Duration.ofSeconds(1))));
        choose(twoSchools);
        UI.getCurrent().navigate("school-years");
    }

    private void approve() {
        clickInBrowser(_get(Button.class, spec -> spec.withId("approve-year")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("approve-year-confirm")));
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<ApprovedYear> approvedYears() {
        return _get(Grid.class, spec -> spec.withId("approved-years-grid"));
    }

    @Test
    void approvingThePlanContinuesInTheNextYearsDataset() {
        assertThat(text("approve-status")).isEqualTo("2025 学年尚未批准");

        approve();

        assertThat(text("current-scenario")).isEqualTo("Two schools 2026 · 两校基准");
        assertThat(text("approve-status")).isEqualTo("2026 学年尚未批准");
        assertThat(_get(Button.class, spec -> spec.withId("approve-year")).isEnabled()).isTrue();
    }

    @Test
    void theApprovedYearIsListedWithItsListAsApproved() {
        approve();

        ApprovedYear shown = approvedYears().asSingleSelect().getValue();
        assertThat(shown.getDatasetId()).isEqualTo(dataset.getId());
        assertThat(shown.getPlanVersionNumber()).isEqualTo(version.getVersionNumber());
        assertThat(_get(H3.class, spec -> spec.withId("approved-list-title")).getText())
                .startsWith("2025 学年交流轮岗名单（" + version.getMoves() + " 人）");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("approved-list-grid"))))
                .isEqualTo(version.getMoves());
    }

    @Test
    void anApprovedYearCannotBeApprovedAgainFromTheView() {
        approve();
        choose(twoSchools);
        UI.getCurrent().navigate("school-years");

        assertThat(text("approve-status")).isEqualTo("2025 学年已批准（方案第 " + version.getVersionNumber()
                + " 版，批准人 planner），名单只读");
        assertThat(_get(Button.class, spec -> spec.withId("approve-year")).isEnabled()).isFalse();
    }

    @Test
    void aViewerSeesTheYearsButCannotApprove() {
        loginAs("VIEWER");
        UI.getCurrent().navigate("school-years");

        assertThat(_find(Button.class, spec -> spec.withId("approve-year"))).isEmpty();
        assertThat(text("approve-status")).isEqualTo("2025 学年尚未批准");
    }
}
