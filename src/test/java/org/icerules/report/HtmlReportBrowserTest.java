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
 * The HTML report in a real browser with no network: Debian's chromium, headless, every
 * request sent to a dead proxy. The page must render its matrix, explanation and receipt
 * from the one file.
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("icerules.chromium", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    @Test
    void theExplainReportRendersOfflineWithItsReceipt() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI needs " + CHROMIUM + " (.ci/run installs Debian's chromium)");
        }
        assumeTrue(present, "no chromium here; install Debian's chromium to run this test");
        Path html = dir.resolve("explain.html");
        int status = Main.execute(new String[]{"explain", "scenarios/detainers/ever-valles-2016.yaml", "--regime",
                "denver-ordinance-2017", "--action", "notify-release", "--format", "html", "-o", html.toString(),
                // the reading under which the advisement decides the notice, so why-not names it
                "--set", "ordinance.advisement=precondition"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(status).isZero();

        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--proxy-server=127.0.0.1:9",
                "--dump-dom", html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String rendered = new String(dom, StandardCharsets.UTF_8);
        assertThat(rendered).contains("<h2 id=\"receipt\">Receipt</h2>", "ice-rules " + Main.VERSION,
                "rules folder (SHA-256", "D.R.M.C. § 28-253 (notification requests)", "advised-of-rights: false → true");
    }
}
