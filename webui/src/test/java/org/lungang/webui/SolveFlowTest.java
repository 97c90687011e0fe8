package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The planner's path through the API: import, scenario, solve, follow the job, read and explain the plan. */
class SolveFlowTest extends ApiTest {

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    @Test
    void anImportedDatasetIsSolvedIntoAPlanWithScoreKpisAndMoves() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");

        JsonNode job = solveToEnd(scenarioId, "{\"timeLimitSeconds\":2}");

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("bestScore").asText()).isNotBlank();
        assertThat(job.get("countyKpis").get("teachers").asInt()).isEqualTo(7);
        JsonNode plan = json(as(VIEWER, get("/api/plans/" + job.get("planId").asLong())));
        assertThat(plan.get("summary").get("score").asText()).isEqualTo(job.get("bestScore").asText());
        assertThat(plan.get("summary").get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("moves").size()).isEqualTo(plan.get("summary").get("moves").asInt());
        assertThat(plan.get("kpis").get("county").get("rotated").asInt())
                .isEqualTo(plan.get("summary").get("moves").asInt());
    }

    @Test
    void aDatasetWithErrorsIsRefusedWithTheFieldAtFault() throws Exception {
        String broken = new String(resource("two-schools.json")).replace("\"schoolId\": \"V\"",
                "\"schoolId\": \"NOWHERE\"");
        mvc.perform(as(PLANNER, post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(broken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("$.teachers[")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("NOWHERE")));
    }

    @Test
    void aScenarioWithAnInvalidPolicyFieldIsRefusedNamingTheField() throws Exception {
        long datasetId = upload("two-schools.json");
        mvc.perform(as(PLANNER, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + datasetId + ",\"name\":\"Bad\",\"policy\":{\"rotationQuota\":1.5}}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.policy.rotationQuota"));
    }

    @Test
    void aScenarioKeepsItsHousingFactorAndRefusesANegativeOne() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, ",\"housingBedsFactor\":2");
        assertThat(json(as(VIEWER, get("/api/scenarios/" + scenarioId))).get("housingBedsFactor").asDouble())
                .isEqualTo(2.0);

        mvc.perform(as(PLANNER, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + datasetId + ",\"name\":\"Bad\",\"housingBedsFactor\":-1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("housingBedsFactor"));
    }

    @Test
    void aWarmStartSolveKeepsThePlannersPinAndAddsANewVersion() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}");
        mvc.perform(as(PLANNER, post("/api/scenarios/" + scenarioId + "/overrides")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"teacherId\":\"E2\",\"action\":\"PIN\",\"schoolId\":\"V\"}")))
                .andExpect(status().isCreated());

        JsonNode job = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1,\"warmStart\":true}");

        JsonNode plan = json(as(VIEWER, get("/api/plans/" + job.get("planId").asLong())));
        assertThat(plan.get("summary").get("version").asInt()).isEqualTo(2);
        assertThat(plan.get("moves").findValuesAsText("teacherId")).contains("E2");
        JsonNode versions = json(as(VIEWER, get("/api/scenarios/" + scenarioId + "/plans")));
        assertThat(versions.size()).isEqualTo(2);
    }

    @Test
    void twoVersionsOfAPlanAreComparedTeacherByTeacher() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        long first = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();
        mvc.perform(as(PLANNER, post("/api/scenarios/" + scenarioId + "/overrides")
                .contentType(MediaType.APPLICATION_JSON).content("{\"teacherId\":\"E2\",\"action\":\"PIN\"," 
                        + "\"schoolId\":\"V\"}")))
                .andExpect(status().isCreated());
        long second = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1,\"warmStart\":true}").get("planId").asLong();

        JsonNode diff = json(as(VIEWER, get("/api/plans/" + first + "/diff/" + second)));

        JsonNode firstMoves = json(as(VIEWER, get("/api/plans/" + first))).get("moves");
        boolean e2MovedToVBefore = firstMoves.findValuesAsText("teacherId").contains("E2");
        assertThat(diff.get("changes").findValuesAsText("teacherId").contains("E2")).isEqualTo(!e2MovedToVBefore);
    }

    @Test
    void theScoreAnalysisListsEveryConstraintWithExplainedMatches() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        long planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();

        JsonNode analysis = json(as(VIEWER, get("/api/plans/" + planId + "/analysis")));

        assertThat(analysis.get("constraints").findValuesAsText("name")).contains("Commute distance");
        assertThat(analysis.get("score").asText())
                .isEqualTo(json(as(VIEWER, get("/api/plans/" + planId))).get("summary").get("score").asText());
    }

    @Test
    void everyMoveOfAPlanIsExplainedInChineseAndEnglish() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        long planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();

        JsonNode explanation = json(as(VIEWER, get("/api/plans/" + planId + "/teachers/E1/explanation")));

        assertThat(explanation.get("teacherId").asText()).isEqualTo("E1");
        assertThat(explanation.get("zh").size()).isPositive().isEqualTo(explanation.get("en").size());
    }

    @Test
    void aPlanIsExportedAsAPlanFileWithEveryMove() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        long planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();
        JsonNode plan = json(as(VIEWER, get("/api/plans/" + planId)));

        JsonNode exported = json(as(VIEWER, get("/api/plans/" + planId + "/export.json")));

        assertThat(exported.get("score").asText()).isEqualTo(plan.get("summary").get("score").asText());
        assertThat(exported.get("problem").asText()).isEqualTo("Two schools");
    }

    @Test
    void recommendationsForAnEligibleTeacherRankDestinationsByScoreImpact() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        long planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();

        JsonNode recommendations = json(as(VIEWER, get("/api/plans/" + planId
                + "/teachers/E1/recommendations?limit=3")));

        assertThat(recommendations.size()).isBetween(1, 3);
        assertThat(recommendations.get(0).get("scoreDifference").asText()).isNotBlank();
    }

    @Test
    void recommendationsAreComparedWithWhereThePlanSendsTheTeacherNotWithHerStaying() throws Exception {
        long datasetId = upload("two-schools.json");
        long scenarioId = scenario(datasetId, "");
        long planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();
        JsonNode move = json(as(VIEWER, get("/api/plans/" + planId))).get("moves").get(0);

        JsonNode recommendations = json(as(VIEWER, get("/api/plans/" + planId + "/teachers/"
                + move.get("teacherId").asText() + "/recommendations?limit=10")));

        // Two schools: her destination and staying; her own school (a hard rule broken) is never recommended.
        assertThat(recommendations).hasSize(2).noneSatisfy(r -> assertThat(r.get("toSchoolId").asText())
                .isEqualTo(move.get("fromSchoolId").asText()));
        JsonNode current = recommendations.get(0).get("current").asBoolean() ? recommendations.get(0)
                : recommendations.get(1);
        assertThat(current.get("toSchoolId").asText()).isEqualTo(move.get("toSchoolId").asText());
        assertThat(current.get("scoreDifference").asText()).isEqualTo("0hard/0medium/0soft");
        assertThat(current.get("constraintDifferences")).isEmpty();
        JsonNode staying = recommendations.get(0) == current ? recommendations.get(1) : recommendations.get(0);
        assertThat(staying.get("toSchoolId").isNull()).isTrue();
        assertThat(staying.get("current").asBoolean()).isFalse();
        assertThat(staying.get("scoreDifference").asText()).isNotEqualTo("0hard/0medium/0soft");
    }
}
