package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.audit.AuditEvent;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.SystemIdentity;
import org.lungang.webui.solve.JobStatus;
import org.lungang.webui.solve.SolveService;
import org.lungang.webui.solve.SolveService.JobState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * What the database must keep, checked on a real database by starting and stopping the whole application: plans and
 * jobs survive a restart, a job cut short is marked interrupted with its best plan kept, deletes cascade, the audit
 * trail is written. Each subclass names a database; the tests are the same.
 */
abstract class PersistenceContract {

    private ConfigurableApplicationContext context;

    /** The properties that point the application at a fresh, empty database. */
    abstract Map<String, Object> databaseProperties();

    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(databaseProperties());
        properties.put("server.port", "0");
        properties.put("lungang.admin.password", "password-123");
        properties.put("lungang.demo.enabled", "false");
        properties.put("lungang.security.bcrypt-strength", "4");
        // As arguments: they outrank application.properties (builder "properties" would be mere defaults).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(LungangApplication.class).run(args);
        return context;
    }

    private void stop() {
        context.close();
        context = null;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            stop();
        }
    }

    private static <T> T as(ConfigurableApplicationContext ctx, Class<T> service) {
        return ctx.getBean(service);
    }

    private long importAndCreateScenario(ConfigurableApplicationContext ctx) {
        return SystemIdentity.call(() -> {
            Dataset dataset = as(ctx, DatasetService.class).importJson(ApiTest.resource("two-schools.json"),
                    "two-schools.json");
            Scenario scenario = as(ctx, ScenarioService.class)
                    .create(new ScenarioSpec(dataset.getId(), "Base", null, null, Map.of()));
            return scenario.getId();
        });
    }

    private static JobState job(ConfigurableApplicationContext ctx, long jobId) {
        return SystemIdentity.call(() -> as(ctx, SolveService.class).status(jobId));
    }

    @Test
    void plansAndFinishedJobsSurviveARestart() {
        ConfigurableApplicationContext first = start();
        long scenarioId = importAndCreateScenario(first);
        long jobId = SystemIdentity.call(() -> as(first, SolveService.class)
                .submit(scenarioId, Duration.ofSeconds(1), false)).job().getId();
        await().atMost(Duration.ofMinutes(2)).until(() -> !job(first, jobId).job().getStatus().isActive());
        PlanVersion before = SystemIdentity.call(() -> as(first, PlanService.class).ofJob(jobId).orElseThrow());
        stop();

        ConfigurableApplicationContext second = start();
        List<PlanVersion> versions = SystemIdentity.call(() -> as(second, PlanService.class).versions(scenarioId));

        assertThat(versions).singleElement().satisfies(plan -> {
            assertThat(plan.getScore()).isEqualTo(before.getScore());
            assertThat(plan.getMoves()).isEqualTo(before.getMoves());
        });
        assertThat(job(second, jobId).job().getStatus()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void aJobSolvingAtShutdownIsMarkedInterruptedAndItsBestPlanIsKept() {
        ConfigurableApplicationContext first = start();
        long scenarioId = importAndCreateScenario(first);
        long jobId = SystemIdentity.call(() -> as(first, SolveService.class)
                .submit(scenarioId, Duration.ofMinutes(30), false)).job().getId();
        await().atMost(Duration.ofMinutes(2)).until(() -> job(first, jobId).job().getStatus() == JobStatus.SOLVING);
        stop();

        ConfigurableApplicationContext second = start();

        assertThat(job(second, jobId).job().getStatus()).isEqualTo(JobStatus.INTERRUPTED);
        PlanVersion plan = SystemIdentity.call(() -> as(second, PlanService.class).ofJob(jobId).orElseThrow());
        assertThat(plan.getScore()).isNotBlank();
        assertThat(plan.getPlanJson()).startsWith("[");
    }

    @Test
    void aJobLeftSolvingByACrashIsMarkedInterruptedAtTheNextStart() throws Exception {
        ConfigurableApplicationContext first = start();
        long scenarioId = importAndCreateScenario(first);
        long jobId = SystemIdentity.call(() -> as(first, SolveService.class)
                .submit(scenarioId, Duration.ofSeconds(1), false)).job().getId();
        await().atMost(Duration.ofMinutes(2)).until(() -> !job(first, jobId).job().getStatus().isActive());
        Environment environment = first.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        stop();
        // What a crash leaves behind: the row still says solving, and nothing ran at shutdown to change it.
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement update = connection.prepareStatement(
                        "update solve_job set status = 'SOLVING', ended_at = null where id = ?")) {
            update.setLong(1, jobId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        ConfigurableApplicationContext second = start();

        assertThat(job(second, jobId).job().getStatus()).isEqualTo(JobStatus.INTERRUPTED);
        assertThat(SystemIdentity.call(() -> as(second, PlanService.class).ofJob(jobId))).isPresent();
    }

    @Test
    void deletingADatasetDeletesItsScenariosAndPlans() {
        ConfigurableApplicationContext ctx = start();
        long scenarioId = importAndCreateScenario(ctx);
        long jobId = SystemIdentity.call(() -> as(ctx, SolveService.class)
                .submit(scenarioId, Duration.ofSeconds(1), false)).job().getId();
        await().atMost(Duration.ofMinutes(2)).until(() -> !job(ctx, jobId).job().getStatus().isActive());
        long datasetId = SystemIdentity.call(() -> as(ctx, ScenarioService.class).get(scenarioId).getDatasetId());

        SystemIdentity.run(() -> as(ctx, DatasetService.class).delete(datasetId));

        assertThat(SystemIdentity.call(() -> as(ctx, ScenarioService.class).list(datasetId))).isEmpty();
        assertThat(SystemIdentity.call(() -> as(ctx, PlanService.class).latest(scenarioId))).isEmpty();
    }

    @Test
    void theAuditTrailRecordsEachChangeWithItsAuthor() {
        ConfigurableApplicationContext ctx = start();
        long scenarioId = importAndCreateScenario(ctx);

        List<AuditEvent> events = SystemIdentity.call(() -> as(ctx, AuditService.class).latest(10));

        assertThat(events).extracting(AuditEvent::getAction).contains("DATASET_IMPORTED", "SCENARIO_CREATED");
        assertThat(events).filteredOn(e -> e.getAction().equals("SCENARIO_CREATED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getTargetId()).isEqualTo(String.valueOf(scenarioId));
                    assertThat(e.getUsername()).isEqualTo(AuditService.SYSTEM);
                });
    }
}
