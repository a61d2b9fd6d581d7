package org.icerules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project stands alone: no file refers to a private reference file, a shared folder outside
 * the repository or a path of the machine it was written on. Cite public sources instead.
 */
class NoOutsideReferencesTest {
    /** Spelled in pieces so that this file does not match itself. */
    private static final List<String> FORBIDDEN = List.of("regimes" + ".md", "corrections" + ".md", "shared" + "/",
            "/" + "work" + "/");
    private static final Set<String> SKIPPED = Set.of(".git", "target");

    @Test
    void noFileRefersToAPrivateReferenceOrAMachinePath() throws IOException {
        List<String> hits = new ArrayList<>();
        Path root = Path.of("").toAbsolutePath();
        for (Path file : files(root)) {
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (String pattern : FORBIDDEN) {
                    if (lines[i].contains(pattern)) {
                        hits.add(name + ":" + (i + 1) + ": " + pattern + " — " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(hits).as("references outside the repository (cite public sources instead)").isEmpty();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !skipped(root, p)).filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Under .git or target (the worktree's .git may be a file) anywhere in the path. */
    private static boolean skipped(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
