package org.icerules.bench;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.Vocabulary;
import org.icerules.regime.VocabularyClasses;

/**
 * The vocabulary of the rules folder the benchmarks run on, so the hand-written floor names facts,
 * values and actions by their scenario spelling (no Java names a fact). Fails loudly on a name the
 * vocabulary lacks: a floor that silently read a missing fact would measure the wrong thing.
 */
final class BenchVocab {
    static final Vocabulary PROJECT = VocabularyClasses.load(org.icerules.regime.RegimeCatalog.defaultRulesDir());

    private BenchVocab() {
    }

    static FactSpec byName(String name) {
        FactSpec f = PROJECT.byName(name);
        if (f == null) {
            throw new IllegalArgumentException("no fact " + name);
        }
        return f;
    }

    /** The value of a fact as its scenario spelling gives it: an enum constant, a Boolean or a Double. */
    static Object value(String fact, String wire) {
        FactSpec f = byName(fact);
        return switch (f.type()) {
            case BOOL -> Boolean.parseBoolean(wire);
            case NUMBER -> Double.parseDouble(wire);
            case ENUM -> f.enumValue(wire).orElseThrow(() -> new IllegalArgumentException(fact + ": no value " + wire));
        };
    }

    static Action action(String id) {
        Action a = PROJECT.action(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }
}
