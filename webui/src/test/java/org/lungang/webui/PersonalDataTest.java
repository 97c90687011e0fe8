package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

/** Teachers' personal data: what a viewer reads, where the database lives, and what the log never holds. */
class PersonalDataTest extends ApiTest {

    @Value("${lungang.data-dir}")
    String dataDir;

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
    }

    @Test
    void aViewerReadsTheProblemFileWithoutHomeCoordinatesOrExemptions() throws Exception {
        long datasetId = uploadWithIllTeacher();

        JsonNode asViewer = json(as(VIEWER, get("/api/datasets/" + datasetId + "/problem")));
        JsonNode asPlanner = json(as(PLANNER, get("/api/datasets/" + datasetId + "/problem")));

        assertThat(teacher(asViewer, "E2").has("homeLatitude")).isFalse();
        assertThat(teacher(asViewer, "E2").has("exemptions")).isFalse();
        assertThat(teacher(asViewer, "E2").get("name").asText()).isEqualTo("Wang Fang");
        assertThat(teacher(asPlanner, "E2").get("homeLatitude").asDouble()).isEqualTo(30.05);
        assertThat(teacher(asPlanner, "E2").get("exemptions").toString()).contains("SERIOUS_ILLNESS");
    }

    @Test
    void aViewerLearnsThatATeacherIsExemptButNotWhy() throws Exception {
        long scenarioId = scenario(uploadWithIllTeacher(), "");
        long planId = solveToEnd(scenarioId, "{\"timeLimitSeconds\":1}").get("planId").asLong();
        String url = "/api/plans/" + planId + "/teachers/E2/explanation";

        String forViewer = json(as(VIEWER, get(url))).toString();
        String forPlanner = json(as(PLANNER, get(url))).toString();

        assertThat(forPlanner).contains("serious illness");
        assertThat(forViewer).doesNotContain("serious illness").doesNotContain("重大疾病").contains("exempt");
    }

    @Test
    void theDataDirectoryAndTheDatabaseAreReadableByTheOwnerOnly() throws Exception {
        Path dir = Path.of(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("lungang.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aValueTooLongForTheDatabaseIsRefusedWithoutReachingTheLog() throws Exception {
        long datasetId = upload("two-schools.json");
        String secret = "SECRET-NAME-" + "x".repeat(300);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            mvc.perform(as(PLANNER, post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"datasetId\":" + datasetId + ",\"name\":\"" + secret + "\"}")))
                    .andExpect(status().isBadRequest());
        } finally {
            root.detachAppender(appender);
        }
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            logged.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(logged).noneMatch(line -> line.contains("SECRET-NAME"));
    }

    private long uploadWithIllTeacher() throws Exception {
        String problem = new String(resource("two-schools.json")).replace("\"age\": 35, \"yearsAtSchool\": 7,",
                "\"age\": 35, \"yearsAtSchool\": 7, \"homeLatitude\": 30.05, \"homeLongitude\": 110.0,"
                        + " \"exemptions\": [\"SERIOUS_ILLNESS\"],");
        assertThat(problem).contains("SERIOUS_ILLNESS");
        return json(as(PLANNER, post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(problem)))
                .get("id").asLong();
    }

    private static JsonNode teacher(JsonNode problem, String id) {
        for (JsonNode teacher : problem.get("teachers")) {
            if (teacher.get("id").asText().equals(id)) {
                return teacher;
            }
        }
        throw new AssertionError("No teacher " + id);
    }
}
