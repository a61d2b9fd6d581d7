package org.icerules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law student's walkthrough in rules/README.md is executed as written: its marked blocks
 * are run in order on a copy of the project's rules, through the command line.
 *
 * <ul>
 * <li>{@code <!-- walkthrough: file PATH -->} before a block: write the block to PATH;</li>
 * <li>{@code <!-- walkthrough: add-fact PATH -->}: add the block at the end of PATH's {@code facts:} list;</li>
 * <li>{@code <!-- walkthrough: run[, exit N][, vocabulary][, with PATH: "OLD" → "NEW"] -->} before a
 *     {@code console} block: run its {@code $ ./ice-rules …} line (paths under the copy), expect
 *     exit status N (default 0) and every other line of the block among the lines printed (a line
 *     ending in {@code …} as the start of one); {@code with}: for this run only, PATH has OLD
 *     replaced by NEW.</li>
 * </ul>
 *
 * Step 1 adds the new fact to the copy's {@code rules/vocabulary.yaml}: no Java, no rebuild.
 */
class RulesReadmeWalkthroughTest {
    private static final Pattern MARKER = Pattern.compile("<!-- walkthrough: (.*) -->");
    private static final Pattern WITH = Pattern.compile("with (\\S+): \"((?:[^\"\\\\]|\\\\.)*)\" → \"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path tmp;

    /** A marked step: the marker's text and the block after it. */
    record Step(int line, String marker, String block) {
    }

    @Test
    void theWalkthroughRunsAsWrittenWithTheNewFact() throws IOException {
        run(UnaryOperator.identity(), true);
    }

    @Test
    void theWalkthroughHasEveryKindOfStep() throws IOException {
        List<Step> steps = steps();
        assertThat(steps.stream().map(s -> s.marker().split("[ ,]")[0]).distinct())
                .containsExactlyInAnyOrder("add-fact", "run", "file");
        assertThat(steps).anySatisfy(s -> assertThat(s.block()).startsWith("$ ./ice-rules new-regime"));
        assertThat(steps.stream().filter(s -> s.block().startsWith("$ ./ice-rules diff")).count()).isGreaterThan(3);
        assertThat(steps).anySatisfy(s -> assertThat(s.block()).startsWith("$ ./ice-rules test"));
    }

    private void run(UnaryOperator<String> names, boolean withVocabulary) throws IOException {
        copy(Path.of("rules"), tmp.resolve("rules"));
        List<Step> steps = steps();
        assertThat(steps).hasSizeGreaterThan(10);
        for (Step step : steps) {
            String marker = names.apply(step.marker());
            String block = names.apply(step.block());
            String where = "rules/README.md:" + step.line() + " (" + marker + ")";
            boolean needsVocabulary = marker.startsWith("add-fact") || marker.contains(", vocabulary");
            if (needsVocabulary && !withVocabulary) {
                continue;
            }
            if (marker.startsWith("file ")) {
                Path file = tmp.resolve(marker.substring("file ".length()).trim());
                Files.createDirectories(file.getParent());
                Files.writeString(file, block);
            } else if (marker.startsWith("add-fact ")) {
                Path file = tmp.resolve(marker.substring("add-fact ".length()).trim());
                Files.writeString(file, withFact(Files.readString(file), block));
            } else {
                assertThat(marker).as(where).startsWith("run");
                runStep(marker, block, where);
            }
        }
    }

    private void runStep(String marker, String block, String where) throws IOException {
        Matcher with = WITH.matcher(marker);
        Path changed = null;
        String before = null;
        if (with.find()) {
            changed = tmp.resolve(with.group(1));
            before = Files.readString(changed);
            String old = unescape(with.group(2));
            assertThat(before).as(where + ": the text to change").contains(old);
            Files.writeString(changed, before.replace(old, unescape(with.group(3))));
        }
        try {
            Matcher exit = Pattern.compile("exit (\\d)").matcher(marker);
            int status = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
            List<String> lines = block.lines().toList();
            assertThat(lines.get(0)).as(where).startsWith("$ ./ice-rules ");
            CliRunner r = CliRunner.run(args(lines.get(0).substring("$ ./ice-rules ".length())));
            String root = tmp.toAbsolutePath() + "/";
            List<String> printed = (r.out() + r.err()).replace(root, "").lines().toList();
            assertThat(r.status()).as(where + "\n" + r.out() + r.err()).isEqualTo(status);
            for (String expected : lines.subList(1, lines.size())) {
                if (expected.endsWith("…")) {
                    String start = expected.substring(0, expected.length() - 1);
                    assertThat(printed).as(where).anySatisfy(l -> assertThat(l).startsWith(start));
                } else {
                    assertThat(printed).as(where).contains(expected);
                }
            }
        } finally {
            if (changed != null) {
                Files.writeString(changed, before);
            }
        }
    }

    /** The command's words, the rules folder being the copy's and a path under it made absolute. */
    private String[] args(String command) {
        List<String> out = new ArrayList<>();
        for (String a : command.trim().split("\\s+")) {
            out.add(a.startsWith("scenarios/") || a.startsWith("rules/") ? tmp.resolve(a).toString() : a);
        }
        out.add(1, "--rules");
        out.add(2, tmp.resolve("rules").toString());
        return out.toArray(String[]::new);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\"", "\"");
    }

    /** The vocabulary with the block added as the last entry of its {@code facts:} list. */
    static String withFact(String vocabulary, String entry) {
        List<String> lines = new ArrayList<>(Arrays.asList(vocabulary.split("\n", -1)));
        int start = lines.indexOf("facts:");
        assertThat(start).as("a top-level 'facts:' list in the vocabulary").isNotNegative();
        int end = start + 1;
        int last = start; // the last line of the list's entries (not a trailing blank or comment)
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" ")
                || lines.get(end).startsWith("#") || lines.get(end).startsWith("-"))) {
            if (!lines.get(end).isBlank() && !lines.get(end).startsWith("#")) {
                last = end;
            }
            end++;
        }
        lines.add(last + 1, entry.stripTrailing());
        return String.join("\n", lines);
    }

    /** Every marked block of the walkthrough, in order. */
    static List<Step> steps() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules/README.md"));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).trim());
            if (!m.matches()) {
                continue;
            }
            assertThat(lines.get(i + 1)).as("rules/README.md:" + (i + 2) + ": a block after the marker").startsWith("```");
            int close = i + 2;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            steps.add(new Step(i + 1, m.group(1).trim(), String.join("\n", lines.subList(i + 2, close)) + "\n"));
            i = close;
        }
        return steps;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aFactIsAddedAtTheEndOfTheFactsList() {
        String vocabulary = "# the facts\nfacts:\n  - name: a\n    type: bool\n\n  - name: b\n    type: bool\n\nactions:\n  - x\n";
        assertThat(withFact(vocabulary, "  - name: c\n    type: bool\n")).isEqualTo(
                "# the facts\nfacts:\n  - name: a\n    type: bool\n\n  - name: b\n    type: bool\n  - name: c\n    type: bool\n"
                        + "\nactions:\n  - x\n");
    }
}
