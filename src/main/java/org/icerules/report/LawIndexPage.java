package org.icerules.report;

import org.icerules.regime.CompiledRegime;
import org.icerules.regime.Glossary;
import org.icerules.regime.RegimeCatalog;
import org.icerules.regime.RuleInfo;
import org.icerules.model.law.Basis;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Regime;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.SwitchReading;
import org.icerules.model.law.SwitchSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.icerules.report.Markdown.cell;
import static org.icerules.report.Markdown.code;
import static org.icerules.report.Markdown.link;
import static org.icerules.report.Markdown.para;

/**
 * {@code docs/law/README.md}: the index of the legal reference — every regime with its
 * standing and dates, how to read an answer and its basis, every reading (switch) with both
 * sides and who holds each, and how the layers combine.
 */
final class LawIndexPage {
    private final RegimeCatalog catalog;
    private final Glossary glossary;

    LawIndexPage(RegimeCatalog catalog, Glossary glossary) {
        this.catalog = catalog;
        this.glossary = glossary;
    }

    String render() {
        StringBuilder out = new StringBuilder(Markdown.GENERATED);
        out.append("# The legal reference\n\n");
        out.append("What each regime says, in our words, and where it comes from: every regime the tool evaluates, "
                + "each provision with its citation, basis, source and a plain-words summary, the rules that "
                + "encode it, and the readings the texts leave open. These pages are generated from the rules "
                + "themselves (`rules/<level>/<regime>/regime.yaml` and the `.drl` files beside it), so they say "
                + "exactly what the answers rest on. See also the ").append(link("glossary", "../glossary.md"))
                .append(", the ").append(link("facts and actions", "vocabulary.md")).append(" and the ")
                .append(link("file formats", "../scenario-format.md")).append(".\n\n");
        regimes(out);
        reading(out);
        basis(out);
        switches(out);
        layers(out);
        return out.toString();
    }

    private void regimes(StringBuilder out) {
        out.append("## Regimes\n\n");
        out.append(Markdown.header(List.of("regime", "level", "kind", "status", "dates", "in force", "provisions")));
        for (CompiledRegime cr : catalog.regimes()) {
            Regime r = cr.regime();
            out.append(Markdown.row(List.of(link(cell(r.title()), r.id() + ".md") + " " + code(r.id()), r.level(),
                    r.kind(), r.status(), cell(ReferenceFormat.dates(r)), ReferenceFormat.inForce(r),
                    String.valueOf(r.provisions().size()))));
        }
        out.append("\nEach regime is evaluated by `run` and `test` as if it were in force on the scenario's date, so a "
                + "draft can be set beside an enacted ordinance; `law` and `timeline` use only the regimes in force "
                + "on the date (see *How the layers combine* below).\n\n");
    }

    private void reading(StringBuilder out) {
        out.append("## How to read an answer\n\n");
        out.append("For each action (\"may the city …?\") a regime answers with one word and names the provision "
                + "that decides:\n\n");
        for (Status s : Status.values()) {
            out.append("- **").append(s.wire()).append("**").append(glossary.find(s.wire())
                    .map(t -> ": " + para(t.definition())).orElse("")).append('\n');
        }
        out.append("\nAn exception names the provision it overrides; when it applies, the overridden provision is "
                + "listed as having given way. A scope rule says the regime does not reach the case at all.\n\n");
    }

    private void basis(StringBuilder out) {
        out.append("## Basis: how firmly each provision rests on the words\n\n");
        for (Basis b : Basis.values()) {
            out.append("- **").append(b.wire()).append("**").append(glossary.find(b.wire() + " (basis)")
                    .map(t -> ": " + para(t.definition())).orElse("")).append('\n');
        }
        out.append('\n');
        out.append(Markdown.header(List.of("regime", "text", "reported", "inferred")));
        for (CompiledRegime cr : catalog.regimes()) {
            Map<String, Long> n = ReferenceFormat.basisCounts(List.of(cr.regime()));
            out.append(Markdown.row(List.of(link(cell(cr.regime().shortName()), cr.id() + ".md"),
                    String.valueOf(n.get("text")), String.valueOf(n.get("reported")), String.valueOf(n.get("inferred")))));
        }
        Map<String, Long> all = ReferenceFormat.basisCounts(catalog.regimes().stream().map(CompiledRegime::regime).toList());
        out.append(Markdown.row(List.of("**all**", String.valueOf(all.get("text")), String.valueOf(all.get("reported")),
                String.valueOf(all.get("inferred")))));
        out.append('\n');
    }

