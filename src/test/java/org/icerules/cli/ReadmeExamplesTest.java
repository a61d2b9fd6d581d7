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
 * {@code $ ./ice-rules …} is run again and must print exactly what the README shows.
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
}
