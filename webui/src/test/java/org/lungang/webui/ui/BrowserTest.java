package org.lungang.webui.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.ScenarioService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Selenium test of the running application in {@link Chromium}: a data directory of its own (and so a database of
 * its own, the context closed after the class), no demo county, the administrator's password known, the browser
 * started before each test (skipped where it is not installed) and quit after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BrowserTest {

    static final String PASSWORD = "password-123";
    /** The application's data directory: the province directories and uploads live under it. */
    static Path dataDir;

    @LocalServerPort
    private int port;
    @Autowired
    DatasetService datasets;
    @Autowired
    ScenarioService scenarios;

    WebDriver driver;
    WebDriverWait wait;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("lungang-browser-");
        registry.add("lungang.data-dir", dataDir::toString);
        registry.add("lungang.admin.password", () -> PASSWORD);
        registry.add("lungang.demo.enabled", () -> "false");
        registry.add("lungang.security.bcrypt-strength", () -> "4");
    }

    /** The browser window's size; a test of another screen says its own. */
    Dimension window() {
        return new Dimension(1280, 800);
    }

    /** How long a test waits for the page at most (a solve included). */
    Duration patience() {
        return Duration.ofSeconds(90);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        driver = Chromium.start(Files.createTempDirectory("lungang-chromium-"), window());
        wait = new WebDriverWait(driver, patience());
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens a path of the application, e.g. {@code "/plan"}. */
    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Opens the login page and returns its user name field once it can be typed in. */
    WebElement loginForm() {
        open("/login");
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
    }

    /** Logs in as the administrator and waits for the overview. */
    void logIn() {
        logIn(loginForm());
    }

    /** Logs in as the administrator on the login form already open, and waits for the overview. */
    void logIn(WebElement username) {
        username.sendKeys("admin");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-cards")));
    }

    /** Clicks by script: a Vaadin button scrolled under the header is not "interactable" for WebDriver. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }
}
