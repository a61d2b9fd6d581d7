package org.icerules.cli;

import org.icerules.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: the web workbench for people who will not use a terminal. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web workbench (case builder, matrix, explanations, compare, regimes) "
                + "and its JSON API, on 127.0.0.1 unless --host says otherwise. Prints the URL; Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "the port (default 8080; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "the address to bind (default 127.0.0.1: only this machine can connect)")
    String host = WebServer.DEFAULT_HOST;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "the scenario library offered as presets (default: scenarios/ beside the rules folder)")
    Path scenarios;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, found " + port);
        }
        Path presets = scenarios != null ? scenarios : defaultScenarios(rules.catalog().rulesDir());
        WebServer server = new WebServer(rules.catalog(), presets).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "ice-rules-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("ice-rules workbench: http://" + shownHost + ":" + server.port() + "/");
        out.println("(Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return 0;
    }

    /** scenarios/ beside the rules folder, else ./scenarios. */
    static Path defaultScenarios(Path rulesDir) {
        Path parent = rulesDir.toAbsolutePath().normalize().getParent();
        return parent != null ? parent.resolve("scenarios") : Path.of("scenarios");
    }
}
