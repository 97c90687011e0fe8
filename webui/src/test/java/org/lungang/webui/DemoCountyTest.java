package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A new installation starts with the demo county and a scenario on it, ready to solve. */
@TestPropertySource(properties = {"lungang.demo.enabled=true", "lungang.demo.profile=tiny"})
class DemoCountyTest extends ApiTest {

    @Test
    void theDemoCountyIsLoadedAtFirstStartWithAScenarioOnIt() throws Exception {
        JsonNode datasets = json(as(ADMIN, get("/api/datasets")));

        assertThat(datasets).singleElement().satisfies(d -> {
            assertThat(d.get("sourceName").asText()).isEqualTo("demo:tiny:1");
            assertThat(d.get("teachers").asInt()).isPositive();
            assertThat(d.get("candidates").asInt()).isPositive();
        });
        JsonNode scenarios = json(as(ADMIN, get("/api/scenarios?datasetId=" + datasets.get(0).get("id").asLong())));
        assertThat(scenarios).hasSize(1);
    }
}
