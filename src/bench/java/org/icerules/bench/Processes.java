package org.icerules.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whole processes, timed from outside: wall time, and peak RSS through /usr/bin/time when it is installed. */
final class Processes {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** Wall seconds and peak resident set (KB, or -1 when unknown) of one run. */
    record Run(double seconds, long peakKb, int exit, String stdout) {
    }

    private Processes() {
    }

    static boolean measuresRss() {
        return Files.isExecutable(TIME);
    }

    static Run run(List<String> command, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        Path rss = Files.createTempFile("ice-rules-bench", ".rss");
        Path stdout = Files.createTempFile("ice-rules-bench", ".out");
        try {
            List<String> cmd = new ArrayList<>();
            if (measuresRss()) {
                cmd.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rss.toString()));
            }
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            Process p = pb.start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long kb = -1;
            if (measuresRss()) {
                List<String> lines = Files.readAllLines(rss);
                for (String l : lines) {
                    if (l.trim().matches("\\d+")) {
                        kb = Long.parseLong(l.trim());
                    }
                }
            }
            return new Run(seconds, kb, exit, Files.readString(stdout));
        } finally {
            Files.deleteIfExists(rss);
            Files.deleteIfExists(stdout);
        }
    }

    /** The 1-, 5- and 15-minute load averages, for the record next to each measurement. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
