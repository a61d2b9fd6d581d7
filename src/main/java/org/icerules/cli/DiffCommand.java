package org.icerules.cli;

import org.icerules.analysis.DiffPattern;
import org.icerules.analysis.DiffResult;
import org.icerules.analysis.Differ;
import org.icerules.regime.CompiledRegime;
import org.icerules.model.facts.Action;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.report.AnalysisJson;
import org.icerules.report.AnalysisText;
import org.icerules.report.AtomicFile;
import org.icerules.report.ExampleScenario;
import org.icerules.report.HtmlReport;
import org.icerules.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code diff R1 R2}: every action on which two regimes disagree, as short patterns with counts and examples. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two regimes over the whole fact space (numbers and dates bucketed at the thresholds "
                + "the rules use, every reading of the switches they read, except those fixed with --set) and lists, "
                + "for every action where they disagree, short patterns of the facts that matter, each with a count "
                + "and an example.")
public final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Parameters(index = "0", paramLabel = "R1", description = "the first regime")
    String first;

    @Parameters(index = "1", paramLabel = "R2", description = "the second regime")
    String second;

    @Option(names = "--action", paramLabel = "ACTION", description = "only this action (repeatable)")
    List<String> actions = new ArrayList<>();

    @Option(names = "--format", description = "text (default), json or html")
    Format format = Format.text;

    @Mixin
    Output output;

    @Option(names = "--write-examples", paramLabel = "DIR", converter = ExamplesFolder.class,
            description = "write each pattern's example as a scenario file (with expect) that run and test accept")
    Path examplesDir;

    /** A folder to write into (made if missing); an existing file is refused before any work. */
    static final class ExamplesFolder implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is a file; give a folder");
            }
            return p;
        }
    }

    @Option(names = "--generated", paramLabel = "YYYY-MM-DD", description = "a generation date for the HTML receipt")
    LocalDate generated;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Action> only = actions.stream()
                .map(id -> ExplainCommand.parseAction(id, rules.catalog().vocabulary())).toList();
        CompiledRegime a = rules.catalog().get(first);
        CompiledRegime b = rules.catalog().get(second);
        if (a == b) {
            throw new InputException(new InputProblem(null, 0, 0, "regime", "diff needs two different regimes"));
        }
        DiffResult d = new Differ(rules.evaluator()).diff(a, b, only, rules.set);
        String result = switch (format) {
            case json -> Json.pretty(AnalysisJson.diff(d));
            case html -> HtmlReport.diff(d, Receipts.of(spec, rules, List.of(), switches(a, b, rules.set), generated),
                    rules.plainWords());
            case text -> AnalysisText.diff(d);
        };
        if (examplesDir != null) {
            writeExamples(d);
        }
        output.write(spec, result);
        return 0;
    }

    private void writeExamples(DiffResult d) throws java.io.IOException {
        int written = 0;
        // the example's place: one where both regimes apply, so that test checks both expectations
        String place = rules.places().commonPlace(d.first().id(), d.second().id());
        String firstPlace = d.first().jurisdiction();
        for (Action action : d.vocabulary().actions()) {
            int n = 1;
            for (DiffPattern p : d.patterns()) {
                if (p.action().equals(action)) {
                    AtomicFile.write(examplesDir.resolve(ExampleScenario.id(p, n) + ".yaml"),
                            ExampleScenario.yaml(d, p, n, place != null ? place : firstPlace, place != null));
                    n++;
                    written++;
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + written + " example scenario" + (written == 1 ? "" : "s") + " to " + examplesDir);
    }

    /** The switches of both regimes, each enumerated: named in the receipt with their defaults. */
    private static Map<String, String> switches(CompiledRegime a, CompiledRegime b, Map<String, String> fixed) {
        Map<String, String> out = new TreeMap<>();
        for (CompiledRegime r : List.of(a, b)) {
            r.regime().switches().forEach(s -> out.put(s.name(), "every reading: " + String.join(" | ", s.values())));
        }
        out.putAll(fixed);
        return out;
    }
}
