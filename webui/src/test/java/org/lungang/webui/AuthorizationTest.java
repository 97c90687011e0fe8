package org.lungang.webui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Who may do what: anonymous callers nothing, viewers read, planners change plans, administrators manage users. */
class AuthorizationTest extends ApiTest {

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    @Test
    void anAnonymousCallerGets401AsAProblemDetail() throws Exception {
        mvc.perform(get("/api/datasets"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aWrongPasswordGets401() throws Exception {
        mvc.perform(get("/api/datasets").with(httpBasic(PLANNER, "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aViewerReadsDatasets() throws Exception {
        upload("two-schools.json");
        mvc.perform(as(VIEWER, get("/api/datasets"))).andExpect(status().isOk());
    }

    @Test
    void aViewerCannotImportADataset() throws Exception {
        mvc.perform(as(VIEWER, post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
                .content(resource("two-schools.json"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aViewerCannotSolve() throws Exception {
        long scenarioId = scenario(upload("two-schools.json"), "");
        mvc.perform(as(VIEWER, post("/api/scenarios/" + scenarioId + "/solve")
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\":1}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aViewerCannotPinATeacher() throws Exception {
        long scenarioId = scenario(upload("two-schools.json"), "");
        mvc.perform(as(VIEWER, post("/api/scenarios/" + scenarioId + "/overrides")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"teacherId\":\"E1\",\"action\":\"PIN\",\"schoolId\":\"V\"}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aViewerCannotDeleteADataset() throws Exception {
        long datasetId = upload("two-schools.json");
        mvc.perform(as(VIEWER, delete("/api/datasets/" + datasetId))).andExpect(status().isForbidden());
    }

    @Test
    void aPlannerCannotListUsers() throws Exception {
        mvc.perform(as(PLANNER, get("/api/users"))).andExpect(status().isForbidden());
    }

    @Test
    void aPlannerCannotCreateUsers() throws Exception {
        mvc.perform(as(PLANNER, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"mallory\",\"password\":\"password-999\",\"role\":\"ADMIN\"}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPlannerCannotReadTheAuditTrail() throws Exception {
        mvc.perform(as(PLANNER, get("/api/audit"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorReadsWhoChangedWhat() throws Exception {
        long datasetId = upload("two-schools.json");
        mvc.perform(as(ADMIN, get("/api/audit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.action == 'DATASET_IMPORTED' && @.targetId == '" + datasetId
                        + "')].username").value(PLANNER));
    }

    @Test
    void aUserWithATooShortPasswordIsRefusedNamingTheField() throws Exception {
        mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"short\",\"password\":\"abc\",\"role\":\"VIEWER\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApiToAViewerWithBasicCredentials() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic(VIEWER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/scenarios/{scenarioId}/solve']").exists());
    }
}
