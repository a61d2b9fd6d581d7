package org.icerules.batch;

import org.icerules.model.InputProblem;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.IsoDate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw rows into cases through a {@link ColumnMapping}, collecting every problem with its
 * line, column number and column name. An empty cell leaves the fact at its default (or the
 * mapping's constant). Thread-safe: workers parse their own chunks.
 */
public final class RowParser {
    private final String file;
    private final ColumnMapping mapping;
    private final Vocabulary vocabulary;
    private final DateTimeFormatter dateFormat;
    private final Map<String, Object> constants = new LinkedHashMap<>();
    private final LocalDate constantDate;
    private volatile Plan lastPlan;

    /** What each column of a header feeds: a fact, the id, the date, or nothing (ignored or unknown). */
    private record Plan(List<String> columns, String[] targets, FactSpec[] facts, List<InputProblem> problems) {
    }

    /** A parsed row: the case, or the problems that kept it from being one. */
    public record Parsed(BatchCase value, List<InputProblem> problems) {
    }

    public RowParser(String file, ColumnMapping mapping, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.file = file;
        this.mapping = mapping;
        this.dateFormat = mapping.dateFormatter();
        mapping.constants().forEach((target, text) -> {
            FactSpec f = vocabulary.byName(target);
            if (f != null && !text.isEmpty()) {
                constants.put(f.name(), CellParser.parse(f, text));
            }
        });
        String date = mapping.constants().get(ColumnMapping.DATE);
        this.constantDate = date == null ? null : IsoDate.parse(date).orElse(null);
    }

    /** Problems with the column names themselves (unknown, or two feeding one fact), reported once per header. */
    public List<InputProblem> headerProblems(List<String> columns, long line) {
        return plan(columns, line).problems();
    }

    /**
     * One row as a case. {@code ownColumns}: the row names its own columns (a JSON Lines object),
     * so problems with them are this row's; a CSV header's are reported once by {@link #headerProblems}.
     */
    public Parsed parse(RawRow row, boolean ownColumns) {
        Plan plan = plan(row.columns(), row.line());
        List<InputProblem> problems = new ArrayList<>(ownColumns ? plan.problems() : List.of());
        if (row.values().size() != plan.columns().size()) {
            problems.add(new InputProblem(file, (int) row.line(), 0, null, "expected " + plan.columns().size()
                    + " cells (one per column of the header), found " + row.values().size()));
            return new Parsed(null, problems);
        }
        Map<String, Object> facts = new HashMap<>(constants);
        String id = null;
        LocalDate date = constantDate;
        boolean badDate = false;
        for (int i = 0; i < plan.targets().length; i++) {
            String target = plan.targets()[i];
            if (target == null) {
                continue;
            }
            String column = plan.columns().get(i);
            String text = mapping.value(column, row.values().get(i).strip());
            if (text.isEmpty()) {
                continue;
            }
            if (target.equals(ColumnMapping.ID)) {
                id = text;
            } else if (target.equals(ColumnMapping.DATE)) {
                date = date(text, row, i, column, problems);
                badDate = date == null;
            } else {
                FactSpec f = plan.facts()[i];
                Object v = CellParser.parse(f, text);
                if (v == null) {
                    problems.add(problem(row, i, column, CellParser.problem(f, text)
                            + (column.equals(f.name()) ? "" : " (column " + column + " → " + f.name() + ")")));
                } else {
                    facts.put(f.name(), v);
                }
            }
        }
        if (date == null && !badDate) {
            problems.add(new InputProblem(file, (int) row.line(), 0, ColumnMapping.DATE, "every row needs a date "
                    + "(YYYY-MM-DD): a date column, or a date constant in the mapping"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        Case c = vocabulary.with(null, date, facts);
        return new Parsed(new BatchCase(row.line(), id == null ? Long.toString(row.line()) : id, date, c), List.of());
    }

    private LocalDate date(String text, RawRow row, int i, String column, List<InputProblem> problems) {
        if (dateFormat != null) {
            try {
                return LocalDate.parse(text, dateFormat);
            } catch (DateTimeParseException e) {
                problems.add(problem(row, i, column, "expected a date written " + mapping.dateFormat()
                        + " (the mapping's date-format), found '" + text + "'"));
                return null;
            }
        }
        return IsoDate.parse(text).orElseGet(() -> {
            problems.add(problem(row, i, column, IsoDate.problem(text)));
            return null;
        });
    }

    private InputProblem problem(RawRow row, int i, String column, String message) {
        return new InputProblem(file, (int) row.line(), i + 1, column, message);
    }

    private Plan plan(List<String> columns, long line) {
        Plan p = lastPlan;
        if (p != null && p.columns() == columns) {
            return p;
        }
        p = makePlan(columns, line);
        lastPlan = p;
        return p;
    }

    private Plan makePlan(List<String> columns, long line) {
        List<String> targets = ColumnMapping.targets(vocabulary);
        String[] t = new String[columns.size()];
        FactSpec[] f = new FactSpec[columns.size()];
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> fedBy = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String target = mapping.target(column);
            if (target == null) {
                continue;
            }
            if (!targets.contains(target)) {
                problems.add(new InputProblem(file, (int) line, i + 1, column, "unknown column '" + column + "'"
                        + DidYouMean.hint(column, targets) + "; a column is id, date or a fact (ice-rules list "
                        + "facts), or is renamed or ignored by a mapping (--map)"));
                continue;
            }
            String other = fedBy.putIfAbsent(target, column);
            if (other != null) {
                problems.add(new InputProblem(file, (int) line, i + 1, column, "column '" + column + "' feeds "
                        + target + ", which column '" + other + "' already does"));
                continue;
            }
            t[i] = target;
            f[i] = vocabulary.byName(target);
        }
        return new Plan(columns, t, f, List.copyOf(problems));
    }
}
