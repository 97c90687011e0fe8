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
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.School;
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
    void movingATeacherByHandPreviewsTheScoreThenPinsTheMove() {
        scenarios.overrides(scenario.getId()).forEach(o -> scenarios.removeOverride(scenario.getId(), o.getId()));
        UI.getCurrent().navigate("teachers");
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-eligible")), true);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("teacher-grid"));
        // The example county pins some teachers already: open rows until one can be moved.
        for (int row = 0; _find(ComboBox.class, spec -> spec.withId("move-target")).isEmpty(); row++) {
            _find(Button.class, spec -> spec.withText("关闭")).forEach(b -> _click(b));
            GridKt._clickItem(grid, row);
        }
        @SuppressWarnings("unchecked")
        ComboBox<School> target = _get(ComboBox.class, spec -> spec.withId("move-target"));
        School school = target.getListDataView().getItem(0);

        _setValue(target, school);
        assertThat(_get(Div.class, spec -> spec.withId("move-preview")).getElement().getTextRecursively())
                .startsWith("得分：");
        _click(_get(Button.class, spec -> spec.withId("apply-move")));
        // A move that breaks a hard rule asks first (HardRuleSafetyTest); the planner confirms it here.
        _find(ConfirmDialog.class, spec -> spec.withId("hard-rule-confirm")).forEach(ConfirmDialogKt::_fireConfirm);

        assertThat(scenarios.overrides(scenario.getId())).singleElement().satisfies(o -> {
            assertThat(o.getAction()).isEqualTo(OverrideAction.PIN);
            assertThat(o.getSchoolId()).isEqualTo(school.getId());
        });
        UI.getCurrent().navigate("plan");
        _setValue(_get(Checkbox.class, spec -> spec.withId("pinned-only")), true);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("rotation-grid")))).isPositive();
    }

    @Test
    void aViewerSeesThePlanButCannotSolve() {
        loginAs("VIEWER");
        UI.getCurrent().navigate("plan");

        assertThat(_find(Button.class, spec -> spec.withId("solve-button"))).isEmpty();
        assertThat(_get(Grid.class, spec -> spec.withId("rotation-grid"))).isNotNull();
    }
}
