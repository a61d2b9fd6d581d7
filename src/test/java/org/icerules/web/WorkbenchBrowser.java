package org.icerules.web;

import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A workbench on a free port and Debian's chromium, headless, driven through Debian's
 * chromedriver (paths set explicitly, so Selenium never downloads anything). On CI the browser
 * must be there; on a developer machine without it the tests are skipped. Downloads go to a
 * folder of their own.
 */
abstract class WorkbenchBrowser {
    static final Path CHROMIUM = Path.of(System.getProperty("icerules.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("icerules.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium warns, through java.util.logging, that it has no DevTools module for this chromium: not needed here. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static WebServer server;
    static ChromeDriverService service;
    static WebDriver driver;
    static Path profile;
    static Path downloads;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (.ci/run installs Debian's chromium and chromium-driver)");
        }
        assumeTrue(present, "no chromium/chromedriver here; install Debian's chromium and chromium-driver to run this test");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = new WebServer(RegimeCatalog.load(Path.of("rules")), Path.of("scenarios")).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        profile = Files.createTempDirectory("icerules-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=2100,2300", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
            profile = null;
        }
    }

    static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    static void openAndWaitReady(String url) {
        driver.get("about:blank");
        driver.get(url);
        waitUpTo(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Waits until the matrix shows the case whose link contains {@code part}. */
    static void waitForMatrixOf(String part) {
        waitUpTo(20).until(d -> {
            String shown = d.findElement(By.id("matrix")).getAttribute("data-case");
            return shown != null && shown.contains(part);
        });
    }

    static String word(String cellId) {
        return driver.findElement(By.id(cellId)).findElement(By.className("word")).getText();
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void screenshot(WebElement element, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // chromedriver clips an element's shot to the viewport: bring the whole element into it first
        js("arguments[0].scrollIntoView(true)", element);
        File shot = element.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
