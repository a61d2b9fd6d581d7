package org.icerules.web;

import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench in a real browser: Debian's chromium, headless, driven through Debian's
 * chromedriver (paths set explicitly, so Selenium never downloads anything). On CI the browser
 * must be there; on a developer machine without it the test is skipped.
 */
class WorkbenchBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("icerules.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("icerules.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String ORDINANCE_HOLD = "cell-denver-ordinance-2017--hold-past-release";
    static final String DRAFT_ORDER_HOLD = "cell-denver-draft-order-2017--hold-past-release";

    /** Selenium warns, through java.util.logging, that it has no DevTools module for this chromium: not needed here. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static WebServer server;
    static ChromeDriverService service;
    static WebDriver driver;
    static Path profile;
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
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    void openAndWaitReady(String url) {
        driver.get("about:blank");
        driver.get(url);
        waitUpTo(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Waits until the matrix shows the case whose URL fragment contains {@code part}. */
    void waitForMatrixOf(String part) {
        waitUpTo(20).until(d -> {
            String shown = d.findElement(By.id("matrix")).getAttribute("data-case");
            return shown != null && shown.contains(part);
        });
    }

    String word(String cellId) {
        return driver.findElement(By.id(cellId)).findElement(By.className("word")).getText();
    }

    @Test
    void anUnknownWarrantShowsDependsWithItsConditions() throws IOException {
        openAndWaitReady(base);
        String cell = "cell-denver-ordinance-2017--admit-ice-secure-area";
        // the preset's warrant is unknown: the form shows the third state, the cell says on what it depends
        new Select(driver.findElement(By.id("preset"))).selectByValue("secure-area-warrant-unknown-2018");
        waitForMatrixOf("warrant=unknown");
        assertThat(new Select(driver.findElement(By.id("fact-warrant"))).getFirstSelectedOption().getText())
                .isEqualTo("unknown");
        assertThat(word(cell)).isEqualTo("depends");
        assertThat(driver.findElement(By.id(cell)).getAttribute("class")).contains("st-depends");
        assertThat(driver.findElement(By.id(cell)).findElement(By.className("conditions")).getAttribute("textContent"))
                .contains("permitted if warrant = judicial").contains("forbidden if warrant");
        screenshot(driver.findElement(By.id("matrix")), "matrix-depends.png");
        driver.findElement(By.id(cell)).click();
        WebElement explanation = driver.findElement(By.id("explanation"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(explanation, "data-cell",
                "denver-ordinance-2017/admit-ice-secure-area"));
        assertThat(driver.findElement(By.id("contingent-branches")).getText()).contains("§ 28-252(a)");
        assertThat(driver.findElement(By.id("contingent-matters")).getText()).contains("warrant");
        screenshot(driver.findElement(By.id("explanation")), "explanation-depends.png");
        // knowing the warrant settles it
        new Select(driver.findElement(By.id("fact-warrant"))).selectByValue("judicial");
        waitForMatrixOf("warrant=judicial");
        assertThat(word(cell)).isEqualTo("permitted");
        // a number's third state is a checkbox
        driver.findElement(By.id("fact-hours-until-release-unknown")).click();
        waitForMatrixOf("hours-until-release=unknown");
        assertThat(driver.findElement(By.id("fact-hours-until-release")).isEnabled()).isFalse();
    }

    @Test
    void everVallesThroughTheWorkbench() throws IOException {
        openAndWaitReady(base);

        // Load the Ever Valles preset: the ordinance forbids holding him past release.
        new Select(driver.findElement(By.id("preset"))).selectByValue("ever-valles-2016");
        waitForMatrixOf("date=2016-12-20");
        assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo("2016-12-20");
        assertThat(word(ORDINANCE_HOLD)).isEqualTo("forbidden");
        assertThat(driver.findElement(By.id(ORDINANCE_HOLD)).getAttribute("class")).contains("st-forbidden");
        WebElement row = driver.findElement(By.cssSelector("#matrix tr[data-action='notify-release']"));
        assertThat(row.getAttribute("class")).as("the regimes disagree on notification").contains("differs");

        // Click the cell: the explanation cites § 28-253.
        driver.findElement(By.id(ORDINANCE_HOLD)).click();
        WebElement explanation = driver.findElement(By.id("explanation"));
        waitUpTo(20).until(ExpectedConditions.attributeToBe(explanation, "data-cell",
                "denver-ordinance-2017/hold-past-release"));
        assertThat(explanation.getText()).contains("§ 28-253").contains("forbidden");
        assertThat(driver.findElement(By.id("why-not")).getText()).contains("warrant: none → judicial");
        screenshot(driver.findElement(By.id("matrix")), "matrix.png");
        screenshot(explanation, "explanation.png");

        // The copied link reproduces the case and the explained cell in a fresh page.
        String link = driver.findElement(By.id("cell-link")).getAttribute("value");
        assertThat(link).contains("detainer=i-247a").contains("cell=denver-ordinance-2017%2Fhold-past-release");
        openAndWaitReady(link);
        assertThat(new Select(driver.findElement(By.id("fact-notification-request"))).getFirstSelectedOption().getText())
                .isEqualTo("written");
        waitUpTo(20).until(d -> d.findElement(By.id("explanation")).getText().contains("§ 28-253"));
        assertThat(word(ORDINANCE_HOLD)).isEqualTo("forbidden");

        // An administrative warrant: the draft order still forbids the hold under its default reading...
        new Select(driver.findElement(By.id("fact-warrant"))).selectByValue("administrative");
        waitForMatrixOf("warrant=administrative");
        String before = word(DRAFT_ORDER_HOLD);
        assertThat(before).isEqualTo("forbidden");

        // ...and permits it when the draft order's warrant exception is read as any warrant.
        new Select(driver.findElement(By.id("switch-draft-order.warrant"))).selectByValue("any-warrant");
        waitForMatrixOf("draft-order.warrant=any-warrant");
        assertThat(word(DRAFT_ORDER_HOLD)).isNotEqualTo(before).isEqualTo("permitted");
        assertThat(word(ORDINANCE_HOLD)).as("the ordinance has no such reading").isEqualTo("forbidden");

        // Its explanation names the provision that gave way to the warrant exception.
        driver.findElement(By.id(DRAFT_ORDER_HOLD)).click();
        waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("explanation"), "data-cell",
                "denver-draft-order-2017/hold-past-release"));
        assertThat(driver.findElements(By.cssSelector("#overridden-provisions li"))).isNotEmpty();
        screenshot(driver.findElement(By.tagName("body")), "workbench-any-warrant.png");

        // Only the city's regimes (a button per level, from the data), then just the draft order and
        // the ordinance: the hold is where they part ways.
        driver.findElement(By.id("regime-filter-summary")).click();
        driver.findElement(By.id("regimes-level-city")).click();
        List<String> city = RegimeCatalog.load(Path.of("rules")).regimes().stream()
                .filter(r -> r.regime().level().equals("city")).map(r -> r.id()).toList();
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#matrix thead th")).size() == 1 + city.size());
        for (String id : city) {
            if (!id.equals("denver-draft-order-2017") && !id.equals("denver-ordinance-2017")) {
                driver.findElement(By.id("show-" + id)).click();
            }
        }
        // (the last click is awaited by its column count: an earlier state's list can begin the same way)
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#matrix thead th")).size() == 3);
        waitForMatrixOf("regimes=denver-draft-order-2017%2Cdenver-ordinance-2017");
        assertThat(driver.findElement(By.cssSelector("#matrix tr[data-action='hold-past-release']")).getAttribute("class"))
                .contains("differs");
        driver.findElement(By.id("regimes-all")).click();
        waitForMatrixOf("any-warrant");
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#matrix thead th")).size() > 3);

        // Only the rows where the regimes differ, on request.
        int allRows = driver.findElements(By.cssSelector("#matrix tbody tr")).size();
        driver.findElement(By.id("only-differing")).click();
        assertThat(driver.findElements(By.cssSelector("#matrix tbody tr")))
                .hasSizeLessThan(allRows)
                .allSatisfy(r -> assertThat(r.getAttribute("class")).contains("differs"));

        // The regimes page lists each regime's provisions with citation and basis.
        driver.findElement(By.id("tab-button-regimes")).click();
        WebElement provision = driver.findElement(By.id("provision-drmc-28-253"));
        assertThat(provision.isDisplayed()).isTrue();
        assertThat(provision.getText()).contains("D.R.M.C. § 28-253").containsAnyOf("text", "reported", "inferred");
        screenshot(driver.findElement(By.tagName("body")), "regimes.png");

        // Compare: the practice and the ordinance; an example loads into the case builder and gets the claimed answers.
        driver.findElement(By.id("tab-button-compare")).click();
        new Select(driver.findElement(By.id("compare-a"))).selectByValue("denver-practice-2014");
        new Select(driver.findElement(By.id("compare-b"))).selectByValue("denver-ordinance-2017");
        driver.findElement(By.id("compare-run")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#compare-result .pattern")).isEmpty());
        WebElement pattern = driver.findElement(By.cssSelector("#compare-result .pattern[data-action='notify-release']"));
        String claimedFirst = pattern.getAttribute("data-first");
        String claimedSecond = pattern.getAttribute("data-second");
        assertThat(claimedFirst).isNotEqualTo(claimedSecond);
        screenshot(driver.findElement(By.tagName("body")), "compare.png");
        pattern.findElement(By.className("load-example")).click();
        waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("explanation"), "data-cell",
                "denver-practice-2014/notify-release"));
        assertThat(driver.findElement(By.id("view-case")).isDisplayed()).isTrue();
        assertThat(word("cell-denver-practice-2014--notify-release")).isEqualTo(claimedFirst);
        assertThat(word("cell-denver-ordinance-2017--notify-release")).isEqualTo(claimedSecond);
    }

    static void screenshot(WebElement element, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // chromedriver clips an element's shot to the viewport: bring the whole element into it first
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", element);
        File shot = element.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
