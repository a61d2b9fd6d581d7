package org.icerules.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench as an advocate uses it: the law on the case's day first, the regimes that were
 * not law marked, on a phone, by keyboard alone, with a link that carries the case (and a bad one
 * marked where it is wrong), the report to download, and no axe-core violation on any view.
 */
class WorkbenchForAdvocatesBrowserTest extends WorkbenchBrowser {
    /** Ever Valles's facts, as a link (scenarios/detainers/ever-valles-2016.yaml). */
    static final String VALLES = "?date=2016-12-20&detainer=i-247a&notification-request=written&hours-until-release=0.5";
    static final String PRACTICE_HOLD = "cell-denver-practice-2014--hold-past-release";
    static final String LAW_HOLD = "cell-law--hold-past-release";
    static final Path AXE = Path.of("tools", "axe", "node_modules", "axe-core", "axe.min.js");

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        waitUpTo(5).until(d -> ((Number) js("return window.innerWidth")).intValue() == width);
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void waitForExplanationOf(String cell) {
        waitUpTo(20).until(ExpectedConditions.attributeToBe(By.id("explanation"), "data-cell", cell));
    }

    @Test
    void theLawOnTheDayComesFirstAndTheRegimesThatWereNotLawAreMarked() throws IOException {
        size(1400, 1600);
        openAndWaitReady(base);
        new Select(driver.findElement(By.id("preset"))).selectByValue("ever-valles-2016");
        waitForMatrixOf("date=2016-12-20");

        // the law row of each action: every layer in force on 2016-12-20, combined
        assertThat(driver.findElement(By.id("law-layers")).getText()).contains("2016-12-20").contains("practice 2014");
        assertThat(word(LAW_HOLD)).isEqualTo("forbidden");
        assertThat(driver.findElement(By.id(LAW_HOLD)).getText()).contains("practice 2014");
        // the row says the question; the id is secondary
        WebElement row = driver.findElement(By.cssSelector("#matrix tr[data-action='hold-past-release'] th"));
        assertThat(row.findElement(By.className("q")).getText()).startsWith("May the city keep the person in custody");
        assertThat(row.findElement(By.tagName("code")).getText()).isEqualTo("hold-past-release");

        // only what was law that day (a preset's default): no ordinance, no draft
        assertThat(driver.findElement(By.id("only-in-force")).isSelected()).isTrue();
        assertThat(regimeColumns()).contains("denver-practice-2014").doesNotContain("denver-ordinance-2017",
                "denver-draft-order-2017", "colorado-hb19-1124");
        // with every regime: those not yet law, or never law, say so in their column and their cells
        driver.findElement(By.id("only-in-force")).click();
        waitUpTo(10).until(d -> regimeColumns().contains("denver-ordinance-2017"));
        assertThat(standingMark("denver-ordinance-2017")).isEqualTo("not yet in force");
        assertThat(standingMark("colorado-hb19-1124")).isEqualTo("not yet in force");
        assertThat(standingMark("denver-draft-order-2017")).isEqualTo("never law");
        assertThat(driver.findElements(By.cssSelector("#matrix thead th[data-regime='denver-practice-2014'] .standing"))).isEmpty();
        assertThat(driver.findElement(By.id("cell-denver-ordinance-2017--hold-past-release")).getAccessibleName())
                .contains("not yet in force").contains("forbidden");
        assertThat(driver.findElement(By.id("standing-notes")).getText())
                .contains("ordinance 2017: not yet in force on 2016-12-20 (in force from 2017-08-31)");
        screenshot(driver.findElement(By.id("results")), "workbench-matrix.png");

        // the law cell explains which layer decides
        driver.findElement(By.id(LAW_HOLD)).click();
        waitForExplanationOf("law/hold-past-release");
        assertThat(driver.findElement(By.id("law-deciding")).getText()).contains("practice 2014");
        // a regime cell says why in the words of the explain command
        driver.findElement(By.id("cell-denver-ordinance-2017--hold-past-release")).click();
        waitForExplanationOf("denver-ordinance-2017/hold-past-release");
        assertThat(driver.findElement(By.id("why-sentence")).getText()).startsWith("Forbidden because");
        assertThat(driver.findElement(By.id("explanation-standing")).getText()).contains("not yet in force on 2016-12-20");
        screenshot(driver.findElement(By.id("explanation")), "workbench-explanation.png");
    }

