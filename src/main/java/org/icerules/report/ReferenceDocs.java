package org.icerules.report;

import org.icerules.law.Jurisdictions;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.Glossary;
import org.icerules.regime.RegimeCatalog;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;

import java.util.Map;
import java.util.TreeMap;

/**
 * The legal reference as files, rendered from the loaded rules: {@code law/README.md} (the
 * index), {@code law/<regime-id>.md} (one per regime), {@code law/vocabulary.md} and
 * {@code glossary.md}. The same rules give the same bytes.
 */
public final class ReferenceDocs {
    public static final String LAW = "law/";
    public static final String GLOSSARY = "glossary.md";

    private ReferenceDocs() {
    }

    /** Path (relative to the docs folder) → content, in path order. */
    public static Map<String, String> render(RegimeCatalog catalog, Jurisdictions jurisdictions, Glossary glossary) {
        Map<String, String> out = new TreeMap<>();
        out.put(LAW + "README.md", new LawIndexPage(catalog, glossary).render());
        for (CompiledRegime cr : catalog.regimes()) {
            if (cr.id().equals("vocabulary")) { // the page of facts and actions has that name
                throw new InputException(new InputProblem(null, 0, 0, "id",
                        "a regime may not be called 'vocabulary': docs/law/vocabulary.md is the facts and actions"));
            }
            out.put(LAW + cr.id() + ".md", new RegimePage(cr, jurisdictions, glossary).render());
        }
        out.put(LAW + "vocabulary.md", new VocabularyPage(catalog).render());
        out.put(GLOSSARY, new GlossaryPage(glossary).render());
        return out;
    }

    /** True if a file's text is a page this command wrote (so a stale one may be removed). */
    public static boolean isGenerated(String text) {
        return text.startsWith(Markdown.GENERATED);
    }
}
