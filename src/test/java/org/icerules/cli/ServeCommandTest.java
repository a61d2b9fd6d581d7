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
    void anImpossiblePortIsBadInput() {
        CliRunner r = CliRunner.run("serve", "--port", "70000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be between 0 and 65535");
    }
}
