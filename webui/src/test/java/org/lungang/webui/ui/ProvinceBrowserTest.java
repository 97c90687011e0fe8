package org.lungang.webui.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A province run in a real browser (headless Chromium, as {@link BrowserEndToEndTest}): the planner reads a province
 * directory of two two-school counties and a broken file, starts, watches the counties finish, reads the summary
 * and its chart, and opens a county's plan. Screenshots under {@code target/screenshots/province-*}. Skipped only
 * when chromedriver is not installed.
 */
class ProvinceBrowserTest extends BrowserTest {

    private Path province;

    @Override
    Dimension window() {
        return new Dimension(1280, 1000);
    }

    @Override
    Duration patience() {
        return Duration.ofSeconds(120);
    }

    @BeforeEach
    void writeTheProvince() throws IOException {
        UiFixture.demoCounty(datasets, scenarios);
        province = dataDir.resolve("provinces").resolve("示范市");
        Files.createDirectories(province);
        Files.write(province.resolve("east.json"), UiFixture.resource("two-schools.json"));
        Files.write(province.resolve("west.json"), UiFixture.resource("two-schools.json"));
        Files.writeString(province.resolve("broken.json"), "{ \"name\": ");
    }

    @Test
    void aPlannerSolvesAProvinceWatchesItsCountiesReadsTheSummaryAndOpensACountysPlan() throws IOException {
        logIn();

        open("/province");
        WebElement directory = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#province-directory input")));
        directory.sendKeys(province.toString() + "\t");
        driver.findElement(By.id("province-read")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("province-source"), "3 个县"));
        assertThat(driver.findElement(By.id("province-source")).getText()).contains("1 个文件有误");
        screenshot("province-01-checked");

        WebElement seconds = driver.findElement(By.cssSelector("#province-seconds input"));
        seconds.sendKeys("\u0008\u0008\u0008" + "2\t");
        driver.findElement(By.id("province-start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("province-progress"), "已完成"));
        screenshot("province-02-running");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("province-progress"), "全部完成"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#province-chart svg")));
        assertThat(driver.findElement(By.id("province-totals")).getText()).contains("已求解 2，数据有误 1");
        scrollTo(driver.findElement(By.id("province-counties")));
        screenshot("province-03-counties");
        scrollTo(driver.findElement(By.id("province-chart")));
        screenshot("province-04-summary");

        WebElement open = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#province-counties vaadin-button[id^='province-open-east']")));
        scrollTo(open);
        wait.until(ExpectedConditions.elementToBeClickable(open)).click();
        wait.until(ExpectedConditions.urlContains("/plan"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rotation-grid vaadin-grid-cell-content")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Two schools");
        screenshot("province-05-county-plan");
    }
}
