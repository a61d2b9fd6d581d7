package org.icerules.report;

import org.icerules.law.Jurisdictions;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.Glossary;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.law.ValidityEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.icerules.report.Markdown.cell;
import static org.icerules.report.Markdown.code;
import static org.icerules.report.Markdown.link;
import static org.icerules.report.Markdown.linkOrText;
import static org.icerules.report.Markdown.para;

/**
 * {@code docs/law/<regime-id>.md}: one regime as a reader needs it — what it is, when it was
 * law, its sources, and each provision with its basis, summary, link and the rules that
 * encode it (file and line, actions, status, what each overrides).
 */
final class RegimePage {
    private final CompiledRegime compiled;
    private final Regime regime;
    private final Jurisdictions jurisdictions;
    private final Glossary glossary;

    RegimePage(CompiledRegime compiled, Jurisdictions jurisdictions, Glossary glossary) {
        this.compiled = compiled;
        this.regime = compiled.regime();
        this.jurisdictions = jurisdictions;
        this.glossary = glossary;
    }

    String render() {
        StringBuilder out = new StringBuilder(Markdown.GENERATED);
        out.append("# ").append(regime.title()).append("\n\n");
        out.append(code(regime.id())).append(" · ").append(regime.level()).append(' ').append(regime.kind())
                .append(" · ").append(regime.status()).append(" · ").append(jurisdictions.name(regime.jurisdiction()))
                .append("\n\n");
        out.append(link("All regimes", "README.md")).append(" · ").append(link("Glossary", "../glossary.md"))
                .append(" · ").append(link("Facts and actions", "vocabulary.md")).append("\n\n");
        facts(out);
        events(out);
        protects(out);
        preempts(out);
        sources(out);
        if (regime.notes() != null) {
            out.append("## Notes\n\n").append(para(regime.notes())).append("\n\n");
        }
        switches(out);
        provisions(out);
        return out.toString();
    }

