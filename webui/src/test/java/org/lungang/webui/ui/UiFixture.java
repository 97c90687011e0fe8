package org.lungang.webui.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.SystemIdentity;

/** The demo county of the UI tests (the example problem file) with one baseline scenario, loaded once per context. */
final class UiFixture {

    static final String COUNTY = "Qingshui County 2025 (example)";
    static final String SCENARIO = "基准方案";

    private UiFixture() {
    }

    static Scenario demoCounty(DatasetService datasets, ScenarioService scenarios) {
        return SystemIdentity.call(() -> {
            Dataset dataset = datasets.list().stream().filter(d -> d.getName().equals(COUNTY)).findFirst()
                    .orElseGet(() -> datasets.importJson(resource("county-small.json"), "county-small.json"));
            return scenarios.list(dataset.getId()).stream().filter(s -> s.getName().equals(SCENARIO)).findFirst()
                    .orElseGet(() -> scenarios.create(new ScenarioSpec(dataset.getId(), SCENARIO, "现行政策", null,
                            null)));
        });
    }

    static byte[] resource(String name) {
        try (InputStream in = UiFixture.class.getResourceAsStream("/problems/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
