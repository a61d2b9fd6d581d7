package org.icerules.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve}: prints the URL it listens on (127.0.0.1 by default), answers there, and stops cleanly. */
class ServeCommandTest {
    static final Pattern URL = Pattern.compile("ice-rules workbench: (http://127\\.0\\.0\\.1:(\\d+)/)");

    @Test
    void servesOnLoopbackAtThePrintedUrlUntilStopped() throws Exception {
        ServeCommand serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--port", "0"));
        Matcher m = URL.matcher(out.toString());
        boolean printed = m.find();
        for (int i = 0; i < 600 && !printed; i++) { // the catalog compiles first: allow up to 30 s
            Thread.sleep(50);
            m = URL.matcher(out.toString());
            printed = m.find();
        }
        assertThat(printed).as("the URL is printed; output: " + out).isTrue();
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ice-rules workbench");
        serve.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aPortInUseIsBadInputNotACrash() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRunner r = CliRunner.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("--port 0");
        }
    }

    @Test
    void listeningOnEveryInterfaceWarnsThatAnyoneCanReachIt() throws Exception {
        ServeCommand serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--host", "0.0.0.0", "--port", "0"));
        for (int i = 0; i < 600 && !out.toString().contains("ice-rules workbench:"); i++) {
            Thread.sleep(50);
        }
        serve.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).contains("ice-rules: warning: listening on every network interface (0.0.0.0)")
                .contains("has no login");
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }

    @Test
    void loopbackGivesNoWarning() throws Exception {
        ServeCommand serve = new ServeCommand();
        CommandLine cl = new CommandLine(serve);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--port", "0",
                "--allow-host", "workbench.example.org"));
        for (int i = 0; i < 600 && !out.toString().contains("ice-rules workbench:"); i++) {
            Thread.sleep(50);
        }
        serve.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anAllowedHostMustBeAHostName() {
        CliRunner r = CliRunner.run("serve", "--port", "0", "--allow-host", "evil.example/path");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--allow-host takes a host name").contains("'evil.example/path'");
    }

    @Test
    void anImpossiblePortIsBadInput() {
        CliRunner r = CliRunner.run("serve", "--port", "70000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be between 0 and 65535");
    }
}
