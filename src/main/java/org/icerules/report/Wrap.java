package org.icerules.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for table cells. */
final class Wrap {
    private Wrap() {
    }

    /** The text in lines of at most {@code width} characters, broken between words (a longer word stands alone). */
    static List<String> words(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** As {@link #words}, but a word longer than {@code width} is cut, so no line exceeds it (a terminal). */
    static List<String> fit(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String line : words(text, width)) {
            String rest = line;
            while (rest.length() > width) {
                lines.add(rest.substring(0, width));
                rest = rest.substring(width);
            }
            lines.add(rest);
        }
        return lines;
    }
}
