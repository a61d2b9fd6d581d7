package org.icerules.report;

import org.icerules.regime.CompiledRegime;
import org.icerules.model.law.Basis;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Validity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small formats the pages of the legal reference share: dates, validity, links into the repository. */
final class ReferenceFormat {
    private ReferenceFormat() {
    }

    /** {@code introduced 2017-07-19 · superseded 2017-08-16}, in the regime.yaml's order. */
    static String dates(Regime r) {
        List<String> out = new ArrayList<>();
        r.dates().forEach((name, day) -> out.add(name + " " + day));
        return String.join(" · ", out);
    }

    /** When the regime was law: {@code from 2017-08-31}, {@code 2014-04-30 to 2017-08-30}, or never. */
    static String inForce(Regime r) {
        Validity v = r.validity();
        if (v.from() == null) {
            return "never in force (" + r.status() + ")";
        }
        return v.to() == null ? "from " + v.from() : v.from() + " to " + v.to();
    }

    /** The regime.yaml beside the regime's rules, as the loader names files ({@code rules/city/x/regime.yaml}). */
    static String regimeFile(CompiledRegime r) {
        if (r.rules().isEmpty()) {
            return null;
        }
        Path dir = Path.of(r.rules().get(0).file()).getParent();
        return dir == null ? null : dir.resolve("regime.yaml").toString().replace('\\', '/');
    }

    /**
     * A file of the repository as a link from {@code docs/law/} (line 0: the whole file). Files
     * outside {@code rules/} (another rules folder given with --rules) are named, not linked.
     */
    static String repoLink(String file, int line) {
        String label = line > 0 ? file + ":" + line : file;
        if (!file.startsWith("rules/")) {
            return Markdown.code(label);
        }
        return Markdown.link(label, "../../" + file + (line > 0 ? "#L" + line : ""));
    }

    static String switchAnchor(String name) {
        return "switch-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** How many provisions rest on each basis: text, reported, inferred (all three keys present). */
    static Map<String, Long> basisCounts(List<Regime> regimes) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Basis b : Basis.values()) {
            out.put(b.wire(), 0L);
        }
        for (Regime r : regimes) {
            for (Provision p : r.provisions()) {
                out.merge(p.basis().wire(), 1L, Long::sum);
            }
        }
        return out;
    }
}
