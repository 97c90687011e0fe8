package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.explain.Labels;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.rotation.ChangePreviews.Preview;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.SystemIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hand move that breaks a hard rule, in a real browser (Debian's headless Chromium): the preview names the rule,
 * applying asks first, the infeasible plan then shows its banner over the overview with a link to the teacher, the
 * decision is listed and undone, and the banner goes. Screenshots under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardRuleSafetyBrowserTest {

    private static final String PASSWORD = "password-123";

    @LocalServerPort
    private int port;
    @Autowired
    private DatasetService datasets;
    @Autowired
    private ScenarioService scenarios;
    @Autowired
    private ChangePreviews previews;
    @Autowired
    private RotationSolver solver;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private Scenario scenario;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("lungang-safety-e2e-");
        registry.add("lungang.data-dir", dir::toString);
        registry.add("lungang.admin.password", () -> PASSWORD);
        registry.add("lungang.demo.enabled", () -> "false");
        registry.add("lungang.security.bcrypt-strength", () -> "4");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        scenario = UiFixture.demoCounty(datasets, scenarios);
        profile = Files.createTempDirectory("lungang-chromium-");
        driver = Chromium.start(profile, new Dimension(1280, 800));
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A teacher and a school that break a hard rule, found on the scenario's plan as the server builds it. */
    private record Breaking(Rotation rotation, School school, String rule) {
    }

    private Breaking breaking() {
        RotationPlan plan = SystemIdentity.call(() -> scenarios.problem(scenario.getId(), List.of()).plan());
        solver.score(plan);
        for (Rotation r : plan.getRotations()) {
            if (!r.isCandidate() || r.isPinned()) {
                continue;
            }
            for (School school : plan.getSchools()) {
                if (school == r.getHomeSchool()) {
                    continue;
                }
                Preview p = previews.ofDestination(plan, r, school);
                if (p.breaksHardRule()) {
                    return new Breaking(r, school, Labels.zhRule(p.brokenHardRules().get(0).constraintName()));
                }
            }
        }
        throw new AssertionError("No breaking hand move in the demo county");
    }

    @Test
    void aBreakingHandMoveIsNamedConfirmedAnnouncedOnEveryViewAndUndone() throws IOException {
        Breaking change = breaking();
        driver.get("http://localhost:" + port + "/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys("admin");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-cards")));
        assertThat(driver.findElements(By.id("infeasible-banner"))).isEmpty();

        driver.get("http://localhost:" + port + "/teachers?teacher=" + change.rotation().getId());
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#move-target input")));
        input.sendKeys(change.school().getName());
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(., '" + change.school().getName() + "')]")));
        item.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("move-preview"), "将违反的硬性规则"));
        assertThat(driver.findElement(By.id("move-preview")).getText()).contains(change.rule())
                .contains("与当前方案相比");
        screenshot("safety-01-preview-names-the-rule");
        WebElement recommendations = driver.findElement(By.id("recommendations"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                recommendations);
        driver.findElement(By.id("breaking-details")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("breaking-recommendations")));
        screenshot("safety-01b-recommendations-against-the-current-plan");

        driver.findElement(By.id("apply-move")).click();
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[slot='confirm-button']")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("此改动会违反硬性规则");
        screenshot("safety-02-asks-before-applying");
        confirm.click();

        driver.get("http://localhost:" + port + "/");
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infeasible-banner")));
        assertThat(banner.getText()).startsWith("当前方案违反").contains(change.rule())
                .contains(change.rotation().getTeacher().name());
        WebElement shortfalls = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shortfall-grid")));
        screenshot("safety-03-banner-over-the-overview");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", shortfalls);
        wait.until(ExpectedConditions.textToBePresentInElement(shortfalls, "违反硬性规则"));
        screenshot("safety-03b-shortfalls-list-the-hard-rules");

        driver.get("http://localhost:" + port + "/schools");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infeasible-banner")));
        screenshot("safety-04-banner-over-the-schools");
        driver.findElement(By.cssSelector("#infeasible-banner a[href='teachers?teacher="
                + change.rotation().getId() + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teacher-decisions")));
        screenshot("safety-05-banner-link-opens-the-teacher");

        driver.get("http://localhost:" + port + "/decisions");
        WebElement undo = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".undo-decision")));
        screenshot("safety-06-decisions");
        undo.click();
        // Undoing is previewed against the current plan first: here it mends the broken rule.
        WebElement confirmUndo = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[slot='confirm-button']")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("撤销这一决定？")
                .contains("与当前方案相比");
        screenshot("safety-06b-undo-previewed");
        confirmUndo.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("infeasible-banner")));
        screenshot("safety-07-undone-banner-gone");
        assertThat(SystemIdentity.call(() -> scenarios.overrides(scenario.getId()))).isEmpty();
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }
}
