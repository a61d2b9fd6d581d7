package org.icerules.regime;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.InputProblem;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.SwitchSpec;
import org.icerules.yaml.DidYouMean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a parsed DRL package into {@link RuleInfo}s: the metadata that says what each rule
 * concludes, and — from its conditions, as Drools' own parser reads them — which facts,
 * switches and thresholds it reads ({@link ConditionReader}). Whatever the analysis cannot
 * account for is refused ({@link DrlConstructs}, {@link Refused}), since diff, check,
 * explain, sweep and the verdict memo all trust what is read here. Problems are collected
 * with file, line and column: every metadata problem of a rule, but only the first problem
 * in its conditions, so nothing is reported that only follows from an earlier one.
 */
final class DrlAnalyzer {
    private DrlAnalyzer() {
    }

    record Result(List<RuleInfo> rules, List<InputProblem> problems) {
    }

    /**
     * @param src      the file as read (for line:column and for Drools' lexer)
     * @param switches the regime's switches, to check what each Reading names; null: not checked
     */
    static Result analyze(PackageDescr pkg, DrlText src, String regimeId, List<SwitchSpec> switches,
                          Vocabulary vocabulary) {
        List<RuleInfo> rules = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(DrlConstructs.inFile(pkg, src, vocabulary));
        Set<String> functions = pkg.getFunctions().stream().map(FunctionDescr::getName).collect(Collectors.toSet());
        ConditionReader conditions = new ConditionReader(src, functions, switches, vocabulary);
        for (RuleDescr r : pkg.getRules()) {
            if (r instanceof QueryDescr) {
                continue; // refused with the file's constructs
            }
            RuleInfo info = analyzeRule(r, src, regimeId, conditions, problems, vocabulary);
            if (info != null) {
                rules.add(info);
            }
        }
        return new Result(rules, problems);
    }

    private static RuleInfo analyzeRule(RuleDescr r, DrlText src, String regimeId, ConditionReader reader,
                                        List<InputProblem> problems, Vocabulary vocabulary) {
        String file = src.file();
        int[] at = src.position(r);
        int line = at[0];
        int column = at[1];
        String where = "rule \"" + r.getName() + "\"";
        String provision = meta(r, "provision");
        String actionText = meta(r, "action");
        String statusText = meta(r, "status");
        String overridesText = meta(r, "overrides");
        String note = meta(r, "note");
        int before = problems.size();
        if (provision == null || provision.isBlank()) {
            problems.add(new InputProblem(file, line, column, where,
                    "has no @provision(\"…\") metadata: every rule must cite the provision it encodes"));
        }
        if (actionText == null || actionText.isBlank()) {
            problems.add(new InputProblem(file, line, column, where,
                    "has no @action(\"…\") metadata naming the action(s) it concludes about"));
        }
        if (statusText == null && note == null) {
            problems.add(new InputProblem(file, line, column, where,
                    "has neither @status(\"…\") nor @note(\"…\"): a rule must conclude something"));
        }
        List<Action> actions = new ArrayList<>();
        if (actionText != null) {
            for (String id : split(actionText)) {
                if (id.equals("*")) {
                    actions.addAll(vocabulary.actions());
                } else if (vocabulary.action(id) == null) {
                    problems.add(new InputProblem(file, line, column, where, "unknown action '" + id + "' in @action"
                            + DidYouMean.hint(id, vocabulary.actionIds()) + "; allowed: "
                            + String.join(", ", vocabulary.actionIds())));
                } else {
                    actions.add(vocabulary.action(id));
                }
            }
        }
        Status status = null;
        if (statusText != null) {
            status = Status.byWire(statusText.trim());
            if (status == null || status == Status.CONFLICT) {
                List<String> allowed = List.of("forbidden", "permitted", "required", "silent");
                problems.add(new InputProblem(file, line, column, where, "unknown status '" + statusText + "' in @status"
                        + DidYouMean.hint(statusText, allowed) + "; allowed: " + String.join(", ", allowed)));
            }
        }
        Conditions cond = null;
        try {
            Refused elsewhere = DrlConstructs.onRule(r, src);
            if (elsewhere != null) {
                throw elsewhere;
            }
            cond = reader.read(r.getLhs());
        } catch (Refused refused) {
            problems.add(new InputProblem(file, refused.line(), refused.column(), where, refused.getMessage()));
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleInfo(r.getName(), regimeId, provision.trim(), List.copyOf(new LinkedHashSet<>(actions)),
                status, overridesText == null ? List.of() : split(overridesText), note, cond.facts(vocabulary), cond.readsDate(),
                cond.switches(), cond.numbers(), cond.days(), file, line, column);
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
