package org.icerules.model.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact vocabulary of a rules folder, as the code uses it: every fact (name, field, type,
 * values, default, label), every action, and how to make a {@link Case} of them. Built from
 * {@code rules/vocabulary.yaml} with the classes generated from it; one instance per vocabulary,
 * so two rules folders with different facts can be used side by side.
 */
public final class Vocabulary {
    /** Makes the generated case class: facts in vocabulary order (boxed), and the date. */
    public interface CaseMaker {
        Case make(Vocabulary vocabulary, Object[] values, LocalDate date);
    }

    private final VocabularyDefinition definition;
    private final String hash;
    private final List<FactSpec> facts;
    private final Map<String, FactSpec> byName = new LinkedHashMap<>();
    private final Map<String, FactSpec> byField = new LinkedHashMap<>();
    private final List<Action> actions;
    private final Map<String, Action> actionsById = new LinkedHashMap<>();
    private final List<String> actionIds;
    private final Object[] defaults;
    private final CaseMaker maker;
    private final ClassLoader caseLoader;

    /**
     * @param enumTypes the generated enum of each enum fact, by fact name
     * @param hash      what identifies the vocabulary (and its generated classes)
     * @param caseLoader the class loader that defines the generated classes
     */
    public Vocabulary(VocabularyDefinition definition, String hash, Map<String, Class<?>> enumTypes, CaseMaker maker,
                      ClassLoader caseLoader) {
        this.definition = definition;
        this.caseLoader = caseLoader;
        this.hash = hash;
        this.maker = maker;
        List<FactSpec> facts = new ArrayList<>();
        List<FactDefinition> defs = definition.facts();
        defaults = new Object[defs.size()];
        for (int i = 0; i < defs.size(); i++) {
            FactDefinition d = defs.get(i);
            Class<?> type = switch (d.type()) {
                case BOOL -> Boolean.class;
                case NUMBER -> Double.class;
                case ENUM -> enumTypes.get(d.name());
            };
            FactSpec spec = new FactSpec(d.name(), d.field(), d.type(), type, d.values(), null, d.label(), i, d);
            Object def = switch (d.type()) {
                case BOOL -> Boolean.parseBoolean(d.defaultValue());
                case NUMBER -> Double.parseDouble(d.defaultValue());
                case ENUM -> spec.enumValue(d.defaultValue()).orElseThrow();
            };
            spec = new FactSpec(d.name(), d.field(), d.type(), type, d.values(), def, d.label(), i, d);
            defaults[i] = def;
            facts.add(spec);
            byName.put(spec.name(), spec);
            byField.put(spec.field(), spec);
        }
        this.facts = Collections.unmodifiableList(facts);
        List<Action> actions = new ArrayList<>();
        for (ActionDefinition a : definition.actions()) {
            Action action = new Action(a.id(), a.question(), actions.size());
            actions.add(action);
            actionsById.put(a.id(), action);
        }
        this.actions = List.copyOf(actions);
        this.actionIds = actions.stream().map(Action::id).toList();
    }

    /** The facts and actions as declared. */
    public VocabularyDefinition definition() {
        return definition;
    }

    /** What identifies this vocabulary: part of every rule base's cache key. */
    public String hash() {
        return hash;
    }

    /** The class loader of the generated case class and enums: rules are compiled and read through it. */
    public ClassLoader caseLoader() {
        return caseLoader;
    }

    /** Every fact, in the order of the vocabulary. */
    public List<FactSpec> facts() {
        return facts;
    }

    /** The fact of that spec name, or null. */
    public FactSpec byName(String name) {
        return byName.get(name);
    }

    /** The fact held in that {@link Case} field (as DRL names it: the camelCase of its name), or null. */
    public FactSpec byField(String field) {
        return byField.get(field);
    }

    /** Every action, in the order of the vocabulary (an action's index is its place here). */
    public List<Action> actions() {
        return actions;
    }

    /** The action with that id, or null. */
    public Action action(String id) {
        return actionsById.get(id);
    }

    public List<String> actionIds() {
        return actionIds;
    }

    /** Every fact at its default, on the given date. */
    public Case defaults(LocalDate date) {
        return with(null, date, Map.of());
    }

    /** A case with the given facts (by spec name) set, the others taken from {@code base} or their defaults. */
    public Case with(Case base, LocalDate date, Map<String, ?> values) {
        Object[] args = defaults.clone();
        if (base != null) {
            for (int i = 0; i < args.length; i++) {
                args[i] = base.get(i);
            }
        }
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FactSpec f = byName.get(e.getKey());
            if (f == null) {
                throw new IllegalArgumentException("unknown fact: " + e.getKey());
            }
            args[f.index()] = e.getValue();
        }
        return maker.make(this, args, date != null ? date : base != null ? base.date() : null);
    }

    /** The case's facts as spec name → wire value, in spec order. */
    public Map<String, String> toWire(Case c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FactSpec f : facts) {
            out.put(f.name(), formatValue(f.get(c)));
        }
        return out;
    }

    /** Wire spelling of a fact value: enum → kebab name, number → shortest decimal. */
    public static String formatValue(Object value) {
        if (value instanceof FactValue fv) {
            return fv.wire();
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
