package org.icerules.cli;

import org.icerules.batch.BatchQuestions;
import org.icerules.batch.BatchRun;
import org.icerules.batch.ColumnMapping;
import org.icerules.batch.Progress;
import org.icerules.batch.RowParser;
import org.icerules.batch.RowReader;
import org.icerules.batch.RowsCsv;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.facts.Action;
import org.icerules.report.BatchHtml;
import org.icerules.report.BatchTable;
import org.icerules.report.Receipt;
import org.icerules.yaml.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code batch FILE.csv}: many cases at once, one per row, counted per regime, action and status. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Many cases at once: one case per row of a CSV (or JSON Lines) file, every regime x action "
                + "(or those chosen); a summary of counts on standard output, the per-row answers with -o FILE, "
                + "or an HTML report with bar charts (--format html). See docs/batch.md.")
public final class BatchCommand implements Callable<Integer> {
    enum Format { csv, html }

    @Parameters(index = "0", paramLabel = "FILE", description = "a .csv with a header row (or .jsonl): id, date "
            + "(YYYY-MM-DD) and columns named like the facts; or any export with --map")
    Path file;

    @Option(names = "--action", paramLabel = "ACTION", description = "restrict to these actions (repeatable)")
    List<String> actions = new ArrayList<>();

    @Option(names = "--law", description = "the law in force on each row's date (all layers of the place, combined) "
            + "instead of each regime as a hypothesis")
    boolean law;

    @Option(names = "--map", paramLabel = "MAPPING.yaml", description = "how the export's columns and codes map "
            + "onto the facts (renames, value codes, constants, date format)")
    Path map;

    @Option(names = "--format", description = "with -o: csv (default; the per-row answers) or html (a report with charts)")
    Format format = Format.csv;

    @Option(names = "--workers", paramLabel = "N", description = "threads evaluating (default: the cores)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--generated", paramLabel = "YYYY-MM-DD", description = "a generation date for the HTML receipt")
    LocalDate generated;

    @Mixin
    Output output;

    @Mixin
    LawOptions where;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The regimes named, else those of --jurisdiction (default: the default place), as run does for a scenario. */
    private List<org.icerules.regime.CompiledRegime> regimesOfThePlace() {
        if (where.jurisdiction != null) {
            rules.places().jurisdictions().check(where.jurisdiction, "--jurisdiction");
        }
        return rules.places().select(rules.regimes, where.jurisdiction);
    }

    @Override
    public Integer call() throws IOException {
        List<Action> chosen = actions();
        if (workers < 1) {
            throw new InputException(new InputProblem("--workers", 0, 0, "workers", "expected 1 or more, found " + workers));
        }
        ColumnMapping mapping = map == null ? ColumnMapping.identity() : ColumnMapping.load(map, rules.catalog().vocabulary());
        BatchQuestions questions = law
                ? BatchQuestions.law(where.law(rules), where.jurisdiction, where.include, chosen, rules.set)
                : BatchQuestions.regimes(rules.evaluator(), regimesOfThePlace(), chosen, rules.set);
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputProblem(file.toString(), 0, 0, null, Files.isDirectory(file)
                    ? "is a folder; give a .csv or .jsonl file" : "no such file"));
        }
        BatchRun run = new BatchRun(new RowParser(file.toString(), mapping, rules.catalog().vocabulary()), questions,
                BatchRun.Settings.forCores(workers));
        PrintWriter err = spec.commandLine().getErr();
        boolean rowsOut = output.file != null && format == Format.csv;
        BatchRun.Result result;
        try (RowReader reader = RowReader.open(file);
             RowsCsv rows = rowsOut ? new RowsCsv(output.file, run.rowsHeader()) : null) {
            result = run.run(reader, rows, new Progress(err, Files.size(file), System.console() != null));
            if (!result.ok()) {
                List<InputProblem> shown = new ArrayList<>(result.problems());
                if (result.problemCount() > shown.size()) {
                    shown.add(new InputProblem(file.toString(), 0, 0, null, "… and " + (result.problemCount()
                            - shown.size()) + " more problems (the first " + shown.size() + " are shown)"));
                }
                throw new InputException(shown);
            }
            if (rows != null) {
                rows.commit();
            }
        }
        String summary = BatchTable.render(result.summary(), questions.columns(), chosen, new TreeMap<>(rules.set), law);
        if (format == Format.html) {
            String html = BatchHtml.render(result.summary(), questions.columns(), chosen, law, receipt(),
                    rules.plainWords().glossary());
            output.write(spec, html);
            if (output.file != null) {
                spec.commandLine().getOut().print(summary);
            }
        } else {
            spec.commandLine().getOut().print(summary);
        }
        return 0;
    }

    private List<Action> actions() {
        List<Action> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        org.icerules.model.facts.Vocabulary vocabulary = rules.catalog().vocabulary();
        for (String id : actions) {
            Action a = vocabulary.action(id);
            if (a == null) {
                problems.add(new InputProblem("--action", 0, 0, "action", "unknown action '" + id + "'"
                        + DidYouMean.hint(id, vocabulary.actionIds()) + "; known: "
                        + String.join(", ", vocabulary.actionIds())));
            } else if (!out.contains(a)) {
                out.add(a);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out.isEmpty() ? vocabulary.actions() : out;
    }

    private Receipt receipt() {
        Receipt base = Receipts.of(spec, rules, List.of(), Map.of(), generated);
        List<Receipt.ScenarioRef> inputs = new ArrayList<>();
        inputs.add(new Receipt.ScenarioRef(file.toString(), Receipt.hashFile(file), "rows", null));
        if (map != null) {
            inputs.add(new Receipt.ScenarioRef(map.toString(), Receipt.hashFile(map), "mapping", null));
        }
        return new Receipt(base.version(), base.rulesHash(), new TreeMap<>(rules.set), inputs, base.command(),
                base.generated());
    }
}
