package org.icerules.report;

import org.icerules.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The batch report in a real browser with no network (as {@link HtmlReportBrowserTest}): its
 * bar charts, its month-by-month charts, its summary and its receipt render from the one file.
 */
class BatchHtmlBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theBatchReportRendersItsChartsOfflineWithItsReceipt() throws Exception {
        Path chromium = HtmlReportBrowserTest.CHROMIUM;
        boolean present = Files.isExecutable(chromium);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI needs " + chromium + " (.ci/run installs Debian's chromium)");
        }
        assumeTrue(present, "no chromium here; install Debian's chromium to run this test");
        Path html = dir.resolve("batch.html");
        StringWriter out = new StringWriter();
        int status = Main.execute(new String[]{"batch", "docs/batch/sample-bookings.csv", "--regime",
                        "denver-practice-2014", "--regime", "denver-ordinance-2017", "--action", "notify-release",
                        "--format", "html", "-o", html.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("2,000 rows");
        String page = Files.readString(html);
        // self-contained: nothing loaded from outside (addresses may be written as text, as in the glossary)
        assertThat(page).doesNotContain("<script", "src=\"http", "href=\"http", "url(http", "<link");

        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--proxy-server=127.0.0.1:9",
                "--dump-dom", html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String rendered = new String(dom, StandardCharsets.UTF_8);
        assertThat(rendered).contains("<h2 id=\"glossary\">Glossary</h2>", "<h1>2,000 cases: what each regime would say</h1>", "<h2 id=\"notify-release\">",
                "<svg class=\"bars\"", "<svg class=\"months\"", "denver-ordinance-2017: forbidden",
                "<h2 id=\"receipt\">Receipt</h2>", "ice-rules " + Main.VERSION, "docs/batch/sample-bookings.csv · SHA-256");
    }
}
