package org.icerules.cli;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "a further name the browser may use for this server when it is bound to this machine only "
                    + "(e.g. a reverse proxy's name; repeatable). Other names are refused, so that a web page "
                    + "elsewhere cannot reach the workbench by pointing its own name at 127.0.0.1")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "the scenario library offered as presets (default: scenarios/ beside the rules folder)")
    Path scenarios;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, found " + port);
        }
        if (scenarios != null && !Files.isDirectory(scenarios)) {
            // the default library may be absent (no presets then); a folder asked for by name may not
            throw new InputException(new InputProblem(scenarios.toString(), 0, 0, null,
                    "no such folder (--scenarios names the folder of presets)"));
        }
        for (String name : allowHosts) {
            if (!WebServer.isHostName(name)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--allow-host takes a host name "
                        + "(letters, digits, '.' and '-'; an IPv6 address in brackets), found '" + name + "'");
            }
        }
        Path presets = scenarios != null ? scenarios : rules.defaultScenarios();
        WebServer server = new WebServer(rules.catalog(), presets).allowHosts(allowHosts);
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                spec.commandLine().getErr().println("ice-rules: cannot listen on " + host + ":" + port
                        + " (in use, or not an address of this machine); try --port 0 for a free port");
                return Main.BAD_INPUT;
            }
            throw e;
        }
        Thread hook = new Thread(stop::countDown, "ice-rules-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (WebServer.reachableFromOtherMachines(host)) {
            spec.commandLine().getErr().println("ice-rules: warning: listening on " + (WebServer.isEveryInterface(host)
                    ? "every network interface (" + host + ")" : host) + ": anyone who can reach this machine on port "
                    + server.port() + " can use the workbench, and it has no login; the default --host 127.0.0.1 "
                    + "keeps it to this machine");
            spec.commandLine().getErr().flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("ice-rules workbench: http://" + shownHost + ":" + server.port() + "/");
        out.println("(Ctrl-C stops it)");
        out.flush();
        try {
            stop.await();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: nothing to remove
            }
        }
        return 0;
    }

    /** Stops a running {@code serve} (Ctrl-C does the same through the shutdown hook). */
    void stop() {
        stop.countDown();
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().contains("BindException")) {
                return true;
            }
        }
        return false;
    }
}
