package org.icerules.report;

import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shortens citations inside one regime's column: the column heading already names the regime,
 * so the words most of its citations begin with ("D.R.M.C.", "Council bill (2017-07-19),") are
 * said once, in the table's legend, and dropped from each cell.
 */
record CiteAbbreviation(String prefix) {
    static final CiteAbbreviation NONE = new CiteAbbreviation("");

    /** The longest run of leading words shared by at least half (and at least two) of the citations. */
    static CiteAbbreviation of(Regime regime) {
        List<String[]> cites = new ArrayList<>();
        for (Provision p : regime.provisions()) {
            cites.add(p.cite().trim().split("\\s+"));
        }
        if (cites.size() < 2) {
            return NONE;
        }
        String best = "";
        for (String[] words : cites) {
            for (int n = 1; n < words.length; n++) { // never the whole citation
                String candidate = String.join(" ", Arrays.copyOf(words, n));
                if (candidate.length() <= best.length()) {
                    continue;
                }
                int length = n;
                long sharing = cites.stream().filter(c -> startsWithWords(c, words, length)).count();
                if (sharing >= 2 && sharing * 2 >= cites.size()) {
                    best = candidate;
                }
            }
        }
        return new CiteAbbreviation(best);
    }

    private static boolean startsWithWords(String[] cite, String[] words, int n) {
        if (cite.length <= n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!cite[i].equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    String shorten(String cite) {
        if (prefix.isEmpty() || !cite.startsWith(prefix + " ")) {
            return cite;
        }
        return cite.substring(prefix.length() + 1);
    }
}
