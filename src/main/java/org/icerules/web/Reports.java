package org.icerules.web;

import org.icerules.analysis.Comparison;
import org.icerules.analysis.Explainer;
import org.icerules.analysis.Explanation;
import org.icerules.engine.Evaluator;
import org.icerules.law.LawAnswer;
import org.icerules.model.Scenario;
import org.icerules.regime.CompiledRegime;
import org.icerules.report.HtmlReport;
import org.icerules.report.LawReport;
import org.icerules.report.PlainWords;
import org.icerules.report.Receipt;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports the page offers to download: the very HTML that {@code explain --format html},
 * {@code compare --format html} and {@code law --format html} write (one self-contained file, the
 * case and the receipt in it), for the case the page shows. The receipt names the workbench link
 * that reproduces the case where the CLI names the scenario file.
 */
final class Reports {
    /** The tool's version, as the API document states it (a test holds it equal to the CLI's). */
    static final String VERSION = version();

    private final Evaluator evaluator;
    private final LawAnswers law;
    private final org.icerules.law.Places places;

    Reports(Evaluator evaluator, LawAnswers law, org.icerules.law.Places places) {
        this.evaluator = evaluator;
        this.law = law;
        this.places = places;
    }

    /** {@code explanation} (one cell), {@code matrix} (the regimes asked for) or {@code law} (on the case's date). */
    String html(String kind, CaseRequest req) {
        Scenario s = WorkbenchCase.scenario(req);
        if (s.hasUnknowns()) {
            throw ApiError.badRequest("facts", "a case with unknown facts cannot be written as a report (its answers "
                    + "are contingent); choose a value for " + String.join(", ", s.unknown()));
        }
        PlainWords words = Words.of(evaluator.catalog());
        return switch (kind) {
            case "explanation" -> {
                CompiledRegime regime = evaluator.catalog().get(req.regime());
                Explanation e = new Explainer(evaluator).explain(regime, req.action(), req.facts(), req.readings());
                yield HtmlReport.explain(Map.of(s.id(), List.of(e)), receipt(s, e.readings(),
                        "explain --regime " + regime.id() + " --action " + req.action().id()), words);
            }
            case "matrix" -> {
                List<CompiledRegime> regimes = places.select(req.regimes(), req.jurisdiction());
                Comparison c = Comparison.of(evaluator, s, regimes, req.readings());
                yield HtmlReport.compare(List.of(c), receipt(s, c.readings(), "compare"
                        + String.join("", regimes.equals(places.regimesIn(req.jurisdiction())) ? List.of()
                        : regimes.stream().map(r -> " --regime " + r.id()).toList())), words);
            }
            case "law" -> {
                LawAnswer answer = law.answer(req);
                yield LawReport.html(List.of(new LawReport.Entry(s, answer)),
                        receipt(s, answer.readings(), "law"), words.glossary());
            }
            default -> throw new ApiError(404, null, "no such report: " + kind + "; known: explanation, matrix, law");
        };
    }

    /** Which request a report kind takes: an explanation names one regime and one action. */
    static boolean needsCell(String kind) {
        return "explanation".equals(kind);
    }

    /** A file name for the download: {@code ice-rules-<kind>-<date>.html}. */
    static String fileName(String kind, CaseRequest req) {
        String cell = needsCell(kind) ? "-" + req.regime() + "-" + req.action().id() : "";
        return "ice-rules-" + kind + cell + "-" + req.facts().date() + ".html";
    }

    private static String version() {
        try {
            return org.icerules.report.Json.MAPPER.readTree(StaticAssets.read("web/openapi.json")).get("info").get("version").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("web/openapi.json does not parse (a build problem)", e);
        }
    }

    private Receipt receipt(Scenario s, Map<String, String> readings, String command) {
        return new Receipt(VERSION, Receipt.hashFolder(evaluator.catalog().rulesDir()), new TreeMap<>(readings),
                List.of(new Receipt.ScenarioRef("workbench link " + s.file(), "", s.id(), s.date())),
                "ice-rules serve — " + command + " (the case of the workbench link below)", null);
    }
}
