package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Solve requests that arrive together: one active job per scenario, a bounded queue, stops that work in every state,
 * and deletions that free the solver. The tests run with one solver and a queue of two (see {@link ApiTest}).
 */
class SolveAdmissionTest extends ApiTest {

    private static final String LONG_SOLVE = "{\"timeLimitSeconds\":120}";

    @Autowired
    PlanService plans;
    @Autowired
    ScenarioService scenarios;

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (JsonNode job : json(as(VIEWER, get("/api/jobs")))) {
            String status = job.get("status").asText();
            if (status.equals("QUEUED") || status.equals("SOLVING")) {
                mvc.perform(as(PLANNER, post("/api/jobs/" + job.get("id").asLong() + "/stop")));
            }
        }
    }

    @Test
    void fiveSimultaneousSolvesOfOneScenarioAdmitOneAndNameItToTheOthers() throws Exception {
        long scenarioId = scenario(upload("two-schools.json"), "");
        List<MockHttpServletResponse> responses = simultaneously(5, () -> mvc.perform(as(PLANNER,
                post("/api/scenarios/" + scenarioId + "/solve").contentType(MediaType.APPLICATION_JSON)
                        .content(LONG_SOLVE))).andReturn().getResponse());

        List<Integer> statuses = responses.stream().map(MockHttpServletResponse::getStatus).toList();
        assertThat(statuses).containsExactlyInAnyOrder(202, 409, 409, 409, 409);
        MockHttpServletResponse admitted = responses.stream().filter(r -> r.getStatus() == 202).findFirst()
                .orElseThrow();
        long jobId = objectMapper.readTree(admitted.getContentAsString()).get("id").asLong();
        for (MockHttpServletResponse refused : responses) {
            if (refused.getStatus() == 409) {
                assertThat(objectMapper.readTree(refused.getContentAsString()).get("detail").asText())
                        .contains("job " + jobId);
            }
        }
        assertThat(json(as(VIEWER, get("/api/jobs?scenarioId=" + scenarioId))).size()).isEqualTo(1);
    }

    @Test
    void concurrentNewPlanVersionsOfOneScenarioGetDistinctNumbers() throws Exception {
        long scenarioId = scenario(upload("two-schools.json"), "");
        var problem = SystemIdentity.call(() -> scenarios.problem(scenarioId, List.of()));

        List<PlanVersion> versions = simultaneously(6, () -> SystemIdentity.call(() ->
                plans.newVersion(scenarioId, null, problem)));

        assertThat(versions.stream().map(PlanVersion::getVersionNumber).toList())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aFullQueueRefusesWith429AndRetryAfter() throws Exception {
        long datasetId = upload("two-schools.json");
        for (int i = 0; i < 3; i++) {
            mvc.perform(as(PLANNER, post("/api/scenarios/" + scenario(datasetId, "") + "/solve")
                    .contentType(MediaType.APPLICATION_JSON).content(LONG_SOLVE)))
                    .andReturn().getResponse().getStatus();
        }

        MockHttpServletResponse refused = mvc.perform(as(PLANNER, post("/api/scenarios/" + scenario(datasetId, "")
                + "/solve").contentType(MediaType.APPLICATION_JSON).content(LONG_SOLVE))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void aQueuedJobStopsAndStoppingAgainAnswersItsState() throws Exception {
        long datasetId = upload("two-schools.json");
        solveAccepted(scenario(datasetId, ""));
        long queued = solveAccepted(scenario(datasetId, ""));
        assertThat(json(as(VIEWER, get("/api/jobs/" + queued))).get("status").asText()).isEqualTo("QUEUED");

        assertThat(json(as(PLANNER, post("/api/jobs/" + queued + "/stop"))).get("status").asText())
                .isEqualTo("STOPPED");
        assertThat(json(as(PLANNER, post("/api/jobs/" + queued + "/stop"))).get("status").asText())
                .isEqualTo("STOPPED");
    }

    @Test
    void aSolvingJobStopsWithItsPlanKept() throws Exception {
        long running = solveAccepted(scenario(upload("two-schools.json"), ""));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(as(VIEWER, get("/api/jobs/" + running))).get("status").asText().equals("SOLVING"));

        JsonNode stopped = json(as(PLANNER, post("/api/jobs/" + running + "/stop")));

        assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
        assertThat(stopped.get("planId").isNumber()).isTrue();
    }

    @Test
    void deletingADatasetStopsItsSolveAndFreesTheSolverForOthers() throws Exception {
        long doomed = upload("two-schools.json");
        long running = solveAccepted(scenario(doomed, ""));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(as(VIEWER, get("/api/jobs/" + running))).get("status").asText().equals("SOLVING"));

        mvc.perform(as(PLANNER, delete("/api/datasets/" + doomed)))
                .andReturn().getResponse();

        assertThat(mvc.perform(as(VIEWER, get("/api/jobs/" + running))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        long other = scenario(upload("two-schools.json"), "");
        JsonNode next = json(as(PLANNER, post("/api/scenarios/" + other + "/solve")
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\":1}")));
        // The deleted dataset's job had 120 s left: the next job ends long before that only if the slot was freed.
        await().atMost(Duration.ofSeconds(40)).until(() -> json(as(VIEWER, get("/api/jobs/"
                + next.get("id").asLong()))).get("status").asText().equals("COMPLETED"));
    }

    private long solveAccepted(long scenarioId) throws Exception {
        return json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/solve")
                .contentType(MediaType.APPLICATION_JSON).content(LONG_SOLVE))).get("id").asLong();
    }

    /** Runs the same call on several threads released at once; returns the results. */
    private static <T> List<T> simultaneously(int count, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
