package org.icerules.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writes a report to a temporary file beside the target, then moves it into place: never half-written. */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Refuses a target that is a folder: moving a file onto an empty folder would silently replace it. */
    public static void write(Path target, String content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        Path dir = abs.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new FileSystemException(e.getFile(), null, "is not a folder, so nothing can be written under it");
        }
        // Not Files.createTempFile: that makes the file owner-only (0600), and the report would keep
        // it. A plain new file gets the user's usual permissions (umask).
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
