package org.icerules.report;

import org.icerules.regime.Glossary;
import org.icerules.model.law.GlossaryTerm;

import static org.icerules.report.Markdown.link;
import static org.icerules.report.Markdown.para;

/** {@code docs/glossary.md}: every term of {@code rules/glossary.yaml}, with an anchor to link to. */
final class GlossaryPage {
    private final Glossary glossary;

    GlossaryPage(Glossary glossary) {
        this.glossary = glossary;
    }

    String render() {
        StringBuilder out = new StringBuilder(Markdown.GENERATED);
        out.append("# Glossary\n\n");
        out.append("The words the answers, the reports and the ").append(link("legal reference", "law/README.md"))
                .append(" use, in plain words.\n\n");
        for (GlossaryTerm t : glossary.terms()) {
            out.append(Markdown.anchor(t.anchor()));
            out.append("**").append(t.term()).append("** — ").append(para(t.definition()));
            if (t.link() != null) {
                out.append(" (").append(link("source", t.link())).append(')');
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
