package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.lungang.webui.solve.SolveService;
import org.springframework.beans.factory.annotation.Autowired;

/** The first click on "solve the selected scenarios" always does something. */
class ScenarioSolveClickTest extends KaribuTest {

    @Autowired
    private SolveService solves;

    @Test
    void withNothingTickedTheClickSolvesTheCurrentScenario() {
        await().atMost(Duration.ofMinutes(1)).pollInSameThread()
                .until(() -> solves.list(scenario.getId()).stream().noneMatch(j -> j.job().getStatus().isActive()));
        int before = solves.list(scenario.getId()).size();
        UI.getCurrent().navigate("scenarios");
        _get(IntegerField.class, spec -> spec.withId("scenario-seconds")).setValue(1);

        clickInBrowser(_get(Button.class, spec -> spec.withId("scenario-solve")));

        assertThat(solves.list(scenario.getId())).hasSize(before + 1);
        await().atMost(Duration.ofMinutes(1)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip();
            return solves.list(scenario.getId()).stream().noneMatch(j -> j.job().getStatus().isActive());
        });
    }
}
