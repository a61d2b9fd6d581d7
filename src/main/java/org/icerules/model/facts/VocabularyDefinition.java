package org.icerules.model.facts;

import java.util.List;

/**
 * The fact vocabulary as declared in {@code rules/vocabulary.yaml} and its additions: every fact
 * a scenario may state and a rule may read, and every action a regime answers, in file order.
 */
public record VocabularyDefinition(List<FactDefinition> facts, List<ActionDefinition> actions) {
    public VocabularyDefinition {
        facts = List.copyOf(facts);
        actions = List.copyOf(actions);
    }

    public FactDefinition fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    public ActionDefinition action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
