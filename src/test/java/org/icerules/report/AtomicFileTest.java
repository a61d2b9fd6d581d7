package org.icerules.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWholeAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("out/report.html");
        AtomicFile.write(target, "first");
        AtomicFile.write(target, "second");
        assertThat(target).hasContent("second");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void theReportIsReadableByOthersLikeAnyFileTheUserWrites() throws IOException {
        Path target = dir.resolve("report.json");
        AtomicFile.write(target, "{}");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
