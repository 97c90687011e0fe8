package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.springframework.beans.factory.annotation.Autowired;

/** The scenario list says what each scenario changes in the planner's words, not as stored JSON or score text. */
class ScenarioChangesTest extends KaribuTest {

    @Autowired
    private ObjectMapper objectMapper;

    @Test
    void aScenariosChangesReadAsTheFormNamesThem() {
        Scenario changed = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "改动 " + System.nanoTime(), null,
                objectMapper.createObjectNode().put("rotationQuota", 0.15).put("maxCommuteKm", 25),
                Map.of(ConstraintNames.SHORTAGE_POSTS_FILLED, "0hard/0medium/3soft"), 1.5));
        UI.getCurrent().navigate("scenarios");
        @SuppressWarnings("unchecked")
        Grid<Scenario> grid = _get(Grid.class, spec -> spec.withId("scenario-grid"));

        int row = grid.getListDataView().getItems().toList().indexOf(grid.getListDataView().getItems()
                .filter(s -> s.getId().equals(changed.getId())).findFirst().orElseThrow());
        String changes = GridKt._getFormattedRow(grid, row).get(2);

        assertThat(changes).isEqualTo("交流比例 15.0% · 通勤上限（公里） 25 · 权重：填补缺编 3 · 周转宿舍床位倍数 ×1.50");
    }
}
