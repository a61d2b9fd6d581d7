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
            caption{text-align:left;font-weight:bold;padding:.2em 0}table.case td{font-size:.95em}
            td.limits{background:#e3ebfb}td.partly{background:#f6f0d6}
            """ + PrintStyle.CSS;

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
            b.append("<section class=\"scenario\">\n<h2>").append(Html.escape(c.scenario().id())).append(" — ").append(Html.escape(c.scenario().title())).append("</h2>\n");
            b.append("<p>date ").append(c.scenario().date());
            if (c.scenario().source() != null) {
                b.append(" · source: ").append(linked(c.scenario().source()));
            }
            b.append("</p>\n").append(CaseFacts.html(c.scenario())).append(readings(c.readings()));
            b.append("<table>\n<tr><th></th><th>action</th>");
            c.regimes().forEach(r -> {
                String mark = StandingWords.mark(StandingWords.standing(r, c.scenario().date()));
                b.append("<th>").append(Html.escape(r.shortName()));
                if (!mark.isEmpty()) {
                    b.append("<br><span class=\"standing\">").append(Html.escape(mark)).append("</span>");
                }
                b.append("</th>");
            });
            b.append("</tr>\n");
            Map<String, Provision> cited = new LinkedHashMap<>();
            for (Action a : c.rows().keySet()) {
                boolean differ = c.disagree(a);
                b.append("<tr").append(differ ? " class=\"differ\"" : "").append("><td>").append(differ ? "≠" : "")
                        .append("</td><td class=\"action\">").append(Html.escape(StandingWords.question(a)))
                        .append("<br><code>").append(a.id()).append("</code></td>");
                for (Verdict v : c.rows().get(a)) {
                    b.append(cell(v, words.why().of(v)));
                    v.provisions().forEach(p -> cited.putIfAbsent(v.regime() + "/" + p.id(), p));
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n<p class=\"small\">≠ marks the actions on which the regimes shown disagree.</p>\n");
            for (String l : StandingWords.legends(c.regimes(), c.scenario().date())) {
                b.append("<p class=\"standing\">").append(Html.escape(l)).append("</p>\n");
            }
            b.append("<h3>Provisions cited</h3>\n");
            cited.forEach((key, p) -> b.append(provision(key.substring(0, key.indexOf('/')), p)));
            b.append("</section>\n");
        }
        return end(b, receipt, words);
    }

    public static String explain(Map<String, List<Explanation>> byScenario, Receipt receipt) {
        return explain(byScenario, receipt, PlainWords.NONE);
    }

    public static String explain(Map<String, List<Explanation>> byScenario, Receipt receipt, PlainWords words) {
        StringBuilder b = start("ice-rules explain");
        byScenario.forEach((id, es) -> es.forEach(e -> {
            b.append("<section class=\"scenario\">\n");
            explanation(b, id, e, words);
            b.append("</section>\n");
        }));
        return end(b, receipt, words);
    }

    private static void explanation(StringBuilder b, String scenarioId, Explanation e, PlainWords words) {
        b.append("<h1>").append(Html.escape(StandingWords.question(e.action()))).append("</h1>\n");
        b.append("<p class=\"small\">").append(Html.escape(scenarioId)).append(" · ").append(Html.escape(e.regime().id())).append(" · ")
                .append(e.action().id()).append(" · date ").append(e.facts().date()).append("</p>\n");
        String standing = StandingWords.legend(e.regime(), e.facts().date());
        if (!standing.isEmpty()) {
            b.append("<p class=\"standing\">").append(Html.escape(standing)).append("</p>\n");
        }
        b.append(CaseFacts.html(e.facts(), "the case — " + scenarioId + ", date " + e.facts().date()));
        b.append("<p class=\"").append(e.verdict().status().wire()).append("\"><strong>")
                .append(Text.status(e.verdict().status())).append("</strong></p>\n");
        e.verdict().provisions().forEach(p -> b.append(provision(e.regime().id(), p)));
        b.append("<h2>Why</h2>\n<p class=\"why\">").append(Html.escape(words.why().of(e.verdict()))).append("</p>\n<ul>\n<li>facts that mattered: ")
                .append(Html.escape(e.verdict().because().isEmpty() ? "none" : String.join(", ", e.verdict().because())))
                .append("</li>\n");
        for (RuleInfo r : e.deciding()) {
            b.append("<li>rule that decided: “").append(Html.escape(r.name())).append("” <span class=\"small\">")
                    .append(Html.escape(r.file())).append(':').append(r.line()).append("</span></li>\n");
        }
        for (Provision p : e.verdict().overridden()) {
            b.append("<li>overrode: ").append(Html.escape(Text.provisionLine(p))).append("</li>\n");
        }
        for (RuleInfo r : e.unmet()) {
            String cite = e.regime().provision(r.provision()).map(Provision::cite).orElse(r.provision());
            b.append("<li>exception not met: ").append(Html.escape(cite)).append(" — “").append(Html.escape(r.name())).append("”</li>\n");
        }
        b.append("</ul>\n").append(readings(e.readings()));
        b.append("<h2>Why not — the smallest changes that would flip it</h2>\n");
        if (e.whyNot().isEmpty()) {
            b.append("<p>No change of one or two facts this regime reads changes the answer.</p>\n");
        } else {
            b.append("<table>\n<tr><th>change</th><th>would be</th><th>decided by</th></tr>\n");
            for (Counterfactual c : e.whyNot()) {
                b.append("<tr><td>").append(Html.escape(String.join(" and ", c.changes().stream().map(ch -> ch.describe()).toList())))
                        .append("</td><td class=\"").append(c.verdict().status().wire()).append("\">")
                        .append(Text.status(c.verdict().status())).append("</td><td>")
                        .append(Html.escape(String.join("; ", c.verdict().provisions().stream().map(Provision::cite).toList())))
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
        b.append("<h1>Where ").append(Html.escape(d.first().shortName())).append(" and ").append(Html.escape(d.second().shortName()))
                .append(" part ways</h1>\n");
        b.append("<p>").append(Html.escape(d.first().title())).append(" (<code>").append(d.first().id()).append("</code>) ↔ ")
                .append(Html.escape(d.second().title())).append(" (<code>").append(d.second().id()).append("</code>)</p>\n");
        b.append("<p class=\"small\">Each action's cases enumerate the facts either regime's rules for it read (numbers "
                + "and dates cut at the thresholds the rules use) and every reading of the switches they read; other "
                + "facts keep their defaults.</p>\n");
        b.append(CaseFacts.defaultsHtml(d.vocabulary()));
        if (!d.fixed().isEmpty()) {
            b.append(readings(d.fixed()).replace("readings in force", "readings held fixed"));
        }
        for (ActionDiff a : d.actions()) {
            if (a.disagreeing() == 0) {
                continue;
            }
            b.append("<h2>").append(a.action().id()).append("</h2>\n<p class=\"small\">").append(a.disagreeing())
                    .append(" of ").append(a.cases()).append(" cases differ · axes: ")
                    .append(Html.escape(String.join(", ", a.axes()))).append("</p>\n<ol>\n");
            for (DiffPattern p : a.patterns()) {
                b.append("<li><span class=\"").append(p.first().wire()).append("\">").append(Html.escape(d.first().shortName()))
                        .append(' ').append(p.first().wire()).append("</span>, <span class=\"").append(p.second().wire())
                        .append("\">").append(Html.escape(d.second().shortName())).append(' ').append(p.second().wire())
                        .append("</span> when <strong>").append(Html.escape(AnalysisText.conditions(p.conditions())))
                        .append("</strong> — ").append(p.cases()).append(p.cases() == 1 ? " case" : " cases")
                        .append("<br><span class=\"small\">e.g. ").append(Html.escape(AnalysisText.exampleLine(p)))
                        .append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
        List<String> agree = d.actions().stream().filter(a -> a.disagreeing() == 0).map(a -> a.action().id()).toList();
        if (!agree.isEmpty()) {
            b.append("<p class=\"small\">Agree on every case: ").append(Html.escape(String.join(", ", agree))).append("</p>\n");
        }
        return end(b, receipt, words);
    }

    private static String cell(Verdict v, String why) {
        StringBuilder b = new StringBuilder("<td class=\"").append(v.status().wire()).append('"');
        b.append(" title=\"").append(Html.escape(v.provisions().isEmpty() ? why : v.provisions().get(0).title() + ". " + why)).append('"');
        return b.append('>').append(Html.escape(MatrixTable.cell(v, CiteAbbreviation.NONE))).append("</td>").toString();
    }

    private static String provision(String regime, Provision p) {
        return "<p><strong>" + Html.escape(p.cite()) + "</strong> — " + Html.escape(p.title()) + " <span class=\"small\">[" + p.basis().wire()
                + "; " + Html.escape(regime) + " · " + Html.escape(p.id()) + "; source: " + linked(p.source()) + "]</span></p>\n"
                + "<p class=\"summary\">" + Html.escape(p.summary().strip()) + "</p>\n";
    }

    static String readings(Map<String, String> readings) {
        if (readings.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"small\">readings in force: ");
        readings.forEach((k, v) -> b.append("<code>").append(Html.escape(k)).append(" = ").append(Html.escape(v)).append("</code> "));
        return b.append("</p>\n").toString();
    }

    static StringBuilder start(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
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
            b.append("<dt id=\"").append(Html.escape(t.anchor())).append("\">").append(Html.escape(t.term())).append("</dt><dd>")
                    .append(Html.escape(t.definition().replaceAll("\\s+", " ")));
            if (t.link() != null) {
                // the address as text: a report links to nothing outside itself
                b.append(" <span class=\"small\">source: ").append(Html.escape(t.link())).append("</span>");
            }
            b.append("</dd>\n");
        }
        return b.append("</dl>\n").toString();
    }

    static String end(StringBuilder b, Receipt r) {
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
        b.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    /** Escaped text with every http(s) address made a link (its own text, so print adds nothing). */
    static String linked(String s) {
        if (s == null) {
            return "";
        }
        java.util.regex.Matcher m = URL.matcher(s);
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (m.find()) {
            b.append(Html.escape(s.substring(at, m.start()))).append("<a class=\"url\" href=\"").append(Html.escape(m.group()))
                    .append("\">").append(Html.escape(m.group())).append("</a>");
            at = m.end();
        }
        return b.append(Html.escape(s.substring(at))).toString();
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://[^\\s()<>\"]+[^\\s()<>\".,;:]");

}
