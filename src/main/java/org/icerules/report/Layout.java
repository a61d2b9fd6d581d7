package org.icerules.report;

import java.util.List;

/**
 * How wide a text report may be. On a terminal ({@link #fitted}) tables fit its width: regime
 * columns continue in blocks below and a cell wraps only when it would not fit. Piped or written
 * to a file ({@link #PIPED}), the layout is the stable one scripts and diffs rely on: the same
 * bytes whatever the terminal, tables continuing in blocks of {@value #PIPED_WIDTH} columns.
 *
 * @param width  the widest a line may be
 * @param fitted true to fit cells to {@code width} (a terminal); false for the fixed layout
 */
public record Layout(int width, boolean fitted) {
    /** The width of the stable layout. */
    public static final int PIPED_WIDTH = 160;
    /** A terminal that does not say how wide it is. */
    public static final int DEFAULT_TERMINAL_WIDTH = 80;
    /** Narrower than this, no table can be read: a width asked for is raised to it. */
    public static final int NARROWEST = 50;

    public static final Layout PIPED = new Layout(PIPED_WIDTH, false);

    public Layout {
        if (width < NARROWEST) {
            width = NARROWEST;
        }
    }

    /** A terminal (or an explicit width) of this many columns. */
    public static Layout fitted(int width) {
        return new Layout(width, true);
    }

    /** The text in lines of at most {@code columns}; on a terminal even a long word (an address) is cut to fit. */
    public List<String> wrap(String text, int columns) {
        return fitted ? Wrap.fit(text, columns) : Wrap.words(text, columns);
    }

    /** The text wrapped to the whole width. */
    public List<String> wrap(String text) {
        return wrap(text, width);
    }

    /**
     * One line of a report: as it is in the stable layout; on a terminal wrapped to the width,
     * the first line after {@code indent}, the others after {@code more}. Embedded line breaks stay.
     */
    public String lines(String text, String indent, String more) {
        if (!fitted) {
            return indent + text + "\n";
        }
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("\n", -1);
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            String lead = part.substring(0, part.length() - part.stripLeading().length());
            String first = p == 0 ? indent + lead : lead;
            String next = p == 0 ? more + lead : lead + "  ";
            int room = Math.max(NARROWEST / 2, width - Math.max(first.length(), next.length()));
            List<String> wrapped = part.isBlank() ? List.of("") : wrap(part.strip(), room);
            for (int i = 0; i < wrapped.size(); i++) {
                out.append(i == 0 ? first : next).append(wrapped.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    /** A block of report lines as it is in the stable layout; on a terminal each line wrapped to the width, keeping its indent. */
    public String fit(String block) {
        if (!fitted || block.isEmpty()) {
            return block;
        }
        boolean ends = block.endsWith("\n");
        String fitted = lines(ends ? block.substring(0, block.length() - 1) : block, "", "");
        return ends ? fitted : fitted.substring(0, fitted.length() - 1);
    }
}
