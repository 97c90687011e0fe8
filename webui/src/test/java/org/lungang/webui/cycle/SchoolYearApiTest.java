package org.lungang.webui.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.data.cycle.Rollover;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.webui.ApiTest;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Approving a plan through the API: the year's record, its refusal of edits, and the next year's dataset. */
class SchoolYearApiTest extends ApiTest {

    @Autowired
    private PlanService plans;
    @Autowired
    private DatasetService datasets;

    private long datasetId;
    private long scenarioId;
    private long planId;

    @BeforeEach
    void solvedTwoSchools() throws Exception {
        ensureUsers();
        datasetId = upload("two-schools.json");
        scenarioId = scenario(datasetId, "");
        planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":2}").get("planId").asLong();
    }

    private JsonNode approve() throws Exception {
        return json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/approve")));
    }

    @Test
    void approvingKeepsTheYearsListAsARecordOfTheApprovedVersion() throws Exception {
        JsonNode approved = approve();

        JsonNode record = json(as(VIEWER, get("/api/approved-years/" + approved.get("id").asLong())));
        JsonNode plan = json(as(VIEWER, get("/api/plans/" + planId)));
        assertThat(record.get("summary").get("schoolYear").asInt()).isEqualTo(2025);
        assertThat(record.get("summary").get("planId").asLong()).isEqualTo(planId);
        assertThat(record.get("summary").get("approvedBy").asText()).isEqualTo(PLANNER);
        assertThat(record.get("list").get("year").asInt()).isEqualTo(2025);
        assertThat(record.get("list").get("rotations").size()).isEqualTo(plan.get("moves").size());
        assertThat(record.get("list").get("score").asText()).isEqualTo(plan.get("summary").get("score").asText());
    }

    @Test
    void theNextYearIsANewDatasetMadeByTheSameRolloverAsTheCommandLine() throws Exception {
        JsonNode approved = approve();

        long next = approved.get("nextDatasetId").asLong();
        String stored = SystemIdentity.call(() -> datasets.problemJson(next));
        String byRollover = SystemIdentity.call(() -> {
            LoadedProblem rolled = Rollover.next(plans.load(planId), "plan").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ProblemJson.write(new LoadedProblem("Two schools 2026", rolled.year(), rolled.plan()), out);
            return out.toString(StandardCharsets.UTF_8);
        });
        assertThat(next).isNotEqualTo(datasetId);
        assertThat(stored).isEqualTo(byRollover);
        JsonNode nextScenario = json(as(VIEWER, get("/api/scenarios/" + approved.get("nextScenarioId").asLong())));
        assertThat(nextScenario.get("datasetId").asLong()).isEqualTo(next);
        assertThat(nextScenario.get("name").asText()).isEqualTo("Base");
    }

    @Test
    void anApprovedYearRefusesEveryEdit() throws Exception {
        JsonNode approved = approve();
        String path = "/api/approved-years/" + approved.get("id").asLong();
        String before = mvc.perform(as(VIEWER, get(path))).andReturn().getResponse().getContentAsString();

        mvc.perform(as(ADMIN, put(path).contentType(MediaType.APPLICATION_JSON).content("{\"moves\":0}")))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(as(ADMIN, patch(path).contentType(MediaType.APPLICATION_JSON).content("{\"moves\":0}")))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(as(ADMIN, delete(path))).andExpect(status().isMethodNotAllowed());

        assertThat(mvc.perform(as(VIEWER, get(path))).andReturn().getResponse().getContentAsString())
                .isEqualTo(before);
    }

    @Test
    void aYearIsApprovedOnlyOnce() throws Exception {
        approve();

        mvc.perform(as(PLANNER, post("/api/scenarios/" + scenarioId + "/approve")))
                .andExpect(status().isConflict());
        assertThat(countOf(datasetId)).isEqualTo(1);
    }

    @Test
    void aViewerCannotApprove() throws Exception {
        mvc.perform(as(VIEWER, post("/api/scenarios/" + scenarioId + "/approve")))
                .andExpect(status().isForbidden());
        assertThat(countOf(datasetId)).isZero();
    }

    @Test
    void aScenarioWithoutAPlanIsNotApproved() throws Exception {
        long unsolved = scenario(datasetId, "");

        mvc.perform(as(PLANNER, post("/api/scenarios/" + unsolved + "/approve")))
                .andExpect(status().isConflict());
        assertThat(countOf(datasetId)).isZero();
    }

    private int countOf(long dataset) throws Exception {
        int count = 0;
        for (JsonNode year : json(as(VIEWER, get("/api/approved-years")))) {
            count += year.get("datasetId").asLong() == dataset ? 1 : 0;
        }
        return count;
    }
}
