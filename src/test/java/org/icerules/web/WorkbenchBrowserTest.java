package org.icerules.web;

import org.icerules.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench in a real browser: cases, explanations, readings, regimes and compare ({@link WorkbenchBrowser}). */
class WorkbenchBrowserTest extends WorkbenchBrowser {
    static final String ORDINANCE_HOLD = "cell-denver-ordinance-2017--hold-past-release";
    static final String DRAFT_ORDER_HOLD = "cell-denver-draft-order-2017--hold-past-release";

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
        // a preset shows first what was law that day; every regime, as a hypothesis, on request
        assertThat(driver.findElement(By.id("only-in-force")).isSelected()).isTrue();
        assertThat(driver.findElements(By.id(ORDINANCE_HOLD))).isEmpty();
        driver.findElement(By.id("only-in-force")).click();
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
        assertThat(link).startsWith("?").doesNotContain("127.0.0.1");
        openAndWaitReady(base + link);
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
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#matrix thead th")).size() == 2 + city.size()); // the question, the law
        for (String id : city) {
            if (!id.equals("denver-draft-order-2017") && !id.equals("denver-ordinance-2017")) {
                driver.findElement(By.id("show-" + id)).click();
            }
        }
        // (the last click is awaited by its column count: an earlier state's list can begin the same way)
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#matrix thead th")).size() == 4); // action, law, two regimes
        waitForMatrixOf("regimes=denver-draft-order-2017%2Cdenver-ordinance-2017");
        assertThat(driver.findElement(By.cssSelector("#matrix tr[data-action='hold-past-release']")).getAttribute("class"))
                .contains("differs");
        driver.findElement(By.id("regimes-all")).click();
        waitForMatrixOf("any-warrant");
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#matrix thead th")).size() > 4);

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
}
