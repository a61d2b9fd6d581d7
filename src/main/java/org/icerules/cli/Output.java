package org.icerules.cli;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.report.AtomicFile;
import org.icerules.report.Layout;
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

    @Option(names = "--width", paramLabel = "N",
            description = "fit text tables to N columns (default: the terminal's width, from COLUMNS, or 80; "
                    + "piped or to a file: the stable layout, blocks of 160 columns, whatever COLUMNS says)")
    Integer width;

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

    /** ANSI colour only for a terminal, and only when NO_COLOR is unset (https://no-color.org). */
    boolean colour() {
        return file == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** The layout of text reports: fitted to {@code --width} or the terminal, else the stable piped one. */
    Layout layout() {
        return layout(width, file == null && System.console() != null, System.getenv("COLUMNS"));
    }

    /**
     * The layout for an explicit width (null: none), whether the report goes to a terminal, and the
     * terminal's COLUMNS (null or not a number: unknown, 80). Not a terminal: the stable layout,
     * whatever COLUMNS says, so a script's output does not depend on the window it ran in.
     */
    static Layout layout(Integer width, boolean terminal, String columns) {
        if (width != null) {
            return Layout.fitted(width);
        }
        if (!terminal) {
            return Layout.PIPED;
        }
        try {
            int n = columns == null ? 0 : Integer.parseInt(columns.trim());
            return Layout.fitted(n > 0 ? n : Layout.DEFAULT_TERMINAL_WIDTH);
        } catch (NumberFormatException e) {
            return Layout.fitted(Layout.DEFAULT_TERMINAL_WIDTH);
        }
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
