package org.icerules.engine;

import org.icerules.model.Action;
import org.icerules.model.Regime;
import org.kie.api.KieBase;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A regime with its compiled rule base and what each of its rules says. */
public final class CompiledRegime {
    private final Regime regime;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byName;
    private final Map<Action, List<RuleInfo>> byAction = new EnumMap<>(Action.class);
    private volatile Runtime runtime;

    /** What evaluating needs beyond the rule base, built on first use: the memo and the reused sessions. */
    record Runtime(VerdictMemo memo, RuleFiring firing) {
    }

    CompiledRegime(Regime regime, KieBase kieBase, List<RuleInfo> rules) {
        this.regime = regime;
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.byName = rules.stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        for (Action a : Action.values()) {
            byAction.put(a, this.rules.stream().filter(r -> r.concludes(a)).toList());
        }
    }

    Runtime runtime() {
        Runtime r = runtime;
        if (r == null) {
            synchronized (this) {
                r = runtime;
                if (r == null) {
                    r = new Runtime(new VerdictMemo(new FactKey(this), VerdictMemo.DEFAULT_CAPACITY), new RuleFiring(this));
                    runtime = r;
                }
            }
        }
        return r;
    }

    public Regime regime() {
        return regime;
    }

    public String id() {
        return regime.id();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Every rule, in file and line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return byName.get(name);
    }

    /** The rules that conclude something about this action. */
    public List<RuleInfo> rulesFor(Action action) {
        return byAction.get(action);
    }
}