    @Test
    void aCaseInAnotherPlaceShowsThatPlacesRegimes() {
        size(1400, 1200);
        openAndWaitReady(base + "?date=2018-06-01&jurisdiction=los-angeles-county");
        waitForMatrixOf("jurisdiction=los-angeles-county");
        assertThat(regimeColumns()).contains("california-sb54-2017", "federal-1373")
                .doesNotContain("denver-ordinance-2017", "texas-sb4-2017");
        // a preset carries its place: a Denver one shows Denver's regimes again
        new Select(driver.findElement(By.id("preset"))).selectByValue("ever-valles-2016");
        waitForMatrixOf("date=2016-12-20");
        driver.findElement(By.id("only-in-force")).click();
        waitUpTo(10).until(d -> regimeColumns().contains("denver-ordinance-2017"));
        assertThat(regimeColumns()).noneMatch(id -> id.startsWith("california-") || id.startsWith("travis-"));
    }

    List<String> regimeColumns() {
        List<String> out = new ArrayList<>();
        for (WebElement th : driver.findElements(By.cssSelector("#matrix thead th[data-regime]"))) {
            out.add(th.getAttribute("data-regime"));
        }
        return out;
    }

    String standingMark(String regime) {
        return driver.findElement(By.cssSelector("#matrix thead th[data-regime='" + regime + "'] .standing")).getText();
    }

    @Test
    void onAPhoneAndAt200PercentNothingScrollsSideways() throws IOException {
        for (int width : new int[]{390, 700}) { // 700: a 1400 px window at 200 % zoom
            size(width, 900);
            openAndWaitReady(base + VALLES);
            waitForMatrixOf("date=2016-12-20");
            assertNoSidewaysScroll("case, " + width + " px");
            // one card per action: each answer carries its column's name
            WebElement name = driver.findElement(By.cssSelector("#matrix tr[data-action='hold-past-release'] td .col-name"));
            assertThat(name.isDisplayed()).isTrue();
            driver.findElement(By.id(PRACTICE_HOLD)).click();
            waitForExplanationOf("denver-practice-2014/hold-past-release");
            assertNoSidewaysScroll("explanation, " + width + " px");
            if (width == 390) {
                driver.findElement(By.id("only-in-force")).click(); // what was law that day: the law, the practice, § 1373
                waitUpTo(10).until(d -> d.findElements(By.id("cell-denver-ordinance-2017--hold-past-release")).isEmpty());
                assertNoSidewaysScroll("case, only what was law, " + width + " px");
                js("document.getElementById('law-layers').scrollIntoView(true)");
                File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.createDirectories(SCREENSHOTS);
                Files.copy(shot.toPath(), SCREENSHOTS.resolve("workbench-phone.png"), StandardCopyOption.REPLACE_EXISTING);
            }
            driver.findElement(By.id("tab-button-regimes")).click();
            assertNoSidewaysScroll("regimes, " + width + " px");
            screenshot(driver.findElement(By.cssSelector("#regimes-list article")), "regimes-" + width + ".png");
            driver.findElement(By.id("tab-button-compare")).click();
            driver.findElement(By.id("compare-run")).click();
            waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#compare-result .pattern")).isEmpty());
            assertNoSidewaysScroll("compare, " + width + " px");
            screenshot(driver.findElement(By.id("compare-result")), "compare-" + width + ".png");
        }
    }

    void assertNoSidewaysScroll(String where) {
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
        assertThat(scroll).as(where + ": the page is no wider than the screen").isEqualTo(client);
    }

