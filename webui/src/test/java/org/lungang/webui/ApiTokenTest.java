package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API tokens: created with a password, then used instead of it; stored hashed; revocable; bound to the user's role. */
class ApiTokenTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    @Test
    void aPlannersTokenReadsAndWritesWithoutAPassword() throws Exception {
        String token = createToken(PLANNER, "nightly export");
        long datasetId = upload("two-schools.json");

        mvc.perform(bearer(token, get("/api/datasets/" + datasetId))).andExpect(status().isOk());
        mvc.perform(bearer(token, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + datasetId + ",\"name\":\"By script\"}")))
                .andExpect(status().isCreated());
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() throws Exception {
        String token = createToken(VIEWER, "hash check");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select token_hash, token_prefix from api_token where name = 'hash check'")) {
            while (rows.next()) {
                assertThat(rows.getString(1)).isNotEqualTo(token).hasSize(64);
                assertThat(token).startsWith(rows.getString(2));
                assertThat(rows.getString(2).length()).isLessThan(token.length() / 3);
            }
        }
        JsonNode listed = json(as(VIEWER, get("/api/tokens")));
        assertThat(listed.toString()).doesNotContain(token).contains("hash check");
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        JsonNode created = json(as(VIEWER, post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"to revoke\"}")));
        String token = created.get("token").asText();
        mvc.perform(bearer(token, get("/api/datasets"))).andExpect(status().isOk());

        mvc.perform(as(VIEWER, delete("/api/tokens/" + created.get("id").asLong())))
                .andExpect(status().isNoContent());

        mvc.perform(bearer(token, get("/api/datasets")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aViewersTokenHasTheViewersRole() throws Exception {
        String token = createToken(VIEWER, "read only");
        long scenarioId = scenario(upload("two-schools.json"), "");

        mvc.perform(bearer(token, post("/api/scenarios/" + scenarioId + "/solve")
                .contentType(MediaType.APPLICATION_JSON).content("{\"timeLimitSeconds\":1}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenCannotCreateAnotherToken() throws Exception {
        String token = createToken(PLANNER, "no minting");
        mvc.perform(bearer(token, post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"child\"}")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTokenIsRefusedWithoutTryingAPassword() throws Exception {
        mvc.perform(bearer("lgt_not-a-real-token", get("/api/datasets"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUsersTokenStopsWorking() throws Exception {
        mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"leaver\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}")))
                .andExpect(status().isCreated());
        String token = createToken("leaver", "old laptop");
        long id = 0;
        for (JsonNode user : json(as(ADMIN, get("/api/users")))) {
            id = user.get("username").asText().equals("leaver") ? user.get("id").asLong() : id;
        }

        mvc.perform(as(ADMIN, patch("/api/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":false}"))).andExpect(status().isOk());

        mvc.perform(bearer(token, get("/api/datasets"))).andExpect(status().isUnauthorized());
    }

    private String createToken(String user, String name) throws Exception {
        return json(as(user, post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\"}"))).get("token").asText();
    }

    private static MockHttpServletRequestBuilder bearer(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }
}
