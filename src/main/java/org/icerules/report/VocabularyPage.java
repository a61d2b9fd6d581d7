package org.icerules.report;

import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RegimeCatalog;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.DrlNames;
import org.icerules.model.facts.FactDefinition;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.icerules.report.Markdown.cell;
import static org.icerules.report.Markdown.code;
import static org.icerules.report.Markdown.link;

/**
 * {@code docs/law/vocabulary.md}: the facts a scenario sets and the actions every regime is
 * asked about, generated from the code's own vocabulary so the format documentation cannot
 * drift from it; each with the regimes whose rules read or answer it.
 */
final class VocabularyPage {
    private final RegimeCatalog catalog;

    VocabularyPage(RegimeCatalog catalog) {
        this.catalog = catalog;
    }

    String render() {
        StringBuilder out = new StringBuilder(Markdown.GENERATED);
        out.append("# Facts and actions\n\n");
        out.append("The vocabulary of scenario files and rules, as the tool defines it (`./ice-rules list facts`, "
                + "`./ice-rules list actions`). How a scenario file uses it: ")
                .append(link("the file formats", "../scenario-format.md")).append(". Back to ")
                .append(link("the legal reference", "README.md")).append(".\n\n");
        facts(out);
        actions(out);
        return out.toString();
    }

    private void facts(StringBuilder out) {
        out.append("## Facts\n\n");
        Vocabulary vocabulary = catalog.vocabulary();
        List<String> examples = vocabulary.facts().stream().filter(f -> f.type() == FactType.ENUM).limit(2)
                .map(f -> code(f.definition().typeName() + "." + DrlNames.constant(f.values().get(f.values().size() - 1))))
                .toList();
        out.append("A fact left out of a scenario takes its default. In rules, a fact is the `Case` field named in "
                + "the second column" + (examples.isEmpty() ? "" : "; enum values are written "
                + String.join(", ", examples)) + ".\n\n");
        out.append(Markdown.header(List.of("fact", "in rules", "type", "values", "default", "meaning", "read by")));
        for (FactSpec f : vocabulary.facts()) {
            String values = switch (f.type()) {
                case ENUM -> String.join(", ", f.values().stream().map(Markdown::code).toList());
                case BOOL -> "`true`, `false`";
                case NUMBER -> range(f.definition());
            };
            out.append(Markdown.row(List.of(code(f.name()), code(f.field()), f.type().wire(), values,
                    code(Vocabulary.formatValue(f.defaultValue())), cell(f.doc()),
                    regimes(r -> r.reads().contains(f.name())))));
        }
        out.append("\nThe scenario's `date` is not a fact but the day the actions would happen; rules compare it with "
                + "`onOrAfter(\"YYYY-MM-DD\")` and its kin. A fact no rule reads is reported by `./ice-rules check`.\n\n");
        if (vocabulary.facts().stream().anyMatch(f -> f.type() == FactType.NUMBER)) {
            out.append("Numbers are compared in rules only with constants, so `diff` and `check` can cut them at "
                    + "those values.\n\n");
        }
    }

    private void actions(StringBuilder out) {
        out.append("## Actions\n\n");
        out.append("Every regime is asked the same questions. Each answer is forbidden, permitted, required, silent "
                + "or conflict.\n\n");
        out.append(Markdown.header(List.of("action", "the question: may the city (the actor) …",
                "regimes with a rule on it")));
        for (Action a : catalog.vocabulary().actions()) {
            out.append(Markdown.row(List.of(code(a.id()), cell(a.question() + "?"),
                    regimes(r -> r.status() != null && r.actions().contains(a) && !r.overridesAll()))));
        }
        out.append('\n');
    }

    /** The values a number fact may take, as its bounds say. */
    private static String range(FactDefinition f) {
        String min = f.min() == null ? null : Vocabulary.formatValue(f.min());
        String max = f.max() == null ? null : Vocabulary.formatValue(f.max());
        return min != null && max != null ? "a number from " + min + " to " + max
                : min != null ? "a number ≥ " + min : max != null ? "a number ≤ " + max : "a number";
    }

    /** The regimes (linked) with at least one rule matching the test, or "none". */
    private String regimes(Predicate<RuleInfo> test) {
        List<String> out = new ArrayList<>();
        for (CompiledRegime cr : catalog.regimes()) {
            if (cr.rules().stream().anyMatch(test)) {
                out.add(link(cell(cr.regime().shortName()), cr.id() + ".md"));
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
