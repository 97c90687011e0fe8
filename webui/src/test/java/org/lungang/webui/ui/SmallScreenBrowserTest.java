package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.security.SystemIdentity;
import org.lungang.webui.solve.SolveService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner's laptop: a 1280×720 window in headless Chromium (Debian's chromium and chromium-driver). Every view
 * of a solved plan fits its width: neither the page nor a visible grid needs horizontal scrolling for its columns.
 * Also the map (zoomed in, its labels apart) and a failed import (no green tick). Screenshots of each go to
 * {@code target/screenshots/1280-*.png}. Skipped only when chromedriver is not installed.
 */
class SmallScreenBrowserTest extends BrowserTest {

    private static final Map<String, String> VIEWS = Map.of("overview", "", "plan", "plan", "schools", "schools",
            "teachers", "teachers", "map", "map", "scenarios", "scenarios", "import-export", "import-export");

    /**
     * Widths that overflow: the page, the view, and every visible grid's table, as "what: scrollWidth > clientWidth".
     */
    private static final String OVERFLOWS = """
            const out = [];
            const check = (what, el) => {
              if (el && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                out.push(what + ': ' + el.scrollWidth + ' > ' + el.clientWidth);
              }
            };
            check('page', document.scrollingElement);
            const layout = document.querySelector('vaadin-app-layout');
            if (layout) {
              [...layout.children].filter(c => !c.hasAttribute('slot')).forEach(v => check('view', v));
            }
            document.querySelectorAll('vaadin-grid').forEach(g => {
              if (g.offsetParent !== null && g.shadowRoot) {
                check('grid ' + (g.id || '?'), g.shadowRoot.querySelector('#table'));
              }
            });
            return out;
            """;

    @Autowired
    private SolveService solves;

    /** The context (and its database) is shared by the tests of the class: the plan is solved once. */
    private static boolean solved;

    @Override
    Dimension window() {
        return new Dimension(1280, 720);
    }

    @BeforeEach
    void solveTheDemoCountyOnce() {
        Scenario scenario = UiFixture.demoCounty(datasets, scenarios);
        if (!solved) {
            // Polled in this thread: the services check the system identity held by it.
            SystemIdentity.run(() -> {
                long job = solves.submit(scenario.getId(), Duration.ofSeconds(3), false).job().getId();
                await().pollInSameThread().atMost(Duration.ofMinutes(2))
                        .until(() -> !solves.status(job).job().getStatus().isActive());
            });
            solved = true;
        }
    }

    @Test
    void atTwelveEightyBySevenTwentyNoViewScrollsSideways() throws IOException {
        logIn();
        List<String> overflows = new ArrayList<>();
        for (Map.Entry<String, String> view : VIEWS.entrySet()) {
            open("/" + view.getValue());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout > :not([slot])")));
            settle();
            screenshot("1280-" + view.getKey());
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((JavascriptExecutor) driver).executeScript(OVERFLOWS);
            found.forEach(f -> overflows.add(view.getKey() + ": " + f));
        }

        assertThat(overflows).isEmpty();
    }

    @Test
    void theMapZoomsInAndOpensASchoolOnClick() throws IOException {
        logIn();
        open("/map");
        WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#county-map svg")));
        settle();
        screenshot("1280-map-whole");
        int labelsBefore = driver.findElements(By.cssSelector("#county-map text.label")).size();
        driver.findElement(By.id("map-zoom-in")).click();
        wait.until(ExpectedConditions.textMatches(By.id("map-count"), java.util.regex.Pattern.compile(".*放大 2\\.0 倍")));
        settle();
        screenshot("1280-map-zoomed");
        assertThat(map).isNotNull();

        WebElement school = driver.findElement(By.cssSelector("#county-map circle.school"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(school).click().perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("school-dialog")));
        settle();
        screenshot("1280-map-school-dialog");
        assertThat(labelsBefore).isPositive();
    }

    @Test
    void aFailedImportShowsTheErrorsAndNoGreenTick() throws IOException {
        logIn();
        open("/import-export");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        Path broken = Files.createTempFile("broken-", ".json");
        Files.writeString(broken, "{\"name\": \"坏文件\", \"year\": 2025, \"schools\": [], \"teachers\": []}");
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const i = arguments[0].shadowRoot.querySelector('input[type=file]') || arguments[0].querySelector('input[type=file]');"
                        + " i.hidden = false; i.style.display = 'block'; return i;", upload);
        input.sendKeys(broken.toAbsolutePath().toString());
        wait.until(ExpectedConditions.attributeToBe(upload, "data-import", "failed"));
        settle();
        screenshot("1280-import-failed");

        assertThat(driver.findElement(By.id("import-result")).getText()).startsWith("未导入");
        @SuppressWarnings("unchecked")
        List<Object> complete = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].files.map(f => !!f.complete && !f.error);", upload);
        assertThat(complete).isNotEmpty().containsOnly(Boolean.FALSE);
    }

    /** Waits until Vaadin has no request in flight, so that the page is drawn as the server left it. */
    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                        + ".every(c => !c.isActive());")));
    }
}
