package org.icerules;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.Vocabulary;
import org.icerules.regime.VocabularyClasses;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's vocabulary (rules/vocabulary.yaml) for tests: facts and actions by their wire
 * names, so a test says {@code Vocab.action("hold-past-release")} or
 * {@code Vocab.with("warrant", "judicial")} and no Java names a fact.
 */
public final class Vocab {
    /** The vocabulary of the project's rules folder: the same instance the catalog of rules/ holds. */
    public static final Vocabulary PROJECT = VocabularyClasses.load(Path.of("rules"));

    private Vocab() {
    }

    public static List<FactSpec> facts() {
        return PROJECT.facts();
    }

    public static FactSpec byName(String name) {
        FactSpec f = PROJECT.byName(name);
        return f;
    }

    public static Case defaults(LocalDate date) {
        return PROJECT.defaults(date);
    }

    public static Case with(Case base, LocalDate date, Map<String, ?> values) {
        return PROJECT.with(base, date, values);
    }

    /** Every fact at its default on that date but those named, given as name, wire value, name, wire value… */
    public static Case with(LocalDate date, String... nameValue) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            values.put(nameValue[i], value(nameValue[i], nameValue[i + 1]));
        }
        return PROJECT.with(null, date, values);
    }

    public static Map<String, String> toWire(Case c) {
        return PROJECT.toWire(c);
    }

    public static String formatValue(Object value) {
        return Vocabulary.formatValue(value);
    }

    /** The value of a fact as its scenario spelling gives it: an enum constant, a Boolean or a Double. */
    public static Object value(String fact, String wire) {
        FactSpec f = PROJECT.byName(fact);
        if (f == null) {
            throw new IllegalArgumentException("no fact " + fact);
        }
        return switch (f.type()) {
            case BOOL -> Boolean.parseBoolean(wire);
            case NUMBER -> Double.parseDouble(wire);
            case ENUM -> f.enumValue(wire).orElseThrow(() -> new IllegalArgumentException(fact + ": no value " + wire));
        };
    }

    /** The value of a fact in a case. */
    public static Object get(Case c, String fact) {
        return PROJECT.byName(fact).get(c);
    }

    public static Action action(String id) {
        Action a = PROJECT.action(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }

    public static List<Action> actions() {
        return PROJECT.actions();
    }

    public static List<String> actionIds() {
        return PROJECT.actionIds();
    }

    /**
     * A case of another rules folder's vocabulary (a test's own folder: its classes are its own),
     * the values given as this project's (enum constants are matched by their wire name).
     */
    public static Case in(Vocabulary vocabulary, LocalDate date, Map<String, ?> values) {
        Map<String, Object> own = new LinkedHashMap<>();
        values.forEach((name, v) -> {
            FactSpec f = vocabulary.byName(name);
            own.put(name, v instanceof org.icerules.model.facts.FactValue fv
                    ? f.enumValue(fv.wire()).orElseThrow(() -> new IllegalArgumentException(name + ": " + fv.wire()))
                    : v);
        });
        return vocabulary.with(null, date, own);
    }
}