    @Test
    void byKeyboardAloneToAnExplanationAndBack() {
        size(1400, 1000);
        openAndWaitReady(base + VALLES);
        waitForMatrixOf("date=2016-12-20");
        press(Keys.TAB);
        assertThat(active().getAttribute("id")).as("the first stop is the skip link").isEqualTo("skip-to-answers");
        press(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("results-heading");
        int tabs = 0;
        while (!LAW_HOLD.equals(active().getAttribute("id")) && tabs < 30) {
            press(Keys.TAB);
            tabs++;
        }
        assertThat(tabs).as("tabs from the skip link's target to the first answer").isLessThanOrEqualTo(6);
        press(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo(PRACTICE_HOLD);
        press(Keys.ENTER);
        waitForExplanationOf("denver-practice-2014/hold-past-release");
        waitUpTo(5).until(d -> "explanation".equals(active().getAttribute("id")));
        press(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("back-to-cell");
        press(Keys.ENTER);
        assertThat(active().getAttribute("id")).as("focus is back on the cell that opened it").isEqualTo(PRACTICE_HOLD);

        // the selected cell and the focused one look different: a frame inside, a ring outside
        WebElement selected = driver.findElement(By.id(PRACTICE_HOLD));
        assertThat(selected.getAttribute("aria-current")).isEqualTo("true");
        assertThat(selected.findElement(By.className("shown-mark")).getAttribute("textContent")).isEqualTo("explained below");
        press(Keys.TAB);
        WebElement focused = active();
        assertThat(focused.getAttribute("id")).startsWith("cell-");
        assertThat(selected.getCssValue("outline-style")).isEqualTo("none");
        assertThat(selected.getCssValue("box-shadow")).contains("inset");
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(focused.getCssValue("box-shadow")).doesNotContain("inset");

        // Escape in the explanation goes back too
        String opened = focused.getAttribute("id");
        String openedCell = focused.getAttribute("data-regime") + "/" + focused.getAttribute("data-action");
        press(Keys.ENTER);
        waitForExplanationOf(openedCell);
        waitUpTo(5).until(d -> "explanation".equals(active().getAttribute("id")));
        press(Keys.ESCAPE);
        assertThat(active().getAttribute("id")).isEqualTo(opened);

        // every answer's accessible name contains its visible text
        for (WebElement cell : driver.findElements(By.cssSelector("#matrix .cell"))) {
            String visible = ((String) js("return [...arguments[0].children].filter(c => !c.classList.contains('sr-only'))"
                    + ".map(c => c.textContent).join(' ')", cell)).replaceAll("\\s+", " ").trim();
            assertThat(cell.getAccessibleName().replaceAll("\\s+", " ")).as(cell.getAttribute("id")).contains(visible);
        }
    }

    @Test
    void aValueTheFormCannotShowIsMarkedOnItsFieldAndNothingIsEvaluated() {
        size(1400, 1200);
        openAndWaitReady(base + VALLES);
        waitForMatrixOf("date=2016-12-20");
        assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).isNotEmpty();

        // an older link, the case after '#', still opens
        openAndWaitReady(base + "#date=2016-12-20&warrant=judicial");
        waitForMatrixOf("warrant=judicial");

        openAndWaitReady(base + "?date=2016-12-20&warrant=bogus");
        WebElement warrant = driver.findElement(By.id("fact-warrant"));
        assertThat(warrant.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(warrant).getFirstSelectedOption().getText()).contains("bogus");
        WebElement error = driver.findElement(By.id("error-fact-warrant"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("“bogus” is not a value of this fact").contains("judicial");
        assertThat(warrant.getAttribute("aria-describedby")).contains("error-fact-warrant");
        assertNothingEvaluated();
        // choosing a value the form offers evaluates it
        new Select(warrant).selectByValue("judicial");
        waitForMatrixOf("warrant=judicial");
        assertThat(warrant.getAttribute("aria-invalid")).isNull();
        assertThat(error.isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).isNotEmpty();

        openAndWaitReady(base + "?date=2016-12-20&hours-until-release=");
        assertThat(driver.findElement(By.id("fact-hours-until-release")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("error-fact-hours-until-release")).getText()).contains("Enter a number");
        assertNothingEvaluated();

        openAndWaitReady(base + "?date=1800-01-01");
        assertThat(driver.findElement(By.id("date")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("error-date")).getText()).contains("from 1900-01-01 to 2100-12-31");
        assertNothingEvaluated();

        openAndWaitReady(base + "?date=2016-02-31");
        assertThat(driver.findElement(By.id("error-date")).getText()).contains("“2016-02-31”").contains("not a date");
        assertNothingEvaluated();

        openAndWaitReady(base + "?date=2016-12-20&regimes=denver-practice-2014,bogus");
        assertThat(driver.findElement(By.id("error-regime-filter")).getText()).contains("bogus");
        assertNothingEvaluated();

        // a field the server refuses (400 naming it) is marked the same way: here the server's answer is stood in for
        openAndWaitReady(base + VALLES);
        waitForMatrixOf("date=2016-12-20");
        js("const real = window.fetch; window.fetch = (url, options) => url === '/api/evaluate' ? Promise.resolve(new Response("
                + "JSON.stringify({error: 'expected a number no larger than 8760', field: 'facts.hours-until-release'}),"
                + " {status: 400, headers: {'Content-Type': 'application/json'}})) : real(url, options);");
        WebElement hours = driver.findElement(By.id("fact-hours-until-release"));
        hours.clear();
        hours.sendKeys("9000");
        waitUpTo(10).until(d -> "true".equals(hours.getAttribute("aria-invalid")));
        assertThat(driver.findElement(By.id("error-fact-hours-until-release")).getText())
                .contains("expected a number no larger than 8760");
        assertThat(driver.findElement(By.id("eval-status")).getText()).startsWith("Cannot evaluate this case");
        assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).as("the old answers are cleared").isEmpty();

        openAndWaitReady(base + "?date=2016-12-20&warant=judicial");
        assertThat(driver.findElement(By.id("link-problems")).getText()).contains("warant=judicial");
        assertNothingEvaluated();
        driver.findElement(By.id("ignore-link-parts")).click();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#matrix tbody tr")).isEmpty());
    }

    void assertNothingEvaluated() {
        assertThat(driver.findElement(By.id("eval-status")).getText()).startsWith("Nothing evaluated");
        assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).as("no answers for a case the form cannot show").isEmpty();
    }

    @Test
    void theExplanationAndTheMatrixDownloadAsTheReportsWithTheirReceipt() throws Exception {
        size(1400, 1200);
        openAndWaitReady(base + VALLES);
        waitForMatrixOf("date=2016-12-20");
        driver.findElement(By.id(PRACTICE_HOLD)).click();
        waitForExplanationOf("denver-practice-2014/hold-past-release");
        driver.findElement(By.id("download-explanation")).click();
        Path file = downloads.resolve("ice-rules-explanation-denver-practice-2014-hold-past-release-2016-12-20.html");
        waitUpTo(20).until(d -> Files.isRegularFile(file));
        String body = "{\"date\": \"2016-12-20\", \"facts\": {\"detainer\": \"i-247a\", \"notification-request\": \"written\", "
                + "\"hours-until-release\": 0.5}, \"regime\": \"denver-practice-2014\", \"action\": \"hold-past-release\"}";
        HttpResponse<byte[]> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/report/explanation"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(Files.readAllBytes(file)).isEqualTo(api.body());
        assertThat(Files.readString(file)).contains("<h2 id=\"receipt\">").contains("workbench link ?date=2016-12-20");

        driver.findElement(By.id("download-matrix")).click();
        Path matrix = downloads.resolve("ice-rules-matrix-2016-12-20.html");
        waitUpTo(20).until(d -> Files.isRegularFile(matrix));
        assertThat(Files.readString(matrix)).contains("What each regime says").contains("<h2 id=\"receipt\">");
        assertThat(driver.findElement(By.id("download-status")).getText()).contains("ice-rules-matrix-2016-12-20.html");
    }

    @Test
    void axeFindsNoViolationOnTheCaseCompareAndRegimesViews() throws IOException {
        if (!Files.isRegularFile(AXE)) {
            if ("true".equals(System.getenv("CI"))) {
                fail(AXE + " is missing (.ci/run installs it: npm ci in tools/axe)");
            }
            assumeTrue(false, "no " + AXE + " here: run npm ci in tools/axe to check the page with axe-core");
        }
        String axe = Files.readString(AXE);
        List<String> violations = new ArrayList<>();
        for (int width : new int[]{1400, 390}) {
            size(width, 1000);
            openAndWaitReady(base + VALLES + "&in-force=1");
            waitForMatrixOf("date=2016-12-20");
            driver.findElement(By.id(PRACTICE_HOLD)).click();
            waitForExplanationOf("denver-practice-2014/hold-past-release");
            violations.addAll(axe(axe, "case, " + width + " px"));
            driver.findElement(By.id("only-in-force")).click(); // every regime, those not in force marked
            waitUpTo(10).until(d -> !d.findElements(By.id("cell-denver-ordinance-2017--hold-past-release")).isEmpty());
            violations.addAll(axe(axe, "case with every regime, " + width + " px"));
            driver.findElement(By.id("tab-button-compare")).click();
            driver.findElement(By.id("compare-run")).click();
            waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#compare-result .pattern")).isEmpty());
            violations.addAll(axe(axe, "compare, " + width + " px"));
            driver.findElement(By.id("tab-button-regimes")).click();
            violations.addAll(axe(axe, "regimes, " + width + " px"));
        }
        openAndWaitReady(base + "?date=2016-12-20&warrant=bogus&regimes=bogus&warant=x");
        violations.addAll(axe(axe, "bad link values marked"));
        assertThat(violations).isEmpty();
    }

    /** Runs axe-core (WCAG 2 A and AA rules and best practices) on the page as it is; each violation as "where: rule — help (nodes)". */
    @SuppressWarnings("unchecked")
    List<String> axe(String source, String where) {
        js(source);
        java.util.Map<String, Object> r = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done({passes: r.passes.length, violations: r.violations.map(v => v.id"
                        + " + ' — ' + v.help + ' (' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ') + ')')}))"
                        + ".catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));");
        assertThat(((Number) r.get("passes")).intValue()).as(where + ": axe ran its rules").isGreaterThan(10);
        return ((List<Object>) r.get("violations")).stream().map(v -> where + ": " + v).toList();
    }
}
