package org.icerules.regime;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.law.Regime;
import org.kie.api.KieBase;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A regime with its compiled rule base and what each of its rules says. The rule base may be
 * made when first asked for (read from the cache): what the rules say is known at once, and a
 * command that runs only some regimes of the folder never pays for the others.
 */
public final class CompiledRegime {
    private final Regime regime;
    private volatile KieBase kieBase;
    private Supplier<KieBase> makeRuleBase; // until the rule base is made
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byName;
    private final List<RuleInfo>[] byAction; // by action index
    private final Vocabulary vocabulary;
    /** State a later layer keeps with this rule base (the engine's memo and sessions), built on first use. */
    private final Map<Class<?>, Object> attached = new ConcurrentHashMap<>();
    private volatile Attached last;

    private record Attached(Class<?> type, Object value) {
    }

    public CompiledRegime(Regime regime, KieBase kieBase, List<RuleInfo> rules, Vocabulary vocabulary) {
        this(regime, () -> kieBase, rules, vocabulary);
    }

    /** A regime whose rule base {@code makeRuleBase} makes, once, when first asked for. */
    @SuppressWarnings("unchecked")
    public CompiledRegime(Regime regime, Supplier<KieBase> makeRuleBase, List<RuleInfo> rules, Vocabulary vocabulary) {
        this.regime = regime;
        this.vocabulary = vocabulary;
        this.makeRuleBase = makeRuleBase;
        // the vocabulary's own actions, so a rule read back from the cache concludes about the same objects
        this.rules = rules.stream().map(r -> r.withActions(r.actions().stream()
                .map(a -> vocabulary.actions().get(a.index())).toList())).toList();
        this.byName = rules.stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        byAction = new List[vocabulary.actions().size()];
        for (Action a : vocabulary.actions()) {
            byAction[a.index()] = this.rules.stream().filter(r -> r.concludes(a)).toList();
        }
    }

    /**
     * The object of this type kept with the regime, made by {@code make} on first use. The engine
     * keeps its verdict memo and reused sessions here, so they live as long as the compiled rule
     * base and this package need not know them.
     */
    public <T> T attached(Class<T> type, Supplier<T> make) {
        Attached last = this.last; // every evaluation comes here: one volatile read when it is the last one asked for
        if (last != null && last.type() == type) {
            return type.cast(last.value());
        }
        Object value = attached.computeIfAbsent(type, t -> make.get());
        this.last = new Attached(type, value);
        return type.cast(value);
    }

    public Regime regime() {
        return regime;
    }

    public String id() {
        return regime.id();
    }

    /** The compiled rule base, made on the first call (by one thread; the others wait for it). */
    public KieBase kieBase() {
        KieBase made = kieBase;
        if (made == null) {
            synchronized (this) {
                made = kieBase;
                if (made == null) {
                    made = makeRuleBase.get();
                    kieBase = made;
                    makeRuleBase = null;
                }
            }
        }
        return made;
    }

    /** Whether the rule base has been made (a first evaluation also builds it). */
    public boolean ruleBaseMade() {
        return kieBase != null;
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
        return byAction[action.index()];
    }

    /** The facts and actions the regime's rules were read against. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }
}
