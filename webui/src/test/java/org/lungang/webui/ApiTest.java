package org.lungang.webui;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Base of the REST tests: the whole application on a fresh embedded database in its own data directory, driven
 * through HTTP with Basic authentication. The first administrator is {@code admin}; {@link #ensureUsers()} adds a
 * planner and a viewer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "lungang.demo.enabled=false")
public abstract class ApiTest {

    protected static final String ADMIN = "admin";
    protected static final String PLANNER = "planner";
    protected static final String VIEWER = "viewer";
    protected static final String PASSWORD = "password-123";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper objectMapper;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("lungang-test-");
        registry.add("lungang.data-dir", dir::toString);
        registry.add("lungang.admin.password", () -> PASSWORD);
        registry.add("lungang.security.bcrypt-strength", () -> "4");
        // Small enough that a test fills the solve queue with a few scenarios.
        registry.add("lungang.solve.queue-capacity", () -> "2");
        // Login throttling: a delay long enough that no test races it; every test calls from 127.0.0.1, so the
        // address limit is out of the way (LoginThrottleTest covers it).
        registry.add("lungang.security.login.base-delay", () -> "PT1M");
        registry.add("lungang.security.login.address.free-failures", () -> "100000");
        registry.add("lungang.security.login.address.lock-after", () -> "200000");
    }

    protected void ensureUsers() throws Exception {
        JsonNode users = json(as(ADMIN, get("/api/users")));
        for (String name : new String[] {PLANNER, VIEWER}) {
            boolean exists = false;
            for (JsonNode user : users) {
                exists |= user.get("username").asText().equals(name);
            }
            if (!exists) {
                mvc.perform(as(ADMIN, post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\""
                                + name.toUpperCase() + "\"}")))
                        .andExpect(status().isCreated());
            }
        }
    }

    protected static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    protected JsonNode json(RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return objectMapper.readTree(body);
    }

    protected static byte[] resource(String name) {
        try (InputStream in = ApiTest.class.getResourceAsStream("/problems/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a test problem as the planner; returns the dataset id. */
    protected long upload(String name) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, MediaType.APPLICATION_JSON_VALUE,
                resource(name));
        return json(as(PLANNER, multipart("/api/datasets").file(file))).get("id").asLong();
    }

    /** Solves the scenario as the planner and waits for the job to end; returns the job. */
    protected JsonNode solveToEnd(long scenarioId, String request) throws Exception {
        JsonNode job = json(as(PLANNER, post("/api/scenarios/" + scenarioId + "/solve")
                .contentType(MediaType.APPLICATION_JSON).content(request)));
        long jobId = job.get("id").asLong();
        await().atMost(Duration.ofMinutes(2)).until(() -> !isActive(jobId));
        return json(as(VIEWER, get("/api/jobs/" + jobId)));
    }

    private boolean isActive(long jobId) throws Exception {
        String status = json(as(VIEWER, get("/api/jobs/" + jobId))).get("status").asText();
        return status.equals("QUEUED") || status.equals("SOLVING");
    }

    /** Creates a scenario on the dataset as the planner; returns its id. */
    protected long scenario(long datasetId, String bodyFields) throws Exception {
        return json(as(PLANNER, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + datasetId + ",\"name\":\"Base\"" + bodyFields + "}")))
                .get("id").asLong();
    }
}
