package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.School;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.solve.SolveService;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing and deleting scenarios in the Scenarios view, their housing factor, and the plan file download. */
class ScenarioEditViewTest extends KaribuTest {

    @Autowired
    private SolveService solves;
    @Autowired
    private PlanService plans;
    @Autowired
    private ObjectMapper objectMapper;

    private Scenario another(String name) {
        return scenarios.create(new ScenarioSpec(scenario.getDatasetId(), name, null,
                objectMapper.createObjectNode().put("rotationQuota", 0.2), null));
    }

    @SuppressWarnings("unchecked")
    private void select(Scenario chosen) {
        UI.getCurrent().navigate("scenarios");
        Grid<Scenario> grid = _get(Grid.class, spec -> spec.withId("scenario-grid"));
        grid.getListDataView().getItems().filter(s -> s.getId().equals(chosen.getId())).findFirst()
                .ifPresent(grid::select);
    }

    @Test
    void anEditedScenarioKeepsItsIdAndTakesTheNewQuotaAndHousingFactor() {
        Scenario edited = another("待修改 " + System.nanoTime());
        select(edited);

        _click(_get(Button.class, spec -> spec.withId("scenario-edit")));
        assertThat(_get(TextField.class, spec -> spec.withId("scenario-name")).getValue()).isEqualTo(edited.getName());
        assertThat(_get(NumberField.class, spec -> spec.withId("scenario-quota")).getValue()).isEqualTo(20.0);
        _setValue(_get(NumberField.class, spec -> spec.withId("scenario-quota")), 25.0);
        _setValue(_get(NumberField.class, spec -> spec.withId("scenario-housing")), 2.0);
        _click(_get(Button.class, spec -> spec.withId("scenario-save")));

        Scenario saved = scenarios.get(edited.getId());
        assertThat(saved.getPolicyJson()).contains("\"rotationQuota\":0.25");
        assertThat(saved.getHousingBedsFactor()).isEqualTo(2.0);
        assertThat(_get(Button.class, spec -> spec.withId("scenario-create")).isVisible()).isTrue();
    }

    @Test
    void aHousingFactorMultipliesEverySchoolsBedsRoundedDown() {
        Scenario base = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "床位基准", null, null, null));
        Scenario more = scenarios.create(new ScenarioSpec(scenario.getDatasetId(), "床位 1.5 倍", null, null, null,
                1.5));

        List<School> before = scenarios.problem(base.getId(), List.of()).plan().getSchools();
        List<School> after = scenarios.problem(more.getId(), List.of()).plan().getSchools();

        assertThat(before).extracting(School::getHousingBeds).contains(3);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).getHousingBeds()).isEqualTo((int) Math.floor(before.get(i).getHousingBeds() * 1.5));
        }
    }

    @Test
    void aDeletedScenarioIsGoneOnceTheDeletionIsConfirmed() {
        Scenario doomed = another("待删除 " + System.nanoTime());
        select(doomed);

        _click(_get(Button.class, spec -> spec.withId("scenario-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("scenario-delete-confirm")));

        assertThat(scenarios.list(scenario.getDatasetId())).extracting(Scenario::getId).doesNotContain(doomed.getId());
        assertThat(scenarios.list(scenario.getDatasetId())).extracting(Scenario::getId).contains(scenario.getId());
    }

    @Test
    void theSolvedPlanDownloadsAsAPlanFile() throws Exception {
        long job = solves.submit(scenario.getId(), Duration.ofSeconds(1), false).job().getId();
        await().pollInSameThread().atMost(Duration.ofMinutes(1))
                .until(() -> !solves.status(job).job().getStatus().isActive());
        UI.getCurrent().navigate("import-export");

        byte[] file = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-plan-json")));

        JsonNode plan = objectMapper.readTree(file);
        assertThat(plan.get("problem").asText()).isEqualTo(UiFixture.COUNTY);
        assertThat(plan.get("score").asText())
                .isEqualTo(plans.latest(scenario.getId()).orElseThrow().getScore());
    }
}
