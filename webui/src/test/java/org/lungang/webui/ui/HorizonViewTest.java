package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.cycle.HorizonService.SolvedYear;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;

/** A horizon from its view, on the two-school county so that each year solves in a second. */
class HorizonViewTest extends KaribuTest {

    @BeforeEach
    void twoSchools() {
        Dataset dataset = datasets.importJson(UiFixture.resource("two-schools.json"), "two-schools.json");
        Scenario own = scenarios.create(new ScenarioSpec(dataset.getId(), "两校推演", null, null, null));
        choose(own);
        UI.getCurrent().navigate("horizon");
    }

    private String status() {
        return _get(Span.class, spec -> spec.withId("horizon-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<SolvedYear> table() {
        return _get(Grid.class, spec -> spec.withId("horizon-grid"));
    }

    private void runTwoYears() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("horizon-years")), 2);
        _setValue(_get(IntegerField.class, spec -> spec.withId("horizon-seconds")), 1);
        clickInBrowser(_get(Button.class, spec -> spec.withId("horizon-run")));
    }

    private void awaitEnd() {
        await().pollInSameThread().atMost(Duration.ofMinutes(2)).until(() -> {
            MockVaadin.clientRoundtrip();
            return !status().startsWith("正在求解");
        });
    }

    @Test
    void aRunningHorizonShowsWhichYearOfHowManyItSolves() {
        runTwoYears();

        assertThat(status()).matches("正在求解第 [12] 年（共 2 年）：202[56] 学年");
        assertThat(_get(Button.class, spec -> spec.withId("horizon-run")).isEnabled()).isFalse();
        awaitEnd();
    }

    @Test
    void aFinishedHorizonShowsARowPerYearTheChartAndTheFirstYearsMet() {
        runTwoYears();
        awaitEnd();

        assertThat(status()).isEqualTo("推演完成：2 个学年（2025–2026）");
        assertThat(GridKt._size(table())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(table(), 1).get(0)).isEqualTo("2026");
        Div chart = _get(Div.class, spec -> spec.withId("horizon-chart"));
        assertThat(chart.getChildren().filter(Svg.class::isInstance)).hasSize(1);
        assertThat(_get(Div.class, spec -> spec.withId("horizon-summary")).getElement().getTextRecursively())
                .contains("阈值首次达到", "覆盖率 100%");
        assertThat(_get(Button.class, spec -> spec.withId("horizon-run")).isEnabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachYearsListIsShownForTheYearChosen() {
        runTwoYears();
        awaitEnd();

        _setValue(_get(Select.class, spec -> spec.withId("horizon-list-year")), 2026);

        int rotated = GridKt._get(table(), 1).figures().rotated();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("horizon-list-grid")))).isEqualTo(rotated);
    }

    @Test
    void aViewerCannotRunAHorizon() {
        loginAs("VIEWER");
        UI.getCurrent().navigate("horizon");

        assertThat(_find(Button.class, spec -> spec.withId("horizon-run"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("horizon-stop"))).isEmpty();
    }

    @Test
    void theStopButtonStopsARunningHorizonAndSaysHowManyYearsAreKept() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("horizon-years")), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withId("horizon-seconds")), 5);
        clickInBrowser(_get(Button.class, spec -> spec.withId("horizon-run")));
        Button stop = _get(Button.class, spec -> spec.withId("horizon-stop"));
        assertThat(stop.isEnabled()).isTrue();

        clickInBrowser(stop);

        assertThat(status()).matches("推演已停止：保留已完成的 [0-3] 个学年（共 3 年）");
        assertThat(stop.isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("horizon-run")).isEnabled()).isTrue();
    }

    @Test
    void aHorizonEndedOrNotStartedCannotBeStopped() {
        assertThat(_get(Button.class, spec -> spec.withId("horizon-stop")).isEnabled()).isFalse();
    }
}
