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
 * request sent to a dead proxy. The explain and law pages must render their answers, the case
 * and the receipt from the one file.
 */
class HtmlReportBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("icerules.chromium", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    @Test
    void theExplainReportRendersOfflineWithItsReceipt() throws Exception {
        requireChromium();
        Path html = dir.resolve("explain.html");
        int status = Main.execute(new String[]{"explain", "scenarios/detainers/ever-valles-2016.yaml", "--regime",
                "denver-ordinance-2017", "--action", "notify-release", "--set", "ordinance.advisement=precondition",
                "--format", "html", "-o", html.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(status).isZero();

        String rendered = renderOffline(html);
        assertThat(rendered).contains("<h2 id=\"receipt\">Receipt</h2>", "<h2 id=\"glossary\">Glossary</h2>", "ice-rules " + Main.VERSION,
                "rules folder (SHA-256", "D.R.M.C. § 28-253 (notification requests)", "advised-of-rights: false → true");
    }

    @Test
    void theLawReportRendersOfflineWithTheCaseItsAnswersAndItsReceipt() throws Exception {
        requireChromium();
        Path html = dir.resolve("law.html");
        int status = Main.execute(new String[]{"law", "scenarios/detainers/ever-valles-2016.yaml", "--date",
                "2019-06-01", "--format", "html", "-o", html.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(status).isZero();
        String rendered = renderOffline(html);
        assertThat(rendered).contains("<h1>The law in force</h1>", "<h2 id=\"glossary\">Glossary</h2>", "the case — ever-valles-2016, date 2016-12-20",
                "ordinance 2017: D.R.M.C. § 28-253", "<h2 id=\"receipt\">Receipt</h2>", "ice-rules " + Main.VERSION);
    }

    private static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI needs " + CHROMIUM + " (.ci/run installs Debian's chromium)");
        }
        assumeTrue(present, "no chromium here; install Debian's chromium to run this test");
    }

    /** The page's DOM after chromium rendered it with every request sent to a dead proxy. */
    private String renderOffline(Path html) throws Exception {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--proxy-server=127.0.0.1:9",
                "--dump-dom", html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(dom, StandardCharsets.UTF_8);
    }
}