    private void switches(StringBuilder out) {
        out.append("## Readings (switches)\n\n");
        out.append("Where a text is unclear or contested, each defensible reading is a value of a named switch. "
                + "The default is used unless a scenario's `interpretations` or `--set SWITCH=VALUE` chooses another; "
                + "`./ice-rules sweep` shows which answers depend on the choice.\n\n");
        for (SwitchSpec s : catalog.switches().values()) {
            out.append(Markdown.anchor(ReferenceFormat.switchAnchor(s.name())));
            out.append("### ").append(code(s.name())).append("\n\n");
            String owner = catalog.find(s.regime()).map(r -> link(cell(r.regime().shortName()), r.id() + ".md"))
                    .orElse(code(s.regime()));
            out.append("Declared by ").append(owner).append(": ").append(Markdown.sentence(s.meaning())).append(" Default: ")
                    .append(code(s.defaultValue())).append(".\n\n");
            out.append(Markdown.header(List.of("value", "what it means", "held by", "sources")));
            for (String value : s.values()) {
                SwitchReading r = s.reading(value);
                String label = code(value) + (value.equals(s.defaultValue()) ? " (default)" : "");
                out.append(Markdown.row(r == null ? List.of(label, "not documented yet", "", "")
                        : List.of(label, cell(r.meaning()), cell(r.heldBy()), cell(String.join("; ", r.sources())))));
            }
            List<String> readers = new ArrayList<>();
            for (CompiledRegime cr : catalog.regimes()) {
                for (RuleInfo rule : cr.rules()) {
                    if (rule.switches().containsKey(s.name())) {
                        readers.add(ReferenceFormat.repoLink(rule.file(), rule.line()));
                    }
                }
            }
            out.append("\nRead by the rules at ").append(readers.isEmpty() ? "no rule" : String.join(", ", readers))
                    .append(".\n\n");
        }
    }

    private void layers(StringBuilder out) {
        out.append("## How the layers combine\n\n");
        out.append("`./ice-rules law` answers for a place and a date: every regime whose jurisdiction is the place "
                + "or contains it (`rules/jurisdictions.yaml`) and whose validity covers the date is a layer, and "
                + "the layers' answers are combined, in this order:\n\n");
        out.append("1. **Preemption.** A statute that forbids lower governments to restrict an act declares it "
                + "(`protects` in its regime.yaml). Where its provision permits the act, a lower layer's prohibition "
                + "is shown as preempted and does not decide. A law that forbids the levels below it to rule "
                + "otherwise declares it too (`preempts`: levels, actions, ground). Where its provision decides, a "
                + "contrary rule of a named lower level is shown as preempted, and the higher answer, a requirement "
                + "included, stands.\n");
        out.append("2. A layer's own unresolved conflict stays a conflict.\n");
        out.append("3. A requirement in one layer meeting a prohibition in another is a conflict between layers, "
                + "both sides shown.\n");
        out.append("4. A binding prohibition at any level prevails over a permission at another.\n");
        out.append("5. Otherwise a requirement, else a permission, else silent.\n");
        out.append("6. **Grant conditions are not law**: they never decide. Where the law in force forbids what a "
                + "condition requires, the answer is marked *grant at risk*, with the award at stake.\n\n");
        List<String> protects = new ArrayList<>();
        List<String> grants = new ArrayList<>();
        for (CompiledRegime cr : catalog.regimes()) {
            Regime r = cr.regime();
            for (Protection p : r.protects()) {
                String cite = r.provision(p.provision()).map(pr -> pr.cite()).orElse(p.provision());
                protects.add(link(cell(r.shortName()), r.id() + ".md") + " protects "
                        + String.join(", ", p.actions().stream().map(a -> code(a.id())).toList())
                        + " (" + link(cite, r.id() + ".md#" + p.provision()) + ")");
            }
            for (LevelPreemption p : r.preempts()) {
                String cite = r.provision(p.provision()).map(pr -> pr.cite()).orElse(p.provision());
                protects.add(link(cell(r.shortName()), r.id() + ".md") + " preempts " + String.join(", ", p.levels())
                        + " rules on " + String.join(", ", p.actions().stream().map(a -> code(a.id())).toList())
                        + " (" + link(cite, r.id() + ".md#" + p.provision()) + ")");
            }
            if (r.isGrantCondition()) {
                grants.add(link(cell(r.shortName()), r.id() + ".md")
                        + (r.award() == null ? "" : ": award " + r.award().display()
                        + (r.award().date() == null ? "" : " (" + r.award().date() + ")")));
            }
        }
        out.append("Preempting layers: ").append(protects.isEmpty() ? "none" : String.join("; ", protects))
                .append(".\n\n");
        out.append("Grant conditions: ").append(grants.isEmpty() ? "none" : String.join("; ", grants)).append(".\n");
    }
}
