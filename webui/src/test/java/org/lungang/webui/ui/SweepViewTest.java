package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.sweep.SweepParameterException.Reason;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.sweep.SweepService;
import org.springframework.beans.factory.annotation.Autowired;

/** A what-if sweep from the Scenarios view, on the two-school county so that each point solves in a second. */
class SweepViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;

    private Scenario tiny;

    @BeforeEach
    void tinyCounty() {
        Dataset dataset = datasets.importJson(UiFixture.resource("two-schools.json"), "two-schools.json");
        tiny = scenarios.create(new ScenarioSpec(dataset.getId(), "两校基准", null, null, null));
        choose(tiny);
    }

    @SuppressWarnings("unchecked")
    private void sweepQuota(String values) {
        UI.getCurrent().navigate("scenarios");
        _setValue(_get(Select.class, spec -> spec.withId("sweep-param-1")), "quota");
        _setValue(_get(TextField.class, spec -> spec.withId("sweep-values-1")), values);
        _setValue(_get(IntegerField.class, spec -> spec.withId("sweep-seconds")), 1);
        clickInBrowser(_get(Button.class, spec -> spec.withId("sweep-run")));
    }

    private String status() {
        return _get(Span.class, spec -> spec.withId("sweep-status")).getText();
    }

    @Test
    void aTwoPointSweepShowsProgressThenTheChartAndARowPerPoint() {
        sweepQuota("10,30");
        assertThat(status()).startsWith("正在求解");
        assertThat(_get(Button.class, spec -> spec.withId("sweep-run")).isEnabled()).isFalse();

        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            MockVaadin.clientRoundtrip();
            return status().equals("扫描完成：共 2 个点");
        });

        Div chart = _get(Div.class, spec -> spec.withId("sweep-chart"));
        assertThat(chart.getChildren().filter(Svg.class::isInstance)).hasSize(1);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("sweep-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).isEqualTo("交流比例 10%");
        assertThat(GridKt._getFormattedRow(grid, 1).get(0)).isEqualTo("交流比例 30%");
        assertThat(_get(Button.class, spec -> spec.withId("sweep-run")).isEnabled()).isTrue();
    }

    @Test
    void aSweepInTheEnglishUiDrawsItsChartInEnglishAloneAndInTheChineseUiInChineseAlone() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            UI.getCurrent().setLocale(locale);
            sweepQuota("10,30");
            await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
                MockVaadin.clientRoundtrip();
                return _get(Div.class, spec -> spec.withId("sweep-chart")).getChildren().findAny().isPresent();
            });

            String svg = _get(Div.class, spec -> spec.withId("sweep-chart")).getChildren()
                    .map(c -> c.getElement().getProperty("innerHTML")).findFirst().orElseThrow();
            // The chart's words: every text, title (tooltip) and description, without the markup.
            String words = String.join(" ", svg.split("<[^>]*>")).replace("Two schools", "");
            if (locale == Locale.ENGLISH) {
                assertThat(words).contains("Shortage posts filled", "Quota = 10%").doesNotContainPattern("\\p{IsHan}");
            } else {
                assertThat(words).contains("填补缺编岗位", "交流比例 = 10%").doesNotContain("Shortage", "rule");
            }
        }
    }

    @Test
    void aSweptPointOpensAsAScenarioWithItsPolicyAndItsPlan() {
        sweepQuota("10,30");
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            MockVaadin.clientRoundtrip();
            return status().equals("扫描完成：共 2 个点");
        });
        @SuppressWarnings("unchecked")
        Grid<SweepPoint> grid = _get(Grid.class, spec -> spec.withId("sweep-grid"));
        SweepPoint point = GridKt._get(grid, 1);

        _click((Button) GridKt._getCellComponent(grid, 1, "open"));

        List<Scenario> all = scenarios.list(tiny.getDatasetId());
        assertThat(all).hasSize(2);
        Scenario opened = all.get(1);
        assertThat(opened.getName()).isEqualTo("两校基准 · 交流比例 30%");
        assertThat(opened.getDescription()).isEqualTo("扫描点（交流比例 30%），来自情景“两校基准”");
        assertThat(opened.getPolicyJson()).contains("\"rotationQuota\":0.3");
        assertThat(plans.latest(opened.getId())).hasValueSatisfying(
                version -> assertThat(version.getMoves()).isEqualTo(point.rotated()));
    }

    @Test
    void aRangeThatRunsBackwardsIsRefusedInChineseWithTheValuesAsEnteredBeforeAnythingIsSolved() {
        sweepQuota("30:10:10");

        String refusal = "交流比例：取值范围颠倒了，起点 30% 大于终点 10%";
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo("未能执行：" + refusal));
        TextField values = _get(TextField.class, spec -> spec.withId("sweep-values-1"));
        assertThat(values.isInvalid()).isTrue();
        assertThat(values.getErrorMessage()).isEqualTo(refusal);
        assertThat(status()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("sweep-run")).isEnabled()).isTrue();
    }

    @Test
    void aShareAboveAHundredPercentIsRefusedInEnglishInTheEnglishUi() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        sweepQuota("50,150");

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("Not done: Quota: the values must be between 0% and 100%, was 150%"));
    }

    @Test
    void aTimePerPointBeyondTheLimitIsRefusedInChineseAndTheFieldMarked() {
        UI.getCurrent().navigate("scenarios");
        IntegerField seconds = _get(IntegerField.class, spec -> spec.withId("sweep-seconds"));
        _setValue(seconds, 0);
        clickInBrowser(_get(Button.class, spec -> spec.withId("sweep-run")));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .isEqualTo("未能执行：每点求解时间应在 1 秒到 10 分钟之间"));
        assertThat(seconds.isInvalid()).isTrue();
        assertThat(status()).isEmpty();
    }

    @Test
    void everyReasonAndLimitASweepIsRefusedForIsWordedInBothLanguages() {
        for (Reason reason : Reason.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                UI.getCurrent().setLocale(locale);
                assertThat(UI.getCurrent().getTranslation("sweepError." + reason.name(), "x", "1", "2", "3", "4"))
                        .as(reason + " in " + locale).doesNotStartWith("!").startsWith("x");
            }
        }
        for (SweepService.Limit limit : SweepService.Limit.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                UI.getCurrent().setLocale(locale);
                assertThat(UI.getCurrent().getTranslation("sweepError." + limit.name(), "1", "2"))
                        .as(limit + " in " + locale).doesNotStartWith("!");
            }
        }
    }

    @Test
    void aViewerCannotRunASweep() {
        loginAs("VIEWER");
        UI.getCurrent().navigate("scenarios");

        assertThat(_find(Button.class, spec -> spec.withId("sweep-run"))).isEmpty();
    }
}
