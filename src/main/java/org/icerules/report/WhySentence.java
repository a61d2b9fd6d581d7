package org.icerules.report;

import org.icerules.model.verdicts.Status;
import org.icerules.model.verdicts.Verdict;
import org.icerules.regime.FactPhrases;

import java.util.ArrayList;
import java.util.List;

/**
 * A verdict's {@code because} as a sentence a reader can follow: "Permitted because ICE had lodged
 * a detainer (form I-247A) and ICE asked in writing to be told of the release (under the reading
 * some.switch = some-value)." The facts' phrases come from {@code rules/phrases.yaml}; a value
 * without one is said as "<fact> is <value>". Silence is said not to be permission.
 */
public final class WhySentence {
    private static final String READING = "reading ";

    private final FactPhrases phrases;

    public WhySentence(FactPhrases phrases) {
        this.phrases = phrases;
    }

    /** The sentence for a verdict, from its status and the facts and readings that mattered. */
    public String of(Verdict v) {
        List<String> facts = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        for (String line : v.because()) {
            if (line.startsWith(READING)) {
                readings.add(line.substring(READING.length()));
            } else {
                facts.add(phrase(line));
            }
        }
        StringBuilder b = new StringBuilder(lead(v.status()));
        if (!facts.isEmpty()) {
            b.append(" because ").append(joined(facts));
        } else if (v.status() != Status.SILENT) {
            b.append(" whatever the facts");
        }
        if (!readings.isEmpty()) {
            b.append(" (under the reading").append(readings.size() == 1 ? " " : "s ").append(joined(readings)).append(')');
        }
        b.append('.');
        if (v.status() == Status.SILENT) {
            b.append(" Silence is not permission: another regime or general law may still decide.");
        }
        return b.toString();
    }

    /** One {@code fact = value} (or {@code fact > n}) line of a verdict's because, in plain words. */
    String phrase(String line) {
        int eq = line.indexOf(" = ");
        if (eq > 0) {
            String fact = line.substring(0, eq);
            String value = line.substring(eq + 3);
            return phrases.phrase(fact, value).orElse(fact.replace('-', ' ') + " is " + value);
        }
        return line;
    }

    private static String lead(Status s) {
        return switch (s) {
            case FORBIDDEN -> "Forbidden";
            case PERMITTED -> "Permitted";
            case REQUIRED -> "Required";
            case SILENT -> "This regime does not address the step here (silent)";
            case CONFLICT -> "Its provisions conflict";
        };
    }

    /** "a", "a and b", "a, b and c". */
    static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
