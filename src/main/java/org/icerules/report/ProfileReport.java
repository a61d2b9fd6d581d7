package org.icerules.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.law.Layer;
import org.icerules.law.LayerProvision;
import org.icerules.model.facts.Vocabulary;
import org.icerules.profile.PlaceProfile;
import org.icerules.profile.ProfileSpec;
import org.icerules.regime.Glossary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code profile} as JSON (one shape: the maps and their items as the profiles file declares
 * them, then each place with its layers and, per item, the word and each question's combined
 * answer in {@link LawJson}'s shape) and as one self-contained HTML page ending in the receipt.
 * Built field by field: the same inputs give the same bytes.
 */
public final class ProfileReport {
    private ProfileReport() {
    }

    public static String json(ProfileSpec spec, List<PlaceProfile> places) {
        ObjectNode root = Json.object();
        ArrayNode answers = Json.array();
        for (ProfileSpec.AnswerWord a : spec.answers()) {
            ObjectNode n = Json.object();
            n.put("word", a.word());
            n.set("statuses", Json.strings(a.statuses().stream().map(s -> s.wire()).toList()));
            n.put("limits", a.limits());
            n.put("meaning", a.meaning());
            answers.add(n);
        }
        root.set("answers", answers);
        root.put("mixed", spec.mixed());
        ArrayNode maps = Json.array();
        spec.maps().forEach(m -> maps.add(map(m)));
        root.set("maps", maps);
        ArrayNode ps = Json.array();
        places.forEach(p -> ps.add(place(spec, p)));
        root.set("places", ps);
        return Json.pretty(root);
    }

    /** {id, title, short, source, href, date, note, items: [{id, label, definition, questions}]} */
    static ObjectNode map(ProfileSpec.MapSpec m) {
        ObjectNode n = Json.object();
        n.put("id", m.id());
        n.put("title", m.title());
        n.put("short", m.shortName());
        n.put("source", m.source());
        n.put("href", m.href());
        n.put("date", m.date().toString());
        n.put("note", m.note());
        ArrayNode items = Json.array();
        for (ProfileSpec.ItemSpec i : m.items()) {
            ObjectNode in = Json.object();
            in.put("id", i.id());
            in.put("label", i.label());
            in.put("definition", i.definition());
            ArrayNode qs = Json.array();
            i.questions().forEach(q -> qs.add(question(q)));
            in.set("questions", qs);
            items.add(in);
        }
        n.set("items", items);
        return n;
    }

    /** {action, facts: {name: value, …}} — the facts overlaid on the defaults. */
    static ObjectNode question(ProfileSpec.Question q) {
        ObjectNode n = Json.object();
        n.put("action", q.action().id());
        ObjectNode facts = Json.object();
        q.facts().forEach((k, v) -> facts.put(k, Vocabulary.formatValue(v)));
        n.set("facts", facts);
        return n;
    }

    static ObjectNode place(ProfileSpec spec, PlaceProfile p) {
        ObjectNode n = Json.object();
        n.put("jurisdiction", p.place().jurisdiction());
        n.put("name", p.name());
        n.put("date", p.place().date().toString());
        ArrayNode layers = Json.array();
        p.layers().forEach(l -> layers.add(LawJson.layer(l)));
        n.set("layers", layers);
        n.set("interpretations", Json.stringMap(p.readings()));
        n.set("interpretations-from-record", Json.stringMap(p.fromRecord()));
        ArrayNode items = Json.array();
        for (PlaceProfile.ItemAnswer a : p.items()) {
            ObjectNode in = Json.object();
            in.put("map", a.map().id());
            in.put("item", a.item().id());
            in.put("answer", a.word());
            in.put("limits", a.limits());
            in.put("partly", a.partly());
            in.set("deciding", LawJson.provisions(a.deciding()));
            ArrayNode qs = Json.array();
            for (PlaceProfile.QuestionAnswer q : a.questions()) {
                ObjectNode qn = question(q.question());
                qn.put("answer", spec.word(q.answer().status()).word());
                ObjectNode combined = LawJson.combined(q.answer());
                combined.remove("action");
                qn.setAll(combined);
                qs.add(qn);
            }
            in.set("questions", qs);
            items.add(in);
        }
        n.set("items", items);
        ObjectNode summary = Json.object();
        for (ProfileSpec.MapSpec m : spec.maps()) {
            List<PlaceProfile.ItemAnswer> of = p.itemsOf(m);
            ObjectNode s = Json.object();
            s.put("items", of.size());
            s.put("limits", of.stream().filter(PlaceProfile.ItemAnswer::limits).count());
            s.put("partly", of.stream().filter(PlaceProfile.ItemAnswer::partly).count());
            summary.set(m.id(), s);
        }
        n.set("summary", summary);
        return n;
    }

    public static String html(ProfileSpec spec, List<PlaceProfile> places, Receipt receipt, Glossary glossary) {
        StringBuilder b = HtmlReport.start("ice-rules profile");
        b.append("<h1>Profiles: the law in force, item by item</h1>\n");
        b.append("<p>Each item of a published map is answered by the law in force in the place on the date — the "
                + "layers that reach it (city, state, federal; grant conditions apart), combined as <code>law</code> "
                + "combines them — on reference questions: an action asked on a case of default facts with a few "
                + "overlaid. The word sums up the questions' answers; the citations are the provisions that decide."
                + "</p>\n<h2>Places</h2>\n<ul>\n");
        for (PlaceProfile p : places) {
            b.append("<li>").append(Html.escape(ProfileTable.placeLine(p))).append("</li>\n");
        }
        b.append("</ul>\n");
        Map<String, String> readings = new java.util.TreeMap<>();
        places.forEach(p -> readings.putAll(p.readings()));
        b.append(HtmlReport.readings(readings));
        for (ProfileSpec.MapSpec m : spec.maps()) {
            b.append("<section class=\"scenario\">\n<h2>").append(Html.escape(m.shortName())).append(" — ")
                    .append(Html.escape(m.title())).append("</h2>\n<p class=\"small\">")
                    .append(HtmlReport.linked(m.source() + " (" + m.date() + "), " + m.href())).append("</p>\n");
            if (m.note() != null) {
                b.append("<p class=\"small\">").append(Html.escape(m.note())).append("</p>\n");
            }
            b.append("<table>\n<tr><th>item</th>");
            for (PlaceProfile p : places) {
                b.append("<th>").append(Html.escape(p.place().jurisdiction())).append("<br>")
                        .append(p.place().date()).append("</th>");
            }
            b.append("</tr>\n");
            for (ProfileSpec.ItemSpec item : m.items()) {
                b.append("<tr><td class=\"action\" title=\"").append(Html.escape(item.definition())).append("\">")
                        .append(Html.escape(item.label())).append("<br><code>").append(Html.escape(item.id()))
                        .append("</code></td>");
                for (PlaceProfile p : places) {
                    PlaceProfile.ItemAnswer a = p.itemsOf(m).stream().filter(i -> i.item().id().equals(item.id()))
                            .findFirst().orElseThrow();
                    b.append("<td class=\"").append(a.limits() ? "limits" : a.partly() ? "partly" : "open")
                            .append("\"><strong>").append(Html.escape(a.word())).append("</strong>");
                    for (PlaceProfile.QuestionAnswer q : a.questions()) {
                        b.append("<br><span class=\"small\">").append(Html.escape(questionLine(q))).append("</span>");
                    }
                    b.append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("<tr><td>items that limit</td>");
            places.forEach(p -> b.append("<td>").append(Html.escape(ProfileTable.count(p.itemsOf(m)))).append("</td>"));
            b.append("</tr>\n</table>\n<h3>Items</h3>\n<dl class=\"glossary\">\n");
            for (ProfileSpec.ItemSpec item : m.items()) {
                b.append("<dt>").append(Html.escape(item.label())).append("</dt><dd>")
                        .append(Html.escape(item.definition())).append("<br><span class=\"small\">asked: ")
                        .append(Html.escape(item.questions().stream().map(ProfileReport::asked)
                                .collect(Collectors.joining("; ")))).append("</span></dd>\n");
            }
            b.append("</dl>\n</section>\n");
        }
        b.append("<h2>Layers in force</h2>\n");
        for (PlaceProfile p : places) {
            b.append("<h3>").append(Html.escape(p.place().jurisdiction() + " on " + p.place().date())).append("</h3>\n<ul>\n");
            if (p.layers().isEmpty()) {
                b.append("<li>(none)</li>\n");
            }
            for (Layer l : p.layers()) {
                b.append("<li>").append(Html.escape(LawTable.layerLine(l)).replace("\n      ", "<br>")).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append(HtmlReport.glossary(glossary));
        return HtmlReport.end(b, receipt);
    }

    /** "notify-release (detainer = i-247a): permitted — ordinance 2017: D.R.M.C. § 28-253 (notification requests)" */
    static String questionLine(PlaceProfile.QuestionAnswer q) {
        List<LayerProvision> d = q.answer().deciding();
        return asked(q.question()) + ": " + q.answer().status().wire() + (d.isEmpty() ? "" : " — " + LayerProvision.joined(d));
    }

    /** "notify-release (detainer = i-247a)" */
    static String asked(ProfileSpec.Question q) {
        return q.action().id() + (q.facts().isEmpty() ? "" : " (" + q.facts().entrySet().stream()
                .map(e -> e.getKey() + " = " + Vocabulary.formatValue(e.getValue())).collect(Collectors.joining(", "))
                + ")");
    }
}
