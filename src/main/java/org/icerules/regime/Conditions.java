package org.icerules.regime;

import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.Vocabulary;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the conditions of one rule read: facts, the date, switches and the constants they are compared with. */
final class Conditions {
    private final Set<String> facts = new LinkedHashSet<>();
    private boolean readsDate;
    private final Map<String, Set<String>> switches = new TreeMap<>();
    private final Map<String, Set<Double>> numbers = new TreeMap<>();
    private final Set<LocalDate> days = new TreeSet<>();

    void fact(FactSpec f) {
        facts.add(f.name());
    }

    void number(FactSpec f, double threshold) {
        facts.add(f.name());
        numbers.computeIfAbsent(f.name(), k -> new TreeSet<>()).add(threshold);
    }

    void day(LocalDate day) {
        readsDate = true;
        days.add(day);
    }

    void reading(String name, Set<String> values) {
        switches.computeIfAbsent(name, k -> new TreeSet<>()).addAll(values);
    }

    /** The facts read, by spec name, in spec order. */
    List<String> facts(Vocabulary vocabulary) {
        return vocabulary.facts().stream().map(FactSpec::name).filter(facts::contains).toList();
    }

    boolean readsDate() {
        return readsDate;
    }

    Map<String, Set<String>> switches() {
        return switches;
    }

    Map<String, Set<Double>> numbers() {
        return numbers;
    }

    Set<LocalDate> days() {
        return days;
    }
}
