package org.icerules.engine;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.icerules.model.Action;
import org.icerules.model.FactSpec;
import org.icerules.model.FactType;
import org.icerules.model.FactSchema;
import org.icerules.model.InputProblem;
import org.icerules.model.Status;
import org.icerules.yaml.DidYouMean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a parsed DRL package into {@link RuleInfo}s: the metadata that says what each rule
 * concludes, and — from its conditions — which facts, switches and thresholds it reads.
 * Problems (missing metadata, unknown action or status) are collected with file and line.
 */
final class DrlAnalyzer {
    static final Set<String> DATE_PREDICATES = Set.of("onOrAfter", "onOrBefore", "before", "after");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern NUMBER_COMPARISON =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(<=|>=|<|>|==|!=)\\s*(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern NUMBER_COMPARISON_REVERSED =
            Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(<=|>=|<|>|==|!=)\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DATE_WORD = Pattern.compile("\\b(date|onOrAfter|onOrBefore|before|after)\\b");
    private static final Pattern DATE_CALL =
            Pattern.compile("(onOrAfter|onOrBefore|before|after)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern READING_NAME = Pattern.compile("^\\s*name\\s*==\\s*\"([^\"]+)\"\\s*$");
    private static final Pattern READING_VALUE = Pattern.compile("\"([^\"]+)\"");

    private DrlAnalyzer() {
    }

    record Result(List<RuleInfo> rules, List<InputProblem> problems) {
    }

    static Result analyze(PackageDescr pkg, String regimeId, String file) {
        List<RuleInfo> rules = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            RuleInfo info = analyzeRule(r, regimeId, file, problems);
            if (info != null) {
                rules.add(info);
            }
        }
        return new Result(rules, problems);
    }

    private static RuleInfo analyzeRule(RuleDescr r, String regimeId, String file, List<InputProblem> problems) {
        int line = r.getLine();
        String where = "rule \"" + r.getName() + "\"";
        String provision = meta(r, "provision");
        String actionText = meta(r, "action");
        String statusText = meta(r, "status");
        String overridesText = meta(r, "overrides");
        String note = meta(r, "note");
        int before = problems.size();
        if (provision == null || provision.isBlank()) {
            problems.add(new InputProblem(file, line, 0, where,
                    "has no @provision(\"…\") metadata: every rule must cite the provision it encodes"));
        }
        if (actionText == null || actionText.isBlank()) {
            problems.add(new InputProblem(file, line, 0, where,
                    "has no @action(\"…\") metadata naming the action(s) it concludes about"));
        }
        if (statusText == null && note == null) {
            problems.add(new InputProblem(file, line, 0, where,
                    "has neither @status(\"…\") nor @note(\"…\"): a rule must conclude something"));
        }
        List<Action> actions = new ArrayList<>();
        if (actionText != null) {
            for (String id : split(actionText)) {
                if (id.equals("*")) {
                    actions.addAll(Arrays.asList(Action.values()));
                } else if (Action.byId(id) == null) {
                    problems.add(new InputProblem(file, line, 0, where, "unknown action '" + id + "' in @action"
                            + DidYouMean.hint(id, Action.ids()) + "; allowed: " + String.join(", ", Action.ids())));
                } else {
                    actions.add(Action.byId(id));
                }
            }
        }
        Status status = null;
        if (statusText != null) {
            status = Status.byWire(statusText.trim());
            if (status == null || status == Status.CONFLICT) {
                List<String> allowed = List.of("forbidden", "permitted", "required", "silent");
                problems.add(new InputProblem(file, line, 0, where, "unknown status '" + statusText + "' in @status"
                        + DidYouMean.hint(statusText, allowed) + "; allowed: " + String.join(", ", allowed)));
            }
        }
        Conditions cond = new Conditions();
        walk(r.getLhs(), cond, file, where, problems);
        if (problems.size() > before) {
            return null;
        }
        List<String> reads = FactSchema.facts().stream().map(FactSpec::name)
                .filter(cond.facts::contains).toList();
        return new RuleInfo(r.getName(), regimeId, provision.trim(), List.copyOf(new LinkedHashSet<>(actions)),
                status, overridesText == null ? List.of() : split(overridesText), note, reads, cond.readsDate,
                cond.switches, cond.numbers, cond.dates, file, line);
    }

    /** What the conditions of one rule read. */
    private static final class Conditions {
        final Set<String> facts = new LinkedHashSet<>();
        boolean readsDate;
        final Map<String, Set<String>> switches = new TreeMap<>();
        final Map<String, Set<Double>> numbers = new TreeMap<>();
        final Set<LocalDate> dates = new TreeSet<>();
    }