    private void facts(StringBuilder out) {
        out.append(Markdown.header(List.of("", "")));
        row(out, "id", code(regime.id()));
        row(out, "short name", regime.shortName());
        row(out, "jurisdiction", jurisdictions.name(regime.jurisdiction()) + " (" + code(regime.jurisdiction()) + ")");
        row(out, "level", regime.level());
        row(out, "kind", regime.kind());
        row(out, "status", regime.status());
        row(out, "dates", ReferenceFormat.dates(regime));
        row(out, "in force", ReferenceFormat.inForce(regime));
        if (regime.award() != null) {
            row(out, "award", regime.award().display() + (regime.award().date() == null ? ""
                    : " on " + regime.award().date()) + (regime.award().note() == null ? ""
                    : " — " + regime.award().note()));
        }
        String yaml = ReferenceFormat.regimeFile(compiled);
        if (yaml != null) {
            row(out, "defined in", ReferenceFormat.repoLink(yaml, 0));
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, String key, String value) {
        out.append(Markdown.row(List.of(key, cell(value))));
    }

    private void events(StringBuilder out) {
        List<ValidityEvent> events = regime.validity().events();
        if (events.isEmpty()) {
            return;
        }
        out.append("## Standing over time\n\n");
        out.append(Markdown.header(List.of("date", "change", "concerns", "note")));
        for (ValidityEvent e : events) {
            out.append(Markdown.row(List.of(String.valueOf(e.date()), cell(e.change()),
                    e.actions().isEmpty() ? "the whole regime" : actions(e.actions()), cell(e.note()))));
        }
        out.append('\n');
    }

    private void protects(StringBuilder out) {
        if (regime.protects().isEmpty()) {
            return;
        }
        out.append("## What it protects from lower layers\n\n");
        out.append("Where the provision below permits one of these acts, a lower layer's prohibition of it is "
                + "shown as preempted and does not decide.\n\n");
        for (Protection p : regime.protects()) {
            out.append("- ").append(actions(p.actions())).append(", by ").append(provisionLink(p.provision()));
            out.append(p.note() == null ? "" : ": " + para(p.note())).append('\n');
        }
        out.append('\n');
    }

    private void preempts(StringBuilder out) {
        if (regime.preempts().isEmpty()) {
            return;
        }
        out.append("## What it preempts in lower levels\n\n");
        out.append("Where the provision below decides one of these acts, a rule of a lower layer at the levels "
                + "named that says the contrary is shown as preempted (void to the extent of the conflict), and "
                + "the provision's own answer stands.\n\n");
        for (LevelPreemption p : regime.preempts()) {
            out.append("- ").append(actions(p.actions())).append(", by ").append(provisionLink(p.provision()))
                    .append(", over ").append(String.join(", ", p.levels())).append(" rules; ground: ")
                    .append(para(p.ground()));
            out.append(p.note() == null ? "" : ". " + para(p.note())).append('\n');
        }
        out.append('\n');
    }

    private void sources(StringBuilder out) {
        out.append("## Sources\n\n");
        int i = 1;
        for (Source s : regime.sources()) {
            out.append(i++).append(". ").append(linkOrText(s.title(), s.href()));
            out.append(s.date() == null ? "" : " (" + s.date() + ")");
            out.append(s.where() == null ? "" : " — " + para(s.where())).append('\n');
        }
        out.append('\n');
    }

    private void switches(StringBuilder out) {
        if (regime.switches().isEmpty()) {
            return;
        }
        out.append("## Readings it leaves open\n\n");
        for (SwitchSpec s : regime.switches()) {
            out.append("- ").append(link(code(s.name()), "README.md#" + ReferenceFormat.switchAnchor(s.name())))
                    .append(": ").append(Markdown.sentence(s.meaning())).append(" Values: ")
                    .append(String.join(", ", s.values().stream().map(v -> code(v)
                            + (v.equals(s.defaultValue()) ? " (default)" : "")).toList()))
                    .append(".\n");
        }
        out.append('\n');
    }

    private void provisions(StringBuilder out) {
        Map<String, Long> bases = ReferenceFormat.basisCounts(List.of(regime));
        out.append("## Provisions\n\n").append(regime.provisions().size()).append(" provisions: ")
                .append(bases.get("text")).append(" text, ").append(bases.get("reported")).append(" reported, ")
                .append(bases.get("inferred")).append(" inferred.\n\n");
        for (Provision p : regime.provisions()) {
            out.append(Markdown.anchor(p.id()));
            out.append("### ").append(p.cite()).append(" — ").append(p.title()).append("\n\n");
            out.append("- id: ").append(code(p.id())).append('\n');
            String basis = p.basis().wire();
            out.append("- basis: ").append(glossary.find(basis + " (basis)")
                    .map(t -> link(basis, "../glossary.md#" + t.anchor())).orElse(basis)).append('\n');
            out.append("- source: ").append(para(p.source())).append('\n');
            out.append("- text: ").append(p.href() == null ? "no link to this provision; see the sources above"
                    : link(p.href(), p.href())).append("\n\n");
            out.append(para(p.summary())).append("\n\n");
            rules(out, p);
        }
    }

    private void rules(StringBuilder out, Provision p) {
        List<RuleInfo> rules = compiled.rules().stream().filter(r -> r.provision().equals(p.id())).toList();
        out.append("Rules that encode it:\n\n");
        out.append(Markdown.header(List.of("rule", "where", "actions", "concludes", "overrides", "reads")));
        for (RuleInfo r : rules) {
            out.append(Markdown.row(List.of(cell(r.name()), ReferenceFormat.repoLink(r.file(), r.line()),
                    actions(r.actions()), concludes(r), overrides(r), cell(reads(r)))));
        }
        out.append('\n');
    }

    private static String concludes(RuleInfo r) {
        String status = r.status() == null ? "adds a note" : r.status().wire();
        return r.note() == null ? status : status + " (note: " + cell(r.note()) + ")";
    }

    private String overrides(RuleInfo r) {
        if (r.overridesAll()) {
            return "every other provision (scope rule)";
        }
        if (r.overrides().isEmpty()) {
            return "—";
        }
        List<String> out = new ArrayList<>();
        r.overrides().forEach(id -> out.add(provisionLink(id)));
        return String.join(", ", out);
    }

    static String reads(RuleInfo r) {
        List<String> reads = new ArrayList<>(r.reads());
        if (r.readsDate()) {
            reads.add("date " + r.dateThresholds().stream().sorted().map(Object::toString).toList());
        }
        r.switches().keySet().stream().sorted().forEach(reads::add);
        return reads.isEmpty() ? "nothing (always applies)" : String.join(", ", reads);
    }

    private String provisionLink(String id) {
        return regime.provision(id).map(p -> link(p.cite(), "#" + p.id())).orElse(code(id));
    }

    private String actions(List<Action> actions) {
        if (actions.size() == compiled.vocabulary().actions().size()) {
            return "every action";
        }
        return String.join(", ", actions.stream().map(a -> code(a.id())).toList());
    }
}
