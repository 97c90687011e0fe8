package org.lungang.webui.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The real browser of the Selenium tests: Debian's headless Chromium and its driver (installed by {@code .ci/run}),
 * in Chinese, with the screenshots the build keeps under {@code target/screenshots}.
 */
final class Chromium {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** Skips the test where the browser is not installed (a developer machine without the Debian packages). */
    static void assumeInstalled() {
        assumeTrue(new File(CHROMEDRIVER).canExecute(), "chromedriver is not installed at " + CHROMEDRIVER);
    }

    /** A headless browser of this window size, with its own profile directory. */
    static ChromeDriver start(Path profile, Dimension window) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN",
                "--window-size=" + window.getWidth() + "," + window.getHeight(),
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        Files.createDirectories(SCREENSHOTS);
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
