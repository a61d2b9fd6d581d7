package org.icerules.cli;

import org.icerules.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The defaults do not depend on the working directory: given the rules folder as the launcher
 * gives it (an absolute path from the project's home), {@code test} and {@code coverage} with no
 * PATH find the scenario library beside it, from any directory. Runs a separate JVM, since a
 * JVM's working directory is fixed when it starts.
 */
class RunFromAnotherDirectoryTest {
    @TempDir
    Path elsewhere;

    record Result(int status, String out) {
    }

    private Result runIn(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dicerules.rules=" + Path.of("rules").toAbsolutePath(),
                "-Dicerules.cache=" + System.getProperty("icerules.cache", "off"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void testWithNoPathFindsTheScenarioLibraryFromAnyDirectory() throws Exception {
        Result r = runIn(elsewhere, "test");
        assertThat(r.out()).matches("(?s)\\d+ passed, 0 failed\n");
        assertThat(r.status()).isZero();
        int passed = Integer.parseInt(r.out().substring(0, r.out().indexOf(' ')));
        assertThat(passed).as("the whole library, not a few files").isGreaterThan(100);
    }

    @Test
    void theDefaultIsTheFolderBesideTheRules() throws IOException {
        RulesOptions options = new RulesOptions();
        options.rulesDir = elsewhere.resolve("project/rules");
        assertThat(options.defaultScenarios()).isEqualTo(elsewhere.resolve("project/scenarios"));
        assertThat(options.pathsOrDefault(List.of(Path.of("x.yaml")))).containsExactly(Path.of("x.yaml"));
        assertThatThrownBy(() -> options.pathsOrDefault(List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("project/scenarios: no scenario library here");
        java.nio.file.Files.createDirectories(elsewhere.resolve("project/scenarios"));
        assertThat(options.pathsOrDefault(List.of())).containsExactly(elsewhere.resolve("project/scenarios"));
    }
}