    private static void walk(BaseDescr d, Conditions cond, String file, String where, List<InputProblem> problems) {
        if (d instanceof PatternDescr p) {
            String type = p.getObjectType();
            List<String> constraints = p.getDescrs().stream().map(BaseDescr::getText)
                    .filter(t -> t != null).toList();
            if ("Case".equals(type) || type.endsWith(".Case")) {
                constraints.forEach(c -> readCaseConstraint(c, cond, file, p.getLine(), where, problems));
            } else if ("Reading".equals(type) || type.endsWith(".Reading")) {
                readReading(constraints, cond, file, p.getLine(), where, problems);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, cond, file, where, problems);
            }
        }
    }

    private static void readCaseConstraint(String text, Conditions cond, String file, int line, String where,
                                           List<InputProblem> problems) {
        Matcher dm = DATE_CALL.matcher(text);
        while (dm.find()) {
            cond.readsDate = true;
            try {
                cond.dates.add(LocalDate.parse(dm.group(2)));
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem(file, line, 0, where,
                        "'" + dm.group(2) + "' is not an ISO date (YYYY-MM-DD) in " + dm.group(1) + "(…)"));
            }
        }
        String code = STRING_LITERAL.matcher(text).replaceAll("\"\"");
        Matcher im = IDENTIFIER.matcher(code);
        while (im.find()) {
            String id = im.group();
            FactSpec f = FactSchema.byField(id);
            if (f != null) {
                cond.facts.add(f.name());
            } else if (id.equals("date") || DATE_PREDICATES.contains(id)) {
                cond.readsDate = true;
            }
        }
        readNumberComparisons(code, cond, file, line, where, problems);
        // The date is read only through the day predicates with a literal day: the fact space and
        // the verdict memo cut dates at exactly those days, so any other use would go unseen.
        String withoutCalls = DATE_CALL.matcher(text).replaceAll("");
        Matcher other = DATE_WORD.matcher(STRING_LITERAL.matcher(withoutCalls).replaceAll("\"\""));
        if (other.find()) {
            problems.add(new InputProblem(file, line, 0, where, "compare the case's date only as onOrAfter(\"YYYY-MM-DD\"), "
                    + "onOrBefore(…), before(…) or after(…) with a literal day, so the analysis sees the day it turns on"));
        }
    }

    /**
     * Numbers are compared with a constant, either way round ({@code hoursUntilRelease < 48} or
     * {@code 48 > hoursUntilRelease}); the constants are the thresholds the fact space and the
     * verdict memo cut at. A number fact used any other way is refused, since a verdict that
     * turned on it could not be told apart from its neighbours.
     */
    private static void readNumberComparisons(String code, Conditions cond, String file, int line, String where,
                                              List<InputProblem> problems) {
        String rest = code;
        for (Pattern form : List.of(NUMBER_COMPARISON, NUMBER_COMPARISON_REVERSED)) {
            Matcher nm = form.matcher(rest);
            StringBuilder unmatched = new StringBuilder();
            while (nm.find()) {
                boolean reversed = form == NUMBER_COMPARISON_REVERSED;
                FactSpec f = FactSchema.byField(nm.group(reversed ? 3 : 1));
                if (f != null && f.type() == FactType.NUMBER) {
                    cond.numbers.computeIfAbsent(f.name(), k -> new TreeSet<>())
                            .add(Double.parseDouble(nm.group(reversed ? 1 : 3)));
                    nm.appendReplacement(unmatched, " ");
                }
            }
            nm.appendTail(unmatched);
            rest = unmatched.toString();
        }
        Matcher left = IDENTIFIER.matcher(rest);
        while (left.find()) {
            FactSpec f = FactSchema.byField(left.group());
            if (f != null && f.type() == FactType.NUMBER) {
                problems.add(new InputProblem(file, line, 0, where, "compare " + f.name() + " with a number, as "
                        + f.field() + " < 48 or 48 > " + f.field() + ": the analysis cuts it at those constants"));
                return;
            }
        }
    }

    private static void readReading(List<String> constraints, Conditions cond, String file, int line, String where,
                                    List<InputProblem> problems) {
        String name = null;
        Set<String> values = new TreeSet<>();
        for (String c : constraints) {
            Matcher m = READING_NAME.matcher(c);
            if (m.matches()) {
                name = m.group(1);
            } else if (c.trim().startsWith("value")) {
                Matcher v = READING_VALUE.matcher(c);
                while (v.find()) {
                    values.add(v.group(1));
                }
            }
        }
        if (name == null) {
            problems.add(new InputProblem(file, line, 0, where,
                    "a Reading pattern must name its switch: Reading( name == \"…\", value == \"…\" )"));
            return;
        }
        cond.switches.computeIfAbsent(name, k -> new TreeSet<>()).addAll(values);
    }

    private static String meta(RuleDescr r, String key) {
        AnnotationDescr a = r.getAnnotation(key);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValueStripped();
        return v == null ? null : v.toString();
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static final Comparator<RuleInfo> BY_PLACE =
            Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line);
}
