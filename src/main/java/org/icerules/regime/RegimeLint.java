package org.icerules.regime;

import org.icerules.model.verdicts.Status;
import org.icerules.model.facts.Action;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Protection;
import org.icerules.model.InputProblem;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.yaml.DidYouMean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a regime's rules against its regime.yaml before anything is compiled: every rule
 * cites a declared provision, every provision has a rule, exceptions name real provisions
 * that a rule concludes on the same action, and rule names are unique. (Every switch and
 * switch value a rule reads is checked where it is written, as the rule is read: see
 * {@link ReadingConstraint}.)
 */
final class RegimeLint {
    private RegimeLint() {
    }

    static List<InputProblem> check(Regime regime, List<RuleInfo> rules, String yamlFile) {
        return check(regime, rules, yamlFile, p -> true);
    }

    /**
     * @param needsRule the provisions that must have a rule (a variant's own; an inherited one the
     *                  variant keeps only because an exception still names it is not reported twice)
     */
    static List<InputProblem> check(Regime regime, List<RuleInfo> rules, String yamlFile,
                                    java.util.function.Predicate<Provision> needsRule) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        regime.provisions().forEach(p -> declared.add(p.id()));
        Map<String, RuleInfo> names = new HashMap<>();
        Set<String> cited = new HashSet<>();
        for (RuleInfo r : rules) {
            String where = "rule \"" + r.name() + "\"";
            RuleInfo twin = names.putIfAbsent(r.name(), r);
            if (twin != null) {
                problems.add(new InputProblem(r.file(), r.line(), r.column(), where,
                        "duplicate rule name (also at " + twin.file() + ":" + twin.line() + ")"));
            }
            if (!declared.contains(r.provision())) {
                problems.add(new InputProblem(r.file(), r.line(), r.column(), where, "@provision(\"" + r.provision()
                        + "\") is not declared in " + yamlFile + DidYouMean.hint(r.provision(), declared)));
            }
            cited.add(r.provision());
            if (r.overridesAll() && r.overrides().size() > 1) {
                problems.add(new InputProblem(r.file(), r.line(), r.column(), where,
                        "@overrides(\"*\") already overrides every other provision: name nothing else beside it"));
            }
            for (String o : r.overrides()) {
                if (o.equals("*")) {
                    continue;
                }
                if (!declared.contains(o)) {
                    problems.add(new InputProblem(r.file(), r.line(), r.column(), where, "@overrides names '" + o
                            + "', which is not declared in " + yamlFile + DidYouMean.hint(o, declared)));
                } else if (o.equals(r.provision())) {
                    problems.add(new InputProblem(r.file(), r.line(), r.column(), where,
                            "an exception cannot override its own provision '" + o + "'"));
                } else if (rules.stream().noneMatch(g -> g.provision().equals(o) && g.status() != null
                        && g.actions().stream().anyMatch(r::concludes))) {
                    problems.add(new InputProblem(r.file(), r.line(), r.column(), where, "@overrides names '" + o
                            + "', but no rule concludes under that provision on the same action"));
                }
            }
        }
        for (Provision p : regime.provisions()) {
            if (!cited.contains(p.id()) && needsRule.test(p)) {
                problems.add(new InputProblem(yamlFile, 0, 0, "provisions." + p.id(),
                        "provision '" + p.id() + "' has no rule: encode it or remove it"));
            }
        }
        for (Protection pr : regime.protects()) {
            for (Action a : pr.actions()) {
                if (rules.stream().noneMatch(r -> r.provision().equals(pr.provision()) && r.concludes(a)
                        && r.status() == Status.PERMITTED)) {
                    problems.add(new InputProblem(yamlFile, 0, 0, "protects", "'" + pr.provision() + "' protects "
                            + a.id() + ", but no rule of that provision concludes permitted on it"));
                }
            }
        }
        for (LevelPreemption lp : regime.preempts()) {
            for (Action a : lp.actions()) {
                if (rules.stream().noneMatch(r -> r.provision().equals(lp.provision()) && r.concludes(a)
                        && r.status() != null && r.status() != Status.SILENT)) {
                    problems.add(new InputProblem(yamlFile, 0, 0, "preempts", "'" + lp.provision() + "' preempts on "
                            + a.id() + ", but no rule of that provision concludes forbidden, permitted or required on it"));
                }
            }
        }
        findCycle(rules).ifPresent(cycle -> problems.add(new InputProblem(yamlFile, 0, 0, null,
                "exceptions override each other in a circle: " + String.join(" → ", cycle))));
        return problems;
    }

    /** A chain of provisions that override each other back to the start, if there is one. */
    private static java.util.Optional<List<String>> findCycle(List<RuleInfo> rules) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (RuleInfo r : rules) {
            r.overrides().stream().filter(o -> !o.equals("*"))
                    .forEach(o -> edges.computeIfAbsent(r.provision(), k -> new HashSet<>()).add(o));
        }
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet().stream().sorted().toList()) {
            List<String> path = new ArrayList<>();
            if (dfs(start, edges, new HashSet<>(), done, path)) {
                Collections.reverse(path);
                return java.util.Optional.of(path);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean dfs(String node, Map<String, Set<String>> edges, Set<String> onPath, Set<String> done,
                               List<String> path) {
        if (onPath.contains(node)) {
            path.add(node);
            return true;
        }
        if (!done.add(node)) {
            return false;
        }
        onPath.add(node);
        for (String next : edges.getOrDefault(node, Set.of()).stream().sorted().toList()) {
            if (dfs(next, edges, onPath, done, path)) {
                path.add(node);
                return true;
            }
        }
        onPath.remove(node);
        return false;
    }
}
