package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lungang.webui.importexport.ui.ImportExportViewAccess;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.solve.SolveService;
import org.springframework.beans.factory.annotation.Autowired;

class ScenariosAndImportViewTest extends KaribuTest {

    @Autowired
    private SolveService solves;

    private void solveToEnd(Scenario s) {
        long job = solves.submit(s.getId(), Duration.ofSeconds(1), false).job().getId();
        await().pollInSameThread().atMost(Duration.ofMinutes(1))
                .until(() -> !solves.status(job).job().getStatus().isActive());
    }

    @Test
    void aScenarioCreatedFromThePolicyFormCarriesItsQuota() {
        UI.getCurrent().navigate("scenarios");
        _setValue(_get(TextField.class, spec -> spec.withId("scenario-name")), "交流比例 20%");
        _setValue(_get(NumberField.class, spec -> spec.withId("scenario-quota")), 20.0);
        _click(_get(Button.class, spec -> spec.withId("scenario-create")));

        Scenario created = scenarios.list(scenario.getDatasetId()).stream()
                .filter(s -> s.getName().equals("交流比例 20%")).findFirst().orElseThrow();
        assertThat(created.getPolicyJson()).contains("\"rotationQuota\":0.2");
    }

    @Test
    void twoSolvedScenariosAreComparedSideBySideWithDeltasAndAChart() {
        Scenario other = scenarios.list(scenario.getDatasetId()).stream()
                .filter(s -> !s.getId().equals(scenario.getId())).findFirst()
                .orElseGet(() -> scenarios.create(new org.lungang.webui.scenario.ScenarioService.ScenarioSpec(
                        scenario.getDatasetId(), "通勤 20 公里", null,
                        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("maxCommuteKm", 20),
                        null)));
        solveToEnd(scenario);
        solveToEnd(other);
        UI.getCurrent().navigate("scenarios");
        @SuppressWarnings("unchecked")
        Grid<Scenario> grid = _get(Grid.class, spec -> spec.withId("scenario-grid"));

        List.of(scenario.getId(), other.getId()).forEach(id -> grid.getListDataView().getItems()
                .filter(s -> s.getId().equals(id)).findFirst().ifPresent(grid::select));

        Grid<?> table = _get(Grid.class, spec -> spec.withId("comparison-grid"));
        assertThat(GridKt._size(table)).isGreaterThan(5);
        assertThat(GridKt._getCellComponent(table, 0, "scenario-" + other.getId()).getElement()
                .getTextRecursively()).contains("Δ");
        assertThat(_get(Div.class, spec -> spec.withId("comparison-chart"))).isNotNull();
    }

    @Test
    void anUploadWithErrorsListsEveryErrorAndImportsNothing() {
        int before = datasets.list().size();
        UI.getCurrent().navigate("import-export");
        String broken = new String(UiFixture.resource("county-small.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"schoolId\" : \"[A-Z0-9]+\"", "\"schoolId\" : \"NOWHERE\"");

        ImportExportViewAccess.importFile("broken.json", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("import-errors")))).isPositive();
        assertThat(_get(Span.class, spec -> spec.withText("未导入：发现 1 个问题"))).isNotNull();
        assertThat(datasets.list()).hasSize(before);
    }

    @Test
    void aValidUploadBecomesADataset() {
        int before = datasets.list().size();
        UI.getCurrent().navigate("import-export");

        ImportExportViewAccess.importFile("county.json", UiFixture.resource("two-schools.json"));

        assertThat(datasets.list()).hasSize(before + 1);
        assertThat(_get(Span.class, spec -> spec.withId("import-result")).getElement().getTextRecursively())
                .startsWith("已导入");
    }
}
