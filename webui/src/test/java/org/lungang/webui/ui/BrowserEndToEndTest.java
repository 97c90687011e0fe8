package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.ScenarioService;
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
 * The planner's day in a real browser: headless Chromium (Debian's chromium and chromium-driver, never downloaded)
 * against the running application. Logs in, opens the demo county's plan, solves for a few seconds, sees the rotation
 * list and the overview, and saves screenshots under {@code target/screenshots}. Skipped only when chromedriver is
 * not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserEndToEndTest {

    private static final String PASSWORD = "password-123";

    @LocalServerPort
    private int port;
    @Autowired
    private DatasetService datasets;
    @Autowired
    private ScenarioService scenarios;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("lungang-e2e-");
        registry.add("lungang.data-dir", dir::toString);
        registry.add("lungang.admin.password", () -> PASSWORD);
        registry.add("lungang.demo.enabled", () -> "false");
        registry.add("lungang.security.bcrypt-strength", () -> "4");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        UiFixture.demoCounty(datasets, scenarios);
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

    @Test
    void aPlannerLogsInSolvesTheDemoCountyAndReadsTheRotationListAndTheOverview() throws IOException {
        driver.get("http://localhost:" + port + "/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        screenshot("01-login");
        username.sendKeys("admin");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-cards")));

        driver.get("http://localhost:" + port + "/plan");
        WebElement seconds = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#solve-seconds input")));
        seconds.sendKeys("\u0008\u0008\u0008" + "3\t");
        driver.findElement(By.id("solve-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("solve-status"), "求解中"));
        screenshot("02-solving");
        wait.until(ExpectedConditions.textToBe(By.id("solve-status"), "已完成"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rotation-grid vaadin-grid-cell-content")));
        screenshot("03-rotation-list");

        Matcher count = Pattern.compile("共 (\\d+) 人").matcher(driver.findElement(By.id("plan-count")).getText());
        assertThat(count.find()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isPositive();
        assertThat(driver.findElement(By.id("solve-score")).getText()).startsWith("得分");

        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-cards")));
        assertThat(driver.findElement(By.id("overview-scenario")).getText()).contains(UiFixture.COUNTY);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("方案第 1 版");
        screenshot("04-overview");
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }
}
