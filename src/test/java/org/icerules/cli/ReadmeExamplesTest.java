package org.icerules.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples are real: every {@code console} block that starts with
 * {@code $ ./ice-rules …} is run again and must print exactly what the README shows; a plain
 * block marked {@code <!-- excerpt of: ./ice-rules … -->} must stand, line for line, in what that
 * command prints; and no other block may show output (a plain block is marked
 * {@code <!-- not output -->}, e.g. a diagram).
 */
class ReadmeExamplesTest {
    private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    List<DynamicTest> everyConsoleExampleInTheReadmeIsTheToolsRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<DynamicTest> tests = new ArrayList<>();
        Matcher m = CONSOLE.matcher(readme);
        while (m.find()) {
            String block = m.group(1);
            if (!block.startsWith("$ ./ice-rules ")) {
                continue;
            }
            String[] lines = block.split("\n", -1);
            StringBuilder command = new StringBuilder();
            int i = 0;
            while (true) { // a command may continue over lines ending in a backslash
                String line = lines[i++];
                boolean continues = line.endsWith("\\");
                command.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
                if (!continues) {
                    break;
                }
            }
            String expected = String.join("\n", Arrays.copyOfRange(lines, i, lines.length));
            String[] args = command.toString().replaceFirst("^\\$ \\./ice-rules ", "").trim().split("\\s+");
            tests.add(DynamicTest.dynamicTest(String.join(" ", args), () -> {
                CliRunner r = CliRunner.run(args);
                assertThat(r.status()).as(r.err()).isZero();
                assertThat(r.out()).isEqualTo(expected);
            }));
        }
        assertThat(tests).as("the README shows real examples").isNotEmpty();
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyExcerptInTheReadmeStandsInTheToolsRealOutput() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            String language = lines.get(i).substring(3).trim();
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            String block = String.join("\n", lines.subList(i + 1, close)) + "\n";
            String marker = i > 0 ? lines.get(i - 1).trim() : "";
            int at = i + 1;
            if (language.isEmpty() && marker.startsWith("<!-- excerpt of: ./ice-rules ")) {
                String[] args = marker.substring("<!-- excerpt of: ./ice-rules ".length(), marker.length() - 3)
                        .trim().split("\\s+");
                tests.add(DynamicTest.dynamicTest("README.md:" + at + " excerpt of " + String.join(" ", args), () -> {
                    CliRunner r = CliRunner.run(args);
                    assertThat(r.status()).as(r.err()).isZero();
                    assertThat(r.out()).contains(block);
                }));
            } else if (language.isEmpty() && !marker.equals("<!-- not output -->")) {
                tests.add(DynamicTest.dynamicTest("README.md:" + at, () -> assertThat(block).as("README.md:" + at
                        + ": a plain block must be marked <!-- excerpt of: ./ice-rules … --> (then it is checked "
                        + "against the tool's output) or <!-- not output -->").isNull()));
            }
            i = close;
        }
        assertThat(tests).as("the README shows an excerpt of real output").isNotEmpty();
        return tests;
    }
}
