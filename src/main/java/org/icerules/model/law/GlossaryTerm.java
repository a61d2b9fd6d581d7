package org.icerules.model.law;

/**
 * One entry of the glossary ({@code rules/glossary.yaml}): a term the reports and the legal
 * reference use, what it means in plain words, and where to read more.
 *
 * @param term       the term as it appears in the reports, e.g. {@code I-247A (detainer)}
 * @param definition one or two sentences in plain words
 * @param link       an absolute https link to a public source, or null
 */
public record GlossaryTerm(String term, String definition, String link) {

    /** A stable anchor for the term in a Markdown or HTML page: lower case, words joined by '-'. */
    public String anchor() {
        String a = term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return a.isEmpty() ? "section-sign" : a;
    }
}
