package org.icerules.cli;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.report.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a report goes, as a mixin every reporting command shares: {@code -o FILE} writes it
 * atomically (a temporary file, then a move — never half-written), else standard output.
 * A FILE that names a folder is refused when the options are read, before any work is done.
 */
public final class Output {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = ReportFile.class,
            description = "write to this file (atomically) instead of standard output; not a folder")
    Path file;

    void write(CommandSpec spec, String content) {
        if (file != null) {
            try {
                AtomicFile.write(file, content);
            } catch (IOException e) {
                throw new InputException(new InputProblem(file.toString(), 0, 0, null,
                        "cannot write the report: " + Main.ioMessage(e)));
            }
        } else {
            spec.commandLine().getOut().print(content);
        }
    }

    /** True when the report goes to standard output and that is a terminal. */
    boolean toTerminal() {
        return file == null && System.console() != null;
    }

    /** ANSI colour only for a terminal, and only when NO_COLOR is unset (https://no-color.org). */
    boolean colour() {
        return file == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** A path a report may replace: anything but an existing folder (moving a file onto an empty one would replace it). */
    static final class ReportFile implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            if (Files.isDirectory(p)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is a folder; give the name of a file");
            }
            return p;
        }
    }
}
