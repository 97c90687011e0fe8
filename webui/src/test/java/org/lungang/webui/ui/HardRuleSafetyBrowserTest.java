package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.webui.rotation.ChangePreviews;
import org.lungang.webui.rotation.ChangePreviews.Preview;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.security.SystemIdentity;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hand move that breaks a hard rule, in a real browser (Debian's headless Chromium): the preview names the rule,
 * applying asks first, the infeasible plan then shows its banner over the overview with a link to the teacher, the
 * decision is listed and undone, and the banner goes. Screenshots under {@code target/screenshots}.
 */
class HardRuleSafetyBrowserTest extends BrowserTest {

    @Autowired
    private ChangePreviews previews;
    @Autowired
    private RotationSolver solver;

    private Scenario scenario;

    @BeforeEach
    void importTheDemoCounty() {
        scenario = UiFixture.demoCounty(datasets, scenarios);
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
        logIn();
        assertThat(driver.findElements(By.id("infeasible-banner"))).isEmpty();

        open("/teachers?teacher=" + change.rotation().getId());
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

        open("/");
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infeasible-banner")));
        assertThat(banner.getText()).startsWith("当前方案违反").contains(change.rule())
                .contains(change.rotation().getTeacher().name());
        WebElement shortfalls = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shortfall-grid")));
        screenshot("safety-03-banner-over-the-overview");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", shortfalls);
        wait.until(ExpectedConditions.textToBePresentInElement(shortfalls, "违反硬性规则"));
        screenshot("safety-03b-shortfalls-list-the-hard-rules");

        open("/schools");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("infeasible-banner")));
        screenshot("safety-04-banner-over-the-schools");
        driver.findElement(By.cssSelector("#infeasible-banner a[href='teachers?teacher="
                + change.rotation().getId() + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teacher-decisions")));
        screenshot("safety-05-banner-link-opens-the-teacher");

        open("/decisions");
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
}
