package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.security.SystemIdentity;
import org.lungang.webui.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Password guessing, the password rule, one spelling per user name, and an administrator always left. */
class LoginDefenceTest extends ApiTest {

    @Autowired
    UserService users;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheFailuresAreAudited() throws Exception {
        createUser("guessed", PASSWORD, "VIEWER");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/datasets").with(httpBasic("guessed", "wrong-password-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/datasets").with(httpBasic("guessed", "wrong-password-5")))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/api/datasets").with(httpBasic("guessed", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        JsonNode audit = json(as(ADMIN, get("/api/audit?count=1000")));
        long failures = 0;
        for (JsonNode event : audit) {
            failures += event.get("action").asText().equals("LOGIN_FAILED")
                    && event.get("username").asText().equals("guessed") ? 1 : 0;
        }
        assertThat(failures).isEqualTo(6);
    }

    @Test
    void anEightDigitPasswordIsRefusedForAnAdministrator() throws Exception {
        mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"weak\",\"password\":\"12345678\",\"role\":\"ADMIN\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void aPasswordOver72BytesIsStoredWholeAndLogsIn() throws Exception {
        String longPassword = "教师交流轮岗".repeat(20);
        createUser("longpass", longPassword, "VIEWER");

        mvc.perform(get("/api/datasets").with(httpBasic("longpass", longPassword))).andExpect(status().isOk());
        // BCrypt alone would read only the first 72 bytes: a different ending would then pass too.
        mvc.perform(get("/api/datasets").with(httpBasic("longpass", longPassword.substring(0, 30) + "x".repeat(90))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aUserNameIsTrimmedAndInLowerCaseAtCreationAndLogin() throws Exception {
        JsonNode created = json(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\" Zhang.Wei \",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}")));
        assertThat(created.get("username").asText()).isEqualTo("zhang.wei");

        mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"ZHANG.WEI\",\"password\":\"" + PASSWORD + "\",\"role\":\"ADMIN\"}")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/datasets").with(httpBasic("Zhang.Wei", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theLastAdministratorCannotDemoteOrDisableItself() throws Exception {
        long adminId = userId(ADMIN);
        mvc.perform(as(ADMIN, patch("/api/users/" + adminId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"PLANNER\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("last")));
        mvc.perform(as(ADMIN, patch("/api/users/" + adminId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":false}")))
                .andExpect(status().isConflict());
        mvc.perform(as(ADMIN, get("/api/users"))).andExpect(status().isOk());
    }

    @Test
    void theLastAdministratorCannotBeDeleted() throws Exception {
        long adminId = userId(ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemIdentity.run(() -> users.delete(adminId)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anotherAdministratorMayBeDemotedWhileOneRemains() throws Exception {
        createUser("deputy", PASSWORD, "ADMIN");
        long deputy = userId("deputy");
        mvc.perform(as(ADMIN, patch("/api/users/" + deputy).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"PLANNER\"}"))).andExpect(status().isOk());
        mvc.perform(as(ADMIN, delete("/api/users/" + deputy))).andExpect(status().isNoContent());
    }

    private void createUser(String name, String password, String role) throws Exception {
        mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content(objectMapper.writeValueAsString(java.util.Map.of("username", name, "password", password,
                        "role", role)))))
                .andExpect(status().isCreated());
    }

    private long userId(String name) throws Exception {
        for (JsonNode user : json(as(ADMIN, get("/api/users")))) {
            if (user.get("username").asText().equals(name)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("No user " + name);
    }
}
