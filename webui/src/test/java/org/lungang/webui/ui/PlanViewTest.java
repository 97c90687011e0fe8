package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.lungang.webui.scenario.OverrideAction;

class PlanViewTest extends KaribuTest {

    private void solveFor(int seconds) {
        UI.getCurrent().navigate("plan");
        _setValue(_get(IntegerField.class, spec -> spec.withId("solve-seconds")), seconds);
        _click(_get(Button.class, spec -> spec.withId("solve-button")));
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            MockVaadin.clientRoundtrip();
            return _get(Span.class, spec -> spec.withId("solve-status")).getText().equals("已完成");
        });
    }

    @Test
    void solvingShowsLiveProgressAndThenTheRotationList() {
        solveFor(2);

        assertThat(_get(Span.class, spec -> spec.withId("solve-score")).getText()).startsWith("得分 ");
        assertThat(_get(Button.class, spec -> spec.withId("solve-button")).isEnabled()).isTrue();
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rotation-grid"));
        assertThat(GridKt._size(grid)).isPositive();
    }

    @Test
    void pinningAMoveFromItsDialogRecordsThePinAndMarksTheRow() {
        scenarios.overrides(scenario.getId()).forEach(o -> scenarios.removeOverride(scenario.getId(), o.getId()));
        solveFor(2);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rotation-grid"));
        String teacher = GridKt._getFormattedRow(grid, 0).get(0);

        GridKt._clickItem(grid, 0);
        _click(_get(Button.class, spec -> spec.withId("pin-button")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("pinned-only")), true);

        assertThat(scenarios.overrides(scenario.getId()))
                .singleElement().extracting(o -> o.getAction()).isEqualTo(OverrideAction.PIN);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).isEqualTo(teacher);
    }

    @Test
    void aViewerSeesThePlanButCannotSolve() {
        loginAs("VIEWER");
        UI.getCurrent().navigate("plan");

        assertThat(_find(Button.class, spec -> spec.withId("solve-button"))).isEmpty();
        assertThat(_get(Grid.class, spec -> spec.withId("rotation-grid"))).isNotNull();
    }
}
