package org.icerules.model;

/**
 * One provision of a regime, as declared in its regime.yaml: the unit every rule cites.
 *
 * @param id      stable id, e.g. {@code drmc-28-253}
 * @param cite    the citation a reader can look up, e.g. {@code D.R.M.C. § 28-253}
 * @param title   a short title
 * @param basis   text, reported or inferred
 * @param source  where the reading comes from
 * @param summary one paragraph in plain words
 */
public record Provision(String id, String cite, String title, Basis basis, String source, String summary) {
}
