package org.icerules.report;

import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;

/** Small helpers the plain-text reports share: wrapping, status words, citations. */
final class Text {
    static final int WIDTH = 100;

    private Text() {
    }

    /** Words of {@code text} wrapped at {@link #WIDTH}, every line starting with {@code indent}. */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    static String status(Status s) {
        return s == Status.CONFLICT ? "CONFLICT" : s.wire();
    }

    /** {@code permitted — D.R.M.C. § 28-253 (notification requests)}; for a conflict every side. */
    static String verdictLine(Verdict v) {
        if (v.provisions().isEmpty()) {
            return status(v.status());
        }
        List<String> cites = new ArrayList<>();
        v.provisions().forEach(p -> cites.add(p.cite()));
        return status(v.status()) + " — " + String.join("; ", cites);
    }

    static String provisionLine(Provision p) {
        return p.cite() + " — " + p.title() + " [" + p.basis().wire() + "]";
    }
}
