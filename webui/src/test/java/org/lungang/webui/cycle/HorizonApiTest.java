package org.lungang.webui.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.ApiTest;
import org.lungang.webui.cycle.HorizonService.HorizonRun;
import org.lungang.webui.base.BackgroundRun.State;
import org.lungang.webui.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Horizons in the background, through the service and the API, on the two-school county (a second per year). */
class HorizonApiTest extends ApiTest {

    @Autowired
    private HorizonService horizons;

    private long scenarioId;

    @BeforeEach
    void twoSchools() throws Exception {
        ensureUsers();
        scenarioId = scenario(upload("two-schools.json"), "");
        // One horizon runs at a time: wait for any a previous test left running.
        await().atMost(Duration.ofMinutes(2)).until(() -> SystemIdentity.call(() -> horizons.running()).isEmpty());
    }

    private JsonNode followToEnd(long id) throws Exception {
        await().atMost(Duration.ofMinutes(2)).until(() -> !json(as(VIEWER, get("/api/horizons/" + id)))
                .get("state").asText().equals("RUNNING"));
        return json(as(VIEWER, get("/api/horizons/" + id)));
    }

    @Test
    void theListenerHearsOfEveryYearAsItIsSolvedAndOfTheEnd() {
        List<String> heard = new ArrayList<>();
        HorizonRun run = SystemIdentity.call(() -> horizons.start(scenarioId, 2, Duration.ofSeconds(1), null,
                null, r -> {
                    synchronized (heard) {
                        heard.add(r.done() + "/" + r.total() + " " + r.state());
                    }
                }));
        await().atMost(Duration.ofMinutes(2)).until(() -> run.state() != State.RUNNING);

        synchronized (heard) {
            assertThat(heard).containsExactly("1/2 RUNNING", "2/2 RUNNING", "2/2 COMPLETED");
        }
        assertThat(run.solved()).extracting(s -> s.figures().year()).containsExactly(2025, 2026);
    }

    @Test
    void aHorizonStartedThroughTheApiReportsEveryYearItsListAndTheChart() throws Exception {
        JsonNode started = json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content("{\"years\":2,\"secondsPerYear\":1}")));

        JsonNode done = followToEnd(started.get("id").asLong());

        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("years").size()).isEqualTo(2);
        assertThat(done.get("years").get(1).get("year").asInt()).isEqualTo(2026);
        assertThat(done.get("years").get(0).get("coefficients").size()).isPositive();
        assertThat(done.get("firstYearMet").size()).isEqualTo(done.get("years").get(0).get("coefficients").size());
        long id = started.get("id").asLong();
        JsonNode moves = json(as(VIEWER, get("/api/horizons/" + id + "/years/2025/moves")));
        assertThat(moves.size()).isEqualTo(done.get("years").get(0).get("rotated").asInt());
        assertThat(mvc.perform(as(VIEWER, get("/api/horizons/" + id + "/chart.svg"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("<svg", "2026");
    }

    @Test
    void aQuotaAboveOneIsRefusedNamingTheQuota() throws Exception {
        mvc.perform(as(PLANNER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content("{\"years\":2,\"secondsPerYear\":1,\"quota\":1.5}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quota"));
    }

    @Test
    void aViewerCannotStartAHorizon() throws Exception {
        mvc.perform(as(VIEWER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content("{\"years\":2,\"secondsPerYear\":1}")))
                .andExpect(status().isForbidden());
    }
    @Test
    void aReproducibleHorizonStartedTwiceGivesTheSameYears() throws Exception {
        String request = "{\"years\":2,\"secondsPerYear\":1,\"stepsPerYear\":50}";
        JsonNode first = followToEnd(json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content(request))).get("id").asLong());
        JsonNode second = followToEnd(json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content(request))).get("id").asLong());

        assertThat(second.get("years")).isEqualTo(first.get("years"));
        assertThat(first.get("reproducibility").get("stepsPerYear").asInt()).isEqualTo(50);
    }

    @Test
    void stoppingAHorizonKeepsTheYearsFinishedLeavesOffTheYearInProgressAndEndsIt() {
        List<State> ends = new CopyOnWriteArrayList<>();
        // Eight seconds a year: the stop comes early in the second year, and ending it takes far less than that.
        HorizonRun run = SystemIdentity.call(() -> horizons.start(scenarioId, 5, Duration.ofSeconds(8), null,
                null, r -> {
                    if (r.state() != State.RUNNING) {
                        ends.add(r.state());
                    }
                }));
        await().atMost(Duration.ofMinutes(2)).until(() -> run.done() >= 1);

        HorizonRun stopped = SystemIdentity.call(() -> horizons.stop(run.id()));

        assertThat(stopped.state()).isEqualTo(State.STOPPED);
        await().atMost(Duration.ofSeconds(6)).until(() -> !ends.isEmpty());
        assertThat(ends).containsExactly(State.STOPPED);
        List<Integer> years = run.solved().stream().map(s -> s.figures().year()).toList();
        assertThat(years).hasSizeBetween(1, 2).startsWith(2025);
        assertThat(run.result()).isEmpty();
        assertThat(SystemIdentity.call(() -> horizons.running())).isEmpty();
    }

    @Test
    void aPlannerStopsAHorizonThroughTheApiAndItStaysStopped() throws Exception {
        long id = json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content("{\"years\":5,\"secondsPerYear\":8}")))
                .get("id").asLong();

        JsonNode stopped = json(as(PLANNER, post("/api/horizons/" + id + "/stop")));

        assertThat(stopped.get("state").asText()).isEqualTo("STOPPED");
        assertThat(stopped.get("yearInProgress").isNull()).isTrue();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
            JsonNode later = json(as(VIEWER, get("/api/horizons/" + id)));
            return later.get("state").asText().equals("STOPPED") && later.get("years").equals(stopped.get("years"));
        });
    }

    @Test
    void aViewerCannotStopAHorizon() throws Exception {
        long id = json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/horizons")
                .contentType(MediaType.APPLICATION_JSON).content("{\"years\":1,\"secondsPerYear\":1}")))
                .get("id").asLong();

        mvc.perform(as(VIEWER, post("/api/horizons/" + id + "/stop"))).andExpect(status().isForbidden());
    }
}
