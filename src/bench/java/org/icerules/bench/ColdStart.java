package org.icerules.bench;

import org.icerules.regime.RegimeCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Items 1, 2 and 6 (heap): whole {@code ./ice-rules run} processes, rules unchanged and right
 * after an edit, with and without each optimisation; rule-base build time in a fresh process
 * and in a warm JVM, cache on and off; heap used after loading.
 */
final class ColdStart {
    private final Path home;
    private final Path rules; // the folder the harness measures (-Dicerules.rules, else the project's rules/)
    private final int runs;
    private final Table table;

    ColdStart(Path home, Path rules, int runs, Table table) {
        this.home = home;
        this.rules = rules;
        this.runs = runs;
        this.table = table;
    }

    void coldRuns() throws IOException, InterruptedException {
        Path launcher = home.resolve("ice-rules");
        Path scenario = firstScenario();
        // the launcher reads the rules folder from ICE_RULES_RULES, which the harness was given too
        List<String> cmd = List.of(launcher.toString(), "run", scenario.toString());
        // the first run may build, fill the cache and record the class-data archive
        Processes.run(cmd, Map.of(), home);
        Processes.run(cmd, Map.of(), home);
        measure("1", "cold `run`, rules unchanged: cache + AppCDS", cmd, Map.of(), "<= 0.6 s", 0.6);
        measure("1", "cold `run`, rules unchanged: cache, no AppCDS", cmd, Map.of("ICE_RULES_CDS", "off"), "", 0);
        measure("1", "cold `run`, no cache, no AppCDS (before)", cmd,
                Map.of("ICE_RULES_CDS", "off", "ICE_RULES_CACHE", "off"), "", 0);
        editedRuns(cmd, launcher, scenario);
    }

    /** Each run follows an edit to one rule file (a comment: the hash changes, so that regime recompiles). */
    private void editedRuns(List<String> cmd, Path launcher, Path scenario) throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory("ice-rules-bench-rules").resolve("rules");
        copyTree(rules, copy);
        Path drl;
        try (Stream<Path> files = Files.walk(copy)) {
            List<Path> drls = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            drl = drls.stream().filter(p -> p.toString().contains("denver-ordinance-2017")).findFirst()
                    .orElse(drls.get(0));
        }
        // its own cache, filled by the first run: the project's entries stay as they were
        Map<String, String> env = Map.of("ICE_RULES_RULES", copy.toString(),
                "ICE_RULES_CACHE", copy.getParent().resolve("cache").toString());
        Processes.run(cmd, env, home);
        List<Double> wall = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Files.writeString(drl, "\n// edited by the benchmark, run " + i + " at " + System.nanoTime() + "\n",
                    StandardOpenOption.APPEND);
            Processes.Run r = Processes.run(cmd, env, home);
            check(r);
            wall.add(r.seconds());
            rss.add(r.peakKb() / 1024.0);
        }
        Stats s = new Stats(wall);
        table.add("1", "cold `run` right after a rule was edited (one regime rebuilt)", s, "s", 2, "<= 2.0 s",
                s.median() <= 2.0);
        table.add("1", "  peak RSS of that run", new Stats(rss), "MB", 0, "", null);
        deleteTree(copy.getParent());
    }

    private void measure(String item, String what, List<String> cmd, Map<String, String> env, String target,
                         double limit) throws IOException, InterruptedException {
        Processes.run(cmd, env, home); // settle caches for this configuration
        List<Double> wall = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Processes.Run r = Processes.run(cmd, env, home);
            check(r);
            wall.add(r.seconds());
            rss.add(r.peakKb() / 1024.0);
        }
        Stats s = new Stats(wall);
        table.add(item, what, s, "s", 2, target, limit > 0 ? s.median() <= limit : null);
        table.add(item, "  peak RSS of that run", new Stats(rss), "MB", 0, "", null);
    }

    private static void check(Processes.Run r) {
        if (r.exit() != 0 || r.stdout().isBlank()) {
            throw new IllegalStateException("the timed run failed (exit " + r.exit() + ")");
        }
    }

    /** Item 2, and the heap after load (item 6), each in a fresh JVM with the launcher's flags. */
    void buildTimes() throws IOException, InterruptedException {
        String rules = this.rules.toString();
        String cache = home.resolve("target/rule-cache").toString();
        for (String mode : List.of("off", cache)) {
            List<Double> ms = new ArrayList<>();
            List<Double> heap = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                List<String> cmd = List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dicerules.cache=" + mode, "-cp", System.getProperty("java.class.path"),
                        LoadProbe.class.getName(), rules);
                Processes.Run r = Processes.run(cmd, Map.of(), home);
                check(r);
                String[] parts = r.stdout().trim().split("\\s+");
                ms.add(Double.parseDouble(parts[0]));
                heap.add(Long.parseLong(parts[1]) / (1024.0 * 1024));
            }
            boolean cached = !mode.equals("off");
            table.add("2", "rule-base build, fresh JVM, " + (cached ? "from the cache" : "compiled (no cache)"),
                    new Stats(ms), "ms", 0, "", null);
            table.add("6", "heap after load (" + (cached ? "from the cache" : "compiled") + ", after GC)",
                    new Stats(heap), "MB", 1, "<= 100 MB", new Stats(heap).median() <= 100);
        }
        warmJvmBuilds(Path.of(rules), cache);
    }

    /** The folder loaded with every rule base made, side by side, as {@link LoadProbe} does in a fresh JVM. */
    private static void loadEveryRuleBase(Path rules) {
        RegimeCatalog catalog = RegimeCatalog.load(rules);
        new org.icerules.engine.Evaluator(catalog).prepare(catalog.regimes());
    }

    private void warmJvmBuilds(Path rules, String cache) {
        String before = System.getProperty("icerules.cache");
        try {
            for (String mode : List.of("off", cache)) {
                System.setProperty("icerules.cache", mode);
                loadEveryRuleBase(rules);
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    loadEveryRuleBase(rules);
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
                table.add("2", "rule-base build, warm JVM, " + (mode.equals("off") ? "compiled (no cache)" : "from the cache"),
                        new Stats(ms), "ms", 0, "", null);
            }
        } finally {
            if (before == null) {
                System.clearProperty("icerules.cache");
            } else {
                System.setProperty("icerules.cache", before);
            }
        }
    }

    private Path firstScenario() throws IOException {
        Path preferred = home.resolve("scenarios/detainers/ever-valles-2016.yaml");
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        try (Stream<Path> files = Files.walk(home.resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no scenario under scenarios/"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
