package org.icerules.report;

import org.icerules.analysis.ActionDiff;
import org.icerules.analysis.CheckResult;
import org.icerules.analysis.Condition;
import org.icerules.analysis.Counterfactual;
import org.icerules.analysis.DiffPattern;
import org.icerules.analysis.DiffResult;
import org.icerules.analysis.Explanation;
import org.icerules.analysis.SweepResult;
import org.icerules.regime.RuleInfo;
import org.icerules.model.verdicts.Claim;
import org.icerules.model.law.Provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plain-text views of explain, diff, sweep and check. */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String explanation(String scenarioId, Explanation e) {
        return explanation(scenarioId, e, PlainWords.NONE.why());
    }

    public static String explanation(String scenarioId, Explanation e, WhySentence why) {
        return explanation(scenarioId, e, why, Layout.PIPED);
    }

    /**
     * The explanation, led by the question, the regime's standing on the date and the why in a
     * sentence; fitted to a terminal's width, or in the stable layout (prose at 100 columns) when piped.
     */
    public static String explanation(String scenarioId, Explanation e, WhySentence why, Layout layout) {
        StringBuilder out = new StringBuilder();
        out.append(layout.lines(scenarioId + " · " + e.regime().id() + " · " + e.action().id() + " · " + e.facts().date(),
                "", "  "));
        out.append(prose(StandingWords.question(e.action()), "", layout));
        String standing = StandingWords.legend(e.regime(), e.facts().date());
        if (!standing.isEmpty()) {
            out.append(prose(standing, "", layout));
        }
        out.append('\n');
        out.append(Text.status(e.verdict().status()).toUpperCase(java.util.Locale.ROOT)).append('\n');
        for (Provision p : e.verdict().provisions()) {
            out.append(layout.lines(Text.provisionLine(p), "  ", "    "));
            out.append(prose(p.summary(), "    ", layout));
        }
        for (Claim c : e.verdict().claims()) {
            out.append(layout.lines("conflict: " + c.provision().cite() + " says " + c.status().wire(), "  ", "    "));
        }
        e.verdict().notes().forEach(n -> out.append(prose("note: " + n, "  ", layout)));
        out.append("\nWhy\n");
        out.append(prose(why.of(e.verdict()), "  ", layout));
        out.append(layout.lines("facts that mattered: " + (e.verdict().because().isEmpty() ? "none"
                : String.join(", ", e.verdict().because())), "  ", "    "));
        for (RuleInfo r : e.deciding()) {
            out.append(layout.lines("rule that decided: \"" + r.name() + "\" (" + r.file() + ":" + r.line() + ")",
                    "  ", "    "));
        }
        if (e.deciding().isEmpty()) {
            out.append(layout.lines("rule that decided: none — no rule of this regime speaks to this action here",
                    "  ", "    "));
        }
        for (Provision p : e.verdict().overridden()) {
            out.append(layout.lines("overrode: " + Text.provisionLine(p), "  ", "    "));
        }
        for (RuleInfo r : e.unmet()) {
            String cite = e.regime().provision(r.provision()).map(Provision::cite).orElse(r.provision());
            out.append(layout.lines("exception not met: " + cite + " — \"" + r.name() + "\" (reads "
                    + (r.reads().isEmpty() ? "readings only" : String.join(", ", r.reads())) + ")", "  ", "    "));
        }
        List<String> readings = new ArrayList<>();
        e.readings().forEach((k, v) -> readings.add(k + " = " + v + (e.switchesRead().contains(k) ? " (read here)" : "")));
        out.append(layout.lines("readings in force: " + (readings.isEmpty() ? "none" : String.join(", ", readings)),
                "  ", "    "));
        out.append("\nWhy not — the smallest changes that would flip it\n");
        if (e.whyNot().isEmpty()) {
            out.append("  none: no change of one or two facts this regime reads changes the answer\n");
        }
        for (Counterfactual c : e.whyNot()) {
            out.append(layout.lines(counterfactual(c), "  ", "    "));
        }
        return out.toString();
    }

    /** Prose: at {@link Text#WIDTH} in the stable layout, at the terminal's width when fitted. */
    private static String prose(String text, String indent, Layout layout) {
        return layout.fitted() ? layout.lines(text.strip().replaceAll("\\s+", " "), indent, indent) : Text.wrap(text, indent);
    }

    static String counterfactual(Counterfactual c) {
        List<String> changes = c.changes().stream().map(ch -> ch.describe()).toList();
        return String.join(" and ", changes) + "  ⇒ " + Text.verdictLine(c.verdict());
    }

    public static String diff(DiffResult d) {
        StringBuilder out = new StringBuilder();
        List<ActionDiff> differing = d.actions().stream().filter(a -> a.disagreeing() > 0).toList();
        long cases = d.actions().stream().mapToLong(ActionDiff::cases).sum();
        out.append("diff ").append(d.first().id()).append(" ↔ ").append(d.second().id()).append(": ")
                .append(differing.size()).append(differing.size() == 1 ? " action differs" : " actions differ")
                .append(" (").append(d.disagreeing()).append(" of ").append(cases).append(" cases)\n");
        out.append(Text.wrap("Each action's cases enumerate the facts either regime's rules for it read (numbers and "
                + "dates cut at the thresholds the rules use) and every reading of the switches they read; "
                + "other facts keep their defaults.", ""));
        if (!d.fixed().isEmpty()) {
            List<String> fixed = new ArrayList<>();
            d.fixed().forEach((k, v) -> fixed.add(k + "=" + v));
            out.append("readings held fixed: ").append(String.join(", ", fixed)).append('\n');
        }
        for (ActionDiff a : differing) {
            out.append('\n').append(a.action().id()).append(" — ").append(a.disagreeing()).append(" of ")
                    .append(a.cases()).append(" cases differ (axes: ").append(String.join(", ", a.axes())).append(")\n");
            int n = 1;
            for (DiffPattern p : a.patterns()) {
                out.append("  ").append(n++).append(". ").append(patternLine(d, p)).append('\n');
                out.append("     e.g. ").append(exampleLine(p)).append('\n');
            }
        }
        List<String> agree = d.actions().stream().filter(a -> a.disagreeing() == 0).map(a -> a.action().id()).toList();
        if (!agree.isEmpty()) {
            out.append('\n').append(Text.wrap("agree on every case: " + String.join(", ", agree), ""));
        }
        return out.toString();
    }

    /** {@code draft order 2017 permitted, ordinance 2017 forbidden when … — 24 cases}. */
    public static String patternLine(DiffResult d, DiffPattern p) {
        return d.first().shortName() + " " + p.first().wire() + ", " + d.second().shortName() + " "
                + p.second().wire() + " when " + conditions(p.conditions()) + " — " + p.cases()
                + (p.cases() == 1 ? " case" : " cases");
    }

    static String conditions(List<Condition> cs) {
        return cs.isEmpty() ? "always" : String.join(" and ", cs.stream().map(Condition::text).toList());
    }

    static String exampleLine(DiffPattern p) {
        Map<String, String> facts = ExampleScenario.nonDefaultFacts(p.example().facts());
        List<String> parts = new ArrayList<>();
        facts.forEach((k, v) -> parts.add(k + "=" + v));
        p.example().readings().forEach((k, v) -> parts.add(k + "=" + v));
        return "date " + p.example().facts().date() + (parts.isEmpty() ? "" : ", " + String.join(", ", parts))
                + ": " + Text.verdictLine(p.example().first()) + " | " + Text.verdictLine(p.example().second());
    }

    public static String sweep(String scenarioId, SweepResult s) {
        StringBuilder out = new StringBuilder();
        out.append(scenarioId).append(" — swept over ").append(s.switches().size()).append(" switches (")
                .append(s.combinations()).append(" combinations): ").append(s.varying().size()).append(" of ")
                .append(s.verdicts()).append(" verdicts depend on the reading\n");
        if (s.varying().isEmpty()) {
            out.append("every verdict is the same under every reading\n");
        }
        for (SweepResult.Varying v : s.varying()) {
            out.append('\n').append(v.regime()).append(" · ").append(v.action().id()).append(" — depends on ")
                    .append(String.join(", ", v.dependsOn())).append('\n');
            for (SweepResult.Variant var : v.variants()) {
                List<String> parts = new ArrayList<>();
                var.readings().forEach((k, val) -> parts.add(k + "=" + val));
                out.append("  ").append(String.join(", ", parts)).append("  ⇒ ").append(Text.verdictLine(var.verdict()))
                        .append('\n');
                var.verdict().notes().forEach(n -> out.append(Text.wrap("note: " + n, "      ")));
            }
        }
        return out.toString();
    }

    public static String check(CheckResult c) {
        StringBuilder out = new StringBuilder();
        out.append("check: ").append(c.regimes().size()).append(c.regimes().size() == 1 ? " regime, " : " regimes, ")
                .append(c.cases()).append(" verdicts over each action's fact space and every switch combination\n");
        for (CheckResult.Conflict x : c.conflicts()) {
            List<String> sides = x.claims().stream()
                    .map(cl -> cl.provision().cite() + " (" + cl.provision().id() + ") says " + cl.status().wire())
                    .toList();
            Map<String, String> facts = ExampleScenario.nonDefaultFacts(x.example().facts());
            List<String> parts = new ArrayList<>();
            facts.forEach((k, v) -> parts.add(k + "=" + v));
            x.example().readings().forEach((k, v) -> parts.add(k + "=" + v));
            out.append("CONFLICT ").append(x.regime()).append(" · ").append(x.action().id()).append(": ")
                    .append(String.join(" vs ", sides)).append(" — ").append(x.cases()).append(" cases, e.g. ")
                    .append(parts.isEmpty() ? "every fact at its default" : String.join(", ", parts)).append('\n');
        }
        for (CheckResult.Finding f : c.findings()) {
            String what = f.kind().equals("unreachable") ? "never applies (its conditions are never met)"
                    : "applies only where an exception overrides it, on " + f.action().id();
            out.append("warning ").append(f.regime()).append(": rule \"").append(f.rule()).append("\" (")
                    .append(f.file()).append(':').append(f.line()).append(") ").append(what).append('\n');
        }
        for (String fact : c.unreadFacts()) {
            out.append("warning: fact \"").append(fact).append("\" is read by no rule of any loaded regime: "
                    + "no answer can turn on it\n");
        }
        out.append(c.passed() ? "passed: no conflict in any regime\n"
                : "FAILED: " + c.conflicts().size() + (c.conflicts().size() == 1 ? " conflict\n" : " conflicts\n"));
        return out.toString();
    }
}
