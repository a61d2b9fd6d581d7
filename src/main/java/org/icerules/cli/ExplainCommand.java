package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.Contingent;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.analysis.Explainer;
import org.icerules.report.ContingentJson;
import org.icerules.report.ContingentText;
import org.icerules.analysis.Explanation;
import org.icerules.regime.CompiledRegime;
import org.icerules.model.facts.Action;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.Scenario;
import org.icerules.report.AnalysisJson;
import org.icerules.report.AnalysisText;
import org.icerules.report.HtmlReport;
import org.icerules.report.Json;
import org.icerules.report.PlainWords;
import org.icerules.yaml.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code explain FILE --regime R --action A}: why this answer, and what smallest change would flip it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why one regime answers one action as it does for each scenario in FILE: the facts that "
                + "mattered, the rule and provision that decided, what it overrode, the readings in force; and "
                + "why not: every smallest change of one or two facts that flips the status.",
        footer = {"", "Takes one scenario FILE (or a folder of them), exactly one --regime ID (see 'ice-rules list "
                + "regimes') and one --action ID (see 'ice-rules list actions'). Example:",
                "  ice-rules explain my-case.yaml --regime REGIME-ID --action notify-release"})
public final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Parameters(arity = "1", paramLabel = "FILE", description = "a scenario file (or a folder of them)")
    Path file;

    @Option(names = "--action", required = true, paramLabel = "ACTION",
            description = "the action's id (see 'ice-rules list actions'), e.g. notify-release")
    String action;

    @Option(names = "--format", description = "text (default), json or html")
    Format format = Format.text;

    @Mixin
    Output output;

    @Mixin
    TableWidth width;

    @Option(names = "--generated", paramLabel = "YYYY-MM-DD", description = "a generation date for the HTML receipt")
    LocalDate generated;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Action a = parseAction(action, rules.catalog().vocabulary());
        CompiledRegime regime = rules.onlyRegime("explain");
        List<Scenario> scenarios = rules.loader().load(List.of(file));
        if (scenarios.stream().map(rules::withUnknowns).anyMatch(Scenario::hasUnknowns)) {
            output.write(spec, contingent(regime, a, scenarios));
            return 0;
        }
        Explainer explainer = new Explainer(rules.evaluator());
        Map<String, List<Explanation>> byScenario = new LinkedHashMap<>();
        Map<String, String> switches = new TreeMap<>();
        for (Scenario s : scenarios) {
            Explanation e = explainer.explain(regime, a, s.facts(), rules.readings(s));
            byScenario.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(e);
            switches.putAll(e.readings());
        }
        PlainWords words = rules.plainWords();
        String result = switch (format) {
            case json -> {
                ArrayNode arr = Json.array();
                byScenario.forEach((id, es) -> es.forEach(e -> {
                    ObjectNode n = Json.object();
                    n.put("scenario", id);
                    n.setAll(AnalysisJson.explanation(e));
                    n.put("standing", e.regime().validity().standingOn(e.facts().date()).wire());
                    n.put("whySentence", words.why().of(e.verdict()));
                    arr.add(n);
                }));
                ObjectNode root = Json.object();
                root.set("explanations", arr);
                yield Json.pretty(root);
            }
            case html -> HtmlReport.explain(byScenario, Receipts.of(spec, rules, scenarios, switches, generated), words);
            case text -> {
                StringBuilder out = new StringBuilder();
                byScenario.forEach((id, es) -> es.forEach(e -> {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(AnalysisText.explanation(id, e, words.why(), width.layout(output)));
                }));
                yield out.toString();
            }
        };
        output.write(spec, result);
        return 0;
    }

    /** With facts unknown: which of them matter and how, and which do not (text or JSON). */
    private String contingent(CompiledRegime regime, Action a, List<Scenario> scenarios) {
        if (format == Format.html) {
            throw new InputException(new InputProblem("--format", 0, 0, "format",
                    "a scenario with unknown facts is explained as text or json, not html"));
        }
        Contingent contingent = new Contingent(rules.evaluator());
        StringBuilder out = new StringBuilder();
        ArrayNode arr = Json.array();
        for (Scenario given : scenarios) {
            Scenario s = rules.withUnknowns(given);
            ContingentVerdict v = contingent.verdict(regime, a, s.facts(), rules.readings(s), s.unknown());
            if (format == Format.json) {
                ObjectNode n = Json.object();
                n.put("scenario", s.id());
                n.setAll(ContingentJson.verdict(v,
                        rules.evaluator().evaluate(regime, a, s.facts(), rules.readings(s)), s.unknown()));
                arr.add(n);
            } else {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(ContingentText.explanation(s.id(), regime.regime(), v));
            }
        }
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("explanations", arr);
            return Json.pretty(root);
        }
        return out.toString();
    }

    static Action parseAction(String id, org.icerules.model.facts.Vocabulary vocabulary) {
        Action a = vocabulary.action(id);
        if (a == null) {
            throw new InputException(new InputProblem("--action", 0, 0, "action", "unknown action '" + id + "'"
                    + DidYouMean.hint(id, vocabulary.actionIds()) + "; allowed: "
                    + String.join(", ", vocabulary.actionIds())));
        }
        return a;
    }
}
