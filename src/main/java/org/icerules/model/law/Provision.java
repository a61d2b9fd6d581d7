package org.icerules.model.law;

/**
 * One provision of a regime, as declared in its regime.yaml: the unit every rule cites.
 *
 * @param id      stable id, kebab-case (e.g. a code and its section: {@code code-12-345})
 * @param cite    the citation a reader can look up, e.g. {@code D.R.M.C. § 28-253}
 * @param title   a short title
 * @param basis   text, reported or inferred
 * @param source  where the reading comes from
 * @param summary one paragraph in plain words
 * @param href    a link to the provision's text or best public source (may be null: then the
 *                regime's sources are the place to look)
 */
public record Provision(String id, String cite, String title, Basis basis, String source, String summary,
                        String href) {
    public Provision(String id, String cite, String title, Basis basis, String source, String summary) {
        this(id, cite, title, basis, source, summary, null);
    }
}
