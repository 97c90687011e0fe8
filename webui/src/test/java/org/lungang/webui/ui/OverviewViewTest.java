package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.lungang.webui.base.BackgroundRun;
import org.lungang.webui.overview.RiseProofService;
import org.lungang.webui.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class OverviewViewTest extends KaribuTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private RiseProofService proofs;

    @Test
    void theOverviewShowsTheCountysFiguresInChineseWithAMarkPerIndicator() {
        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withId("overview-scenario")).getText())
                .isEqualTo(UiFixture.COUNTY + " · " + UiFixture.SCENARIO);
        // The example county's file pins one teacher's move (T002 to S04): not "nobody moves".
        assertThat(_get(Span.class, spec -> spec.withText("尚未求解：以下为现状加规划员手动安排的 1 人交流"))).isNotNull();
        Grid<?> indicators = _get(Grid.class, spec -> spec.withId("indicator-grid"));
        assertThat(GridKt._size(indicators)).isPositive();
        // Marks for the school quotas, the backbone share, the cadre exchange and all quotas together.
        assertThat(_find(Span.class).stream().filter(s -> s.getElement().hasAttribute("data-tone")).toList())
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(badge -> assertThat(badge.getText()).isIn("达标", "接近", "未达标"));
        assertThat(_get(Div.class, spec -> spec.withId("indicator-chart")).getElement().getChild(0).getTag())
                .isEqualTo("div");
    }

    @Test
    void aPlanThatRaisesACoefficientLetsThePlannerProveWhetherTheRiseCouldBeAvoidedAndHowNearThePlanIs() {
        UI.getCurrent().navigate("");
        // The workspace is the session's: the test's mocked session is current here.
        Workspace.Snapshot snapshot = context.getBean(Workspace.class).snapshot().orElseThrow();
        assertThat(proofs.rising(snapshot.plan())).as("the example county's hand move raises a coefficient")
                .isNotEmpty();

        _get(Button.class, spec -> spec.withId("rise-proof-button")).click();
        RiseProofService.RiseProofRun run = proofs.latest(snapshot.scenario().getId(), snapshot.plan()).orElseThrow();
        await().atMost(Duration.ofSeconds(90)).until(() -> run.state() != BackgroundRun.State.RUNNING);
        UI.getCurrent().navigate("plan");
        UI.getCurrent().navigate("");

        assertThat(run.state()).isEqualTo(BackgroundRun.State.COMPLETED);
        List<String> lines = _get(Div.class, spec -> spec.withId("rise-proof-result")).getChildren()
                .map(c -> c.getElement().getText()).toList();
        int rising = proofs.rising(snapshot.plan()).size();
        assertThat(lines).hasSize(rising + 1);
        assertThat(lines.subList(0, rising))
                .allSatisfy(line -> assertThat(line).containsAnyOf("上升由交流比例造成", "上升可以避免", "未能判定"));
        assertThat(_get(Div.class, spec -> spec.withId("guarded-bound")).getElement().getText())
                .startsWith("岗位填补与通勤距离距缺口不超过");
    }

    @Test
    void switchingToEnglishShowsTheViewsInEnglish() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("plan");

        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("solve-button")).getText())
                .isEqualTo("Solve");
    }
}
