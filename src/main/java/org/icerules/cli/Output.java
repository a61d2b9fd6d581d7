package org.icerules.cli;

import org.icerules.report.AtomicFile;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;

/** Where a report goes: a file written atomically when {@code -o} is given, else standard output. */
final class Output {
    private Output() {
    }

    static void write(CommandSpec spec, Path output, String content) throws IOException {
        if (output != null) {
            AtomicFile.write(output, content);
        } else {
            spec.commandLine().getOut().print(content);
        }
    }

    /** ANSI colour only for a terminal, and only when NO_COLOR is unset (https://no-color.org). */
    static boolean colour(Path output) {
        return output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
