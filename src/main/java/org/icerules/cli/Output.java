package org.icerules.cli;

import org.icerules.report.AtomicFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a report goes, as a mixin every reporting command shares: {@code -o FILE} writes it
 * atomically (a temporary file, then a move — never half-written), else standard output.
 */
public final class Output {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to this file (atomically) instead of standard output")
    Path file;

    void write(CommandSpec spec, String content) throws IOException {
        if (file != null) {
            AtomicFile.write(file, content);
        } else {
            spec.commandLine().getOut().print(content);
        }
    }

    /** ANSI colour only for a terminal, and only when NO_COLOR is unset (https://no-color.org). */
    boolean colour() {
        return file == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
