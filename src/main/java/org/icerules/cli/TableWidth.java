package org.icerules.cli;

import org.icerules.report.Layout;
import picocli.CommandLine.Option;

/**
 * {@code --width N}, as a mixin of the commands that print tables: text fitted to a terminal's
 * width, or the stable layout when piped. Detecting the terminal is {@link Output#toTerminal()};
 * the decision itself is {@link #layout(Integer, boolean, String)}, a pure function tests call.
 */
public final class TableWidth {
    @Option(names = "--width", paramLabel = "N",
            description = "fit text tables to N columns (default on a terminal: its width, from COLUMNS, or 80; "
                    + "piped or to a file: the stable layout, blocks of 160 columns, whatever COLUMNS says)")
    Integer width;

    /** The layout of text reports: fitted to {@code --width} or the terminal, else the stable piped one. */
    Layout layout(Output output) {
        return layout(width, output.toTerminal(), System.getenv("COLUMNS"));
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
}
