package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.solver.domain.Rotation;
import org.lungang.webui.plan.PlanOrigin;
import org.lungang.webui.plan.PlanService;
import org.lungang.webui.plan.PlanVersion;
import org.lungang.webui.scenario.OverrideAction;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService.ScenarioSpec;
import org.lungang.webui.security.SystemIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plan versions in a real browser (Debian's chromium and chromium-driver): the rotation list filling while a solve
 * runs, warm start ticked after a reload, a worse re-solve set aside and reported, the version history with its diff
 * and score analysis, the set-aside version restored by confirming its dialog, and the what-if comparison against a
 * picked baseline. Screenshots go to
 * {@code target/screenshots/versions-*.png}. Skipped only when chromedriver is not installed.
 */
class PlanVersionsBrowserTest extends BrowserTest {

    @Autowired
    private PlanService plans;

    private Scenario scenario;

    @DynamicPropertySource
    static void quickBindingRules(DynamicPropertyRegistry registry) {
        registry.add("lungang.whatif.binding-time-per-solve", () -> "PT1S");
    }

    @BeforeEach
    void importTheCounties() {
        UiFixture.demoCounty(datasets, scenarios);
        // Imported last, so the newest dataset: the scenario a new session works on.
        scenario = TinyCounty.scenario(datasets, scenarios);
    }

    @Test
    void aPlannerFollowsASolveKeepsTheBetterPlanAndReadsVersionsAnalysisAndComparison() throws IOException {
        logIn();

        // A solve of a scenario with no plan: a cold start, and the list fills while it runs.
        open("/plan");
        WebElement seconds = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#solve-seconds input")));
        assertThat(checked("solve-warm-start")).isFalse();
        seconds.sendKeys("\u0008\u0008\u0008" + "8\t");
        String before = text("plan-count");
        driver.findElement(By.id("solve-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("solve-status"), "求解中"));
        wait.until(d -> !text("plan-count").equals(before));
        assertThat(driver.findElement(By.id("solve-status")).getText()).isEqualTo("求解中");
        screenshot("versions-01-list-during-solve");
        wait.until(ExpectedConditions.textToBe(By.id("solve-status"), "已完成"));

        // After a reload warm start is ticked; a pin that breaks a hard rule makes the re-solve worse.
        SystemIdentity.run(() -> {
            Rotation teacher = scenarios.problem(scenario.getId(), List.of()).plan().getRotations().stream()
                    .filter(r -> !r.isPinned()).findFirst().orElseThrow();
            scenarios.addOverride(scenario.getId(), teacher.getId(), OverrideAction.PIN,
                    teacher.getHomeSchool().getId());
        });
        driver.navigate().refresh();
        seconds = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#solve-seconds input")));
        assertThat(checked("solve-warm-start")).isTrue();
        screenshot("versions-02-warm-start-after-reload");
        seconds.sendKeys("\u0008\u0008\u0008" + "2\t");
        driver.findElement(By.id("solve-button")).click();
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-notification-card")));
        wait.until(ExpectedConditions.textToBe(By.id("solve-status"), "已完成（第 2 版未采用）"));
        assertThat(notice.getText()).contains("不如第 1 版");
        screenshot("versions-03-worse-solve-set-aside");

        // The history: both versions, the first current; the two compared; the score analysis.
        open("/versions");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#versions-grid vaadin-checkbox")));
        String history = text("versions-grid");
        assertThat(history).contains("当前方案").contains("未采用（不如第 1 版）").contains("从当前方案继续");
        List<WebElement> ticks = rowCheckboxes("versions-grid");
        ticks.get(0).click();
        ticks.get(1).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("version-compare"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("version-diff-summary")));
        assertThat(text("version-diff-summary")).startsWith("去向不同的教师");
        screenshot("versions-04-history-and-diff");

        // Only the set-aside version ticked: its score analysis, then restoring it.
        ticks.get(1).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("version-analyse"))).click();
        WebElement analysis = driver.findElement(By.id("score-analysis"));
        wait.until(d -> analysis.getText().contains("第 2 版得分分析"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", analysis);
        WebElement firstRule = analysis.findElement(By.cssSelector("vaadin-details"));
        // A broken hard rule comes first (the pin may break more than one).
        assertThat(firstRule.getText()).contains("硬性规则");
        assertThat(analysis.getText()).contains("不得交流到本校");
        firstRule.click();
        wait.until(d -> !analysis.findElements(By.cssSelector(".analysis-link")).isEmpty());
        screenshot("versions-05-score-analysis");

        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        click(driver.findElement(By.id("version-restore")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "vaadin-confirm-dialog-overlay[opened], vaadin-confirm-dialog[opened]")));
        screenshot("versions-06-restore-confirm");
        // The planner's own click on the dialog's confirm button (a real pointer click, as the safety test makes).
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "vaadin-button[slot='confirm-button']"))).click();
        // The view shows the restored version's analysis below; the history is read where it is, scrolled to (the
        // grid draws only the rows in view, which made the restore look as if it had not reached the server).
        wait.until(d -> {
            WebElement grid = driver.findElement(By.id("versions-grid"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", grid);
            return grid.getText().contains("恢复第 2 版");
        });
        List<PlanVersion> versions = SystemIdentity.call(() -> plans.versions(scenario.getId()));
        PlanVersion setAside = versions.stream().filter(PlanVersion::isSetAside).findFirst().orElseThrow();
        PlanVersion restored = SystemIdentity.call(() -> plans.latest(scenario.getId())).orElseThrow();
        assertThat(restored.getVersionNumber()).isEqualTo(3);
        assertThat(restored.getOrigin()).isEqualTo(PlanOrigin.RESTORE);
        assertThat(restored.getBasedOnVersion()).isEqualTo(setAside.getVersionNumber());
        // The restored plan is the set-aside plan: every teacher where that version sent her.
        assertThat(SystemIdentity.call(() -> plans.decisions(restored.getId())))
                .isEqualTo(SystemIdentity.call(() -> plans.decisions(setAside.getId())));
        assertThat(restored.getScore()).isEqualTo(setAside.getScore());
        screenshot("versions-07-restored");

        // What-if: two scenarios against a picked baseline; the poor one explained.
        Scenario other = SystemIdentity.call(() -> scenarios.create(new ScenarioSpec(scenario.getDatasetId(),
                "交流比例 15%", null, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                        .put("rotationQuota", 0.15), null)));
        open("/scenarios");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scenario-grid vaadin-checkbox")));
        selectScenario(other.getName());
        WebElement solve = driver.findElement(By.id("scenario-solve"));
        solve.click();
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(d -> text("scenario-grid").contains("交流比例 15%")
                && !text("scenario-grid").contains("求解中")
                && text("scenario-grid").split("方案第").length > 2);
        selectScenario(TinyCounty.SCENARIO);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison-grid")));
        WebElement compare = driver.findElement(By.id("scenario-comparison"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", compare);
        assertThat(compare.getText()).contains("对比基准").contains("Δ").contains("（共 ");
        screenshot("versions-08-comparison");
        click(compare.findElement(By.cssSelector(".comparison-find-binding")));
        new WebDriverWait(driver, Duration.ofMinutes(4)).until(d -> compare.getText().contains("方法："));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                compare.findElement(By.cssSelector(".comparison-poor")));
        screenshot("versions-09-binding-rules");
    }

    private boolean checked(String id) {
        return Boolean.parseBoolean(String.valueOf(driver.findElement(By.id(id)).getDomProperty("checked")));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The grid's row checkboxes, without the header's "select all". */
    private List<WebElement> rowCheckboxes(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content vaadin-checkbox"))
                .stream().filter(box -> !String.valueOf(box.getDomAttribute("class")).contains("select-all")
                        && !"Select All".equals(box.getDomAttribute("aria-label")))
                .toList();
    }

    /** Ticks the scenario's row in the scenario grid (rows in order, the name in each row's first cell). */
    private void selectScenario(String name) {
        List<WebElement> boxes = rowCheckboxes("scenario-grid");
        List<String> names = SystemIdentity.call(() -> scenarios.list(scenario.getDatasetId())).stream()
                .map(Scenario::getName).toList();
        int row = names.indexOf(name);
        assertThat(row).as("scenario " + name).isNotNegative();
        boxes.get(row).click();
    }
}
