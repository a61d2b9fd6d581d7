package org.icerules.report;

import org.icerules.analysis.Contingency;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Contingent answers in words: the {@code depends} cells of {@code run}, {@code explain} and {@code ask}. */
public final class ContingentText {
    private ContingentText() {
    }

    /** The matrix cells that depend ("depends (1)"), and the lines below the table that say on what. */
    public record Cells(Map<String, String> text, List<String> below) {
    }

    public static Cells cells(List<Regime> regimes, List<ContingentVerdict> verdicts, Set<String> unknown) {
        Map<String, Regime> byId = new LinkedHashMap<>();
        regimes.forEach(r -> byId.put(r.id(), r));
        Map<String, String> text = new LinkedHashMap<>();
        List<String> below = new ArrayList<>();
        below.add("unknown: " + String.join(", ", unknown) + " — a status holds whatever "
                + (unknown.size() == 1 ? "it is" : "they are") + "; 'depends' says on what:");
        int n = 0;
        for (ContingentVerdict v : verdicts) {
            if (v.isDefinite() || !byId.containsKey(v.regime())) {
                continue;
            }
            n++;
            text.put(v.regime() + "/" + v.action().id(), "depends (" + n + ")");
            below.add("(" + n + ") " + byId.get(v.regime()).shortName() + " · " + v.action().id() + ": "
                    + branches(v.answer(), Verdict::provisions));
        }
        if (n == 0) {
            below.set(0, "unknown: " + String.join(", ", unknown) + " — every answer above holds whatever "
                    + (unknown.size() == 1 ? "it is" : "they are"));
        }
        return new Cells(text, List.copyOf(below));
    }

    /** "permitted if warrant = judicial (D.R.M.C. § 28-252(a)); forbidden if warrant ≠ judicial (…)". */
    public static <T> String branches(Contingency<T> c, Function<T, List<Provision>> provisions) {
        List<String> parts = new ArrayList<>();
        for (Contingency.Branch<T> b : c.branches()) {
            List<Provision> ps = provisions.apply(b.answer());
            parts.add(b.status().wire() + " if " + b.when()
                    + (ps.isEmpty() ? "" : " (" + String.join("; ", ps.stream().map(Provision::cite).toList()) + ")"));
        }
        return String.join("; ", parts);
    }

    /** For {@code explain}: the answer, which unknowns matter (and how), which do not. */
    public static String explanation(String scenario, Regime regime, ContingentVerdict v) {
        Contingency<Verdict> c = v.answer();
        StringBuilder out = new StringBuilder();
        out.append(scenario).append(" · ").append(regime.shortName()).append(" · ").append(v.action().id()).append('\n');
        if (c.isDefinite()) {
            out.append(c.status().wire().toUpperCase(Locale.ROOT));
            String w = c.whatever();
            out.append(w.isEmpty() ? "" : " " + w).append('\n');
        } else {
            out.append("DEPENDS on ").append(String.join(", ", c.matterNames())).append(" (")
                    .append(c.cases()).append(" combinations weighed)\n");
        }
        for (Contingency.Branch<Verdict> b : c.branches()) {
            out.append("  ").append(b.status().wire());
            if (!c.isDefinite() || c.branches().size() > 1) {
                out.append(" if ").append(b.when());
            }
            out.append('\n');
            for (Provision p : b.answer().provisions()) {
                out.append("    ").append(p.cite()).append(" — ").append(p.title()).append('\n');
            }
        }
        if (!c.matters().isEmpty()) {
            out.append("matters:\n");
            for (Contingency.Decider d : c.matters()) {
                out.append("  ").append(d.fact()).append(": ").append(String.join("; ", d.byValue())).append('\n');
            }
        }
        if (!c.idle().isEmpty()) {
            out.append("does not matter here (read, but no value changes the answer): ")
                    .append(String.join(", ", c.idle())).append('\n');
        }
        if (!c.unread().isEmpty()) {
            out.append("does not matter (no rule for this action reads it): ")
                    .append(String.join(", ", c.unread())).append('\n');
        }
        return out.toString();
    }

    /** For {@code ask}: the unknown facts that would decide, most decisive first. */
    public static String ask(String scenario, Regime regime, ContingentVerdict v) {
        Contingency<Verdict> c = v.answer();
        StringBuilder out = new StringBuilder();
        out.append(scenario).append(" · ").append(regime.shortName()).append(" · ").append(v.action().id()).append('\n');
        if (c.isDefinite()) {
            String w = c.whatever();
            out.append("nothing to find out: ").append(c.status().wire()).append(w.isEmpty() ? "" : " " + w).append('\n');
            return out.toString();
        }
        out.append("find out, most decisive first (uncertainty left about the status, in bits, once it is known):\n");
        int i = 0;
        for (Contingency.Decider d : c.matters()) {
            out.append(String.format(Locale.ROOT, "  %d. %s (%.2f bits left)%n", ++i, d.fact(), d.remainingBits()));
            d.byValue().forEach(line -> out.append("       ").append(line).append('\n'));
        }
        List<String> rest = new ArrayList<>(c.idle());
        rest.addAll(c.unread());
        if (!rest.isEmpty()) {
            out.append("no need to find out: ").append(String.join(", ", rest)).append('\n');
        }
        return out.toString();
    }
}
