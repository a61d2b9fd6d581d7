package org.icerules.report;

import org.icerules.analysis.ActionDiff;
import org.icerules.analysis.Comparison;
import org.icerules.analysis.Counterfactual;
import org.icerules.analysis.DiffPattern;
import org.icerules.analysis.DiffResult;
import org.icerules.analysis.Explanation;
import org.icerules.model.law.GlossaryTerm;
import org.icerules.regime.Glossary;
import org.icerules.regime.RuleInfo;
import org.icerules.model.facts.Action;
import org.icerules.model.law.Provision;
import org.icerules.model.verdicts.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file (inline style, no script, no external asset) for compare,
 * explain and diff, ending with the {@link Receipt}. Deterministic: same inputs, same bytes.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            .forbidden{background:#fbe3e3}.permitted{background:#e3f6e3}.required{background:#e3ebfb}
            .standing{color:#8a4b00;font-style:italic}.why{font-size:1.05em}dl.glossary dt{font-weight:bold}dl.glossary dd{margin:0 0 .5em 1em}
            .silent{color:#777}.conflict{background:#f3d9f7;font-weight:bold}
            tr.differ td:first-child{font-weight:bold;color:#b00}td.action{white-space:nowrap}
            .summary{color:#444;margin:.2em 0 .8em 1.5em}.small{font-size:.85em;color:#555}
            code{background:#f4f4f4;padding:0 .2em}dl.receipt dt{font-weight:bold}dl.receipt dd{margin:0 0 .4em 1em;font-family:monospace}
            """;

    private HtmlReport() {
    }

    public static String compare(List<Comparison> comparisons, Receipt receipt) {
        return compare(comparisons, receipt, PlainWords.NONE);
    }

    /** The matrix of each scenario, questions first, regimes not in force marked, the glossary at the end. */
    public static String compare(List<Comparison> comparisons, Receipt receipt, PlainWords words) {
        StringBuilder b = start("ice-rules compare");
        b.append("<h1>What each regime says</h1>\n");
        for (Comparison c : comparisons) {
            b.append("<h2>").append(esc(c.scenario().id())).append(" — ").append(esc(c.scenario().title())).append("</h2>\n");
            b.append("<p>date ").append(c.scenario().date());
            if (c.scenario().source() != null) {
                b.append(" · source: ").append(esc(c.scenario().source()));
            }
            b.append("</p>\n").append(readings(c.readings()));
            b.append("<table>\n<tr><th></th><th>action</th>");
            c.regimes().forEach(r -> {
                String mark = StandingWords.mark(StandingWords.standing(r, c.scenario().date()));
                b.append("<th>").append(esc(r.shortName()));
                if (!mark.isEmpty()) {
                    b.append("<br><span class=\"standing\">").append(esc(mark)).append("</span>");
                }
                b.append("</th>");
            });
            b.append("</tr>\n");
            Map<String, Provision> cited = new LinkedHashMap<>();
            for (Action a : c.rows().keySet()) {
                boolean differ = c.disagree(a);
                b.append("<tr").append(differ ? " class=\"differ\"" : "").append("><td>").append(differ ? "≠" : "")
                        .append("</td><td class=\"action\">").append(esc(StandingWords.question(a)))
                        .append("<br><code>").append(a.id()).append("</code></td>");
                for (Verdict v : c.rows().get(a)) {
                    b.append(cell(v, words.why().of(v)));
                    v.provisions().forEach(p -> cited.putIfAbsent(v.regime() + "/" + p.id(), p));
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n<p class=\"small\">≠ marks the actions on which the regimes shown disagree.</p>\n");
            for (String l : StandingWords.legends(c.regimes(), c.scenario().date())) {
                b.append("<p class=\"standing\">").append(esc(l)).append("</p>\n");
            }
            b.append("<h3>Provisions cited</h3>\n");
            cited.forEach((key, p) -> b.append(provision(key.substring(0, key.indexOf('/')), p)));
        }
        return end(b, receipt, words);
    }

    public static String explain(Map<String, List<Explanation>> byScenario, Receipt receipt) {
        return explain(byScenario, receipt, PlainWords.NONE);
    }

    public static String explain(Map<String, List<Explanation>> byScenario, Receipt receipt, PlainWords words) {
        StringBuilder b = start("ice-rules explain");
        byScenario.forEach((id, es) -> es.forEach(e -> explanation(b, id, e, words)));
        return end(b, receipt, words);
    }

    private static void explanation(StringBuilder b, String scenarioId, Explanation e, PlainWords words) {
        b.append("<h1>").append(esc(StandingWords.question(e.action()))).append("</h1>\n");
        b.append("<p class=\"small\">").append(esc(scenarioId)).append(" · ").append(esc(e.regime().id())).append(" · ")
                .append(e.action().id()).append(" · date ").append(e.facts().date()).append("</p>\n");
        String standing = StandingWords.legend(e.regime(), e.facts().date());
        if (!standing.isEmpty()) {
            b.append("<p class=\"standing\">").append(esc(standing)).append("</p>\n");
        }
        b.append("<p class=\"").append(e.verdict().status().wire()).append("\"><strong>")
                .append(Text.status(e.verdict().status())).append("</strong></p>\n");
        e.verdict().provisions().forEach(p -> b.append(provision(e.regime().id(), p)));
        b.append("<h2>Why</h2>\n<p class=\"why\">").append(esc(words.why().of(e.verdict()))).append("</p>\n<ul>\n<li>facts that mattered: ")
                .append(esc(e.verdict().because().isEmpty() ? "none" : String.join(", ", e.verdict().because())))
                .append("</li>\n");
        for (RuleInfo r : e.deciding()) {
            b.append("<li>rule that decided: “").append(esc(r.name())).append("” <span class=\"small\">")
                    .append(esc(r.file())).append(':').append(r.line()).append("</span></li>\n");
        }
        for (Provision p : e.verdict().overridden()) {
            b.append("<li>overrode: ").append(esc(Text.provisionLine(p))).append("</li>\n");
        }
        for (RuleInfo r : e.unmet()) {
            String cite = e.regime().provision(r.provision()).map(Provision::cite).orElse(r.provision());
            b.append("<li>exception not met: ").append(esc(cite)).append(" — “").append(esc(r.name())).append("”</li>\n");
        }
        b.append("</ul>\n").append(readings(e.readings()));
        b.append("<h2>Why not — the smallest changes that would flip it</h2>\n");
        if (e.whyNot().isEmpty()) {
            b.append("<p>No change of one or two facts this regime reads changes the answer.</p>\n");
        } else {
            b.append("<table>\n<tr><th>change</th><th>would be</th><th>decided by</th></tr>\n");
            for (Counterfactual c : e.whyNot()) {
                b.append("<tr><td>").append(esc(String.join(" and ", c.changes().stream().map(ch -> ch.describe()).toList())))
                        .append("</td><td class=\"").append(c.verdict().status().wire()).append("\">")
                        .append(Text.status(c.verdict().status())).append("</td><td>")
                        .append(esc(String.join("; ", c.verdict().provisions().stream().map(Provision::cite).toList())))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
    }

    public static String diff(DiffResult d, Receipt receipt) {
        return diff(d, receipt, PlainWords.NONE);
    }

    public static String diff(DiffResult d, Receipt receipt, PlainWords words) {
        StringBuilder b = start("ice-rules diff");
        b.append("<h1>Where ").append(esc(d.first().shortName())).append(" and ").append(esc(d.second().shortName()))
                .append(" part ways</h1>\n");
        b.append("<p>").append(esc(d.first().title())).append(" (<code>").append(d.first().id()).append("</code>) ↔ ")
                .append(esc(d.second().title())).append(" (<code>").append(d.second().id()).append("</code>)</p>\n");
        b.append("<p class=\"small\">Each action's cases enumerate the facts either regime's rules for it read (numbers "
                + "and dates cut at the thresholds the rules use) and every reading of the switches they read; other "
                + "facts keep their defaults.</p>\n");
        if (!d.fixed().isEmpty()) {
            b.append(readings(d.fixed()).replace("readings in force", "readings held fixed"));
        }
        for (ActionDiff a : d.actions()) {
            if (a.disagreeing() == 0) {
                continue;
            }
            b.append("<h2>").append(a.action().id()).append("</h2>\n<p class=\"small\">").append(a.disagreeing())
                    .append(" of ").append(a.cases()).append(" cases differ · axes: ")
                    .append(esc(String.join(", ", a.axes()))).append("</p>\n<ol>\n");
            for (DiffPattern p : a.patterns()) {
                b.append("<li><span class=\"").append(p.first().wire()).append("\">").append(esc(d.first().shortName()))
                        .append(' ').append(p.first().wire()).append("</span>, <span class=\"").append(p.second().wire())
                        .append("\">").append(esc(d.second().shortName())).append(' ').append(p.second().wire())
                        .append("</span> when <strong>").append(esc(AnalysisText.conditions(p.conditions())))
                        .append("</strong> — ").append(p.cases()).append(p.cases() == 1 ? " case" : " cases")
                        .append("<br><span class=\"small\">e.g. ").append(esc(AnalysisText.exampleLine(p)))
                        .append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
        List<String> agree = d.actions().stream().filter(a -> a.disagreeing() == 0).map(a -> a.action().id()).toList();
        if (!agree.isEmpty()) {
            b.append("<p class=\"small\">Agree on every case: ").append(esc(String.join(", ", agree))).append("</p>\n");
        }
        return end(b, receipt, words);
    }

    private static String cell(Verdict v, String why) {
        StringBuilder b = new StringBuilder("<td class=\"").append(v.status().wire()).append('"');
        b.append(" title=\"").append(esc(v.provisions().isEmpty() ? why : v.provisions().get(0).title() + ". " + why)).append('"');
        return b.append('>').append(esc(MatrixTable.cell(v, CiteAbbreviation.NONE))).append("</td>").toString();
    }

    private static String provision(String regime, Provision p) {
        return "<p><strong>" + esc(p.cite()) + "</strong> — " + esc(p.title()) + " <span class=\"small\">[" + p.basis().wire()
                + "; " + esc(regime) + " · " + esc(p.id()) + "; source: " + esc(p.source()) + "]</span></p>\n"
                + "<p class=\"summary\">" + esc(p.summary().strip()) + "</p>\n";
    }

    private static String readings(Map<String, String> readings) {
        if (readings.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"small\">readings in force: ");
        readings.forEach((k, v) -> b.append("<code>").append(esc(k)).append(" = ").append(esc(v)).append("</code> "));
        return b.append("</p>\n").toString();
    }

    private static StringBuilder start(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static String end(StringBuilder b, Receipt r, PlainWords words) {
        b.append(glossary(words.glossary()));
        return end(b, r);
    }

    /** The glossary as a section of an HTML report: every term of rules/glossary.yaml. */
    public static String glossary(Glossary glossary) {
        if (glossary.terms().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2 id=\"glossary\">Glossary</h2>\n<dl class=\"glossary\">\n");
        for (GlossaryTerm t : glossary.terms()) {
            b.append("<dt id=\"").append(esc(t.anchor())).append("\">").append(esc(t.term())).append("</dt><dd>")
                    .append(esc(t.definition().replaceAll("\\s+", " ")));
            if (t.link() != null) {
                // the address as text: a report links to nothing outside itself
                b.append(" <span class=\"small\">source: ").append(esc(t.link())).append("</span>");
            }
            b.append("</dd>\n");
        }
        return b.append("</dl>\n").toString();
    }

    private static String end(StringBuilder b, Receipt r) {
        b.append("<h2 id=\"receipt\">Receipt</h2>\n<dl class=\"receipt\">\n");
        item(b, "tool", "ice-rules " + r.version());
        item(b, "command", r.command());
        item(b, "rules folder (SHA-256 of sorted paths and contents)", r.rulesHash());
        List<String> sw = r.switches().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
        item(b, "switches", sw.isEmpty() ? "none" : String.join(", ", sw));
        for (Receipt.ScenarioRef s : r.scenarios()) {
            item(b, "scenario " + s.id(), s.file() + " · date " + s.date() + " · SHA-256 " + s.sha256());
        }
        if (r.generated() != null) {
            item(b, "generated", r.generated().toString());
        }
        b.append("</dl>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void item(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
