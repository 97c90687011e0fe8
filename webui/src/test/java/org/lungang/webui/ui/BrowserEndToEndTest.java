package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The planner's day in a real browser: headless Chromium (Debian's chromium and chromium-driver, never downloaded)
 * against the running application. Logs in, opens the demo county's plan, solves for a few seconds, sees the rotation
 * list and the overview, and saves screenshots under {@code target/screenshots}. Skipped only when chromedriver is
 * not installed.
 */
class BrowserEndToEndTest extends BrowserTest {

    @BeforeEach
    void importTheDemoCounty() {
        UiFixture.demoCounty(datasets, scenarios);
    }

    @Test
    void aPlannerLogsInSolvesTheDemoCountyAndReadsTheRotationListAndTheOverview() throws IOException {
        WebElement username = loginForm();
        screenshot("01-login");
        logIn(username);

        open("/plan");
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

        open("/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview-cards")));
        assertThat(driver.findElement(By.id("overview-scenario")).getText()).contains(UiFixture.COUNTY);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("方案第 1 版");
        screenshot("04-overview");
    }
}
