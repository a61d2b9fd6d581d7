package org.icerules.engine;

import org.icerules.Vocab;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.SwitchSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RuleInfo;

/**
 * Every case one regime's rules can tell apart, for tests, action by action: for each action,
 * each fact read by the rules that conclude on it over its whole domain (a number at each
 * constant it is compared with, and at two values inside each interval between; the date
 * likewise around each day compared), times every reading of the switches those rules read.
 * A verdict on an action turns only on what its rules read, so this covers every verdict the
 * regime can give while staying a sum of small products, not one product over every fact the
 * regime reads anywhere (which grows past memory as the vocabulary grows). Facts and switches
 * the action's rules do not read are drawn at random (seeded), to show they do not matter. Two
 * values per interval make the same key come round twice with different echoes.
 */
final class FactSpaceSample {
    private FactSpaceSample() {
    }

    static long size(CompiledRegime regime) {
        long total = 0;
        for (Action action : Vocab.actions()) {
            long n = 1;
            for (List<Object> values : axes(regime, action).values()) {
                n *= values.size();
            }
            for (SwitchSpec s : switchesRead(regime, action)) {
                n *= s.values().size();
            }
            total += n;
        }
        return total;
    }

    /** Calls {@code visit} with every case and readings of the space, action after action. */
    static void forEach(CompiledRegime regime, long seed, BiConsumer<Case, Map<String, String>> visit) {
        Random random = new Random(seed);
        for (Action action : Vocab.actions()) {
            forEach(regime, action, random, visit);
        }
    }

    private static void forEach(CompiledRegime regime, Action action, Random random,
                                BiConsumer<Case, Map<String, String>> visit) {
        Map<String, List<Object>> axes = axes(regime, action);
        List<String> names = new ArrayList<>(axes.keySet());
        List<SwitchSpec> switches = switchesRead(regime, action);
        int[] at = new int[names.size() + switches.size()];
        while (true) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FactSpec f : Vocab.facts()) { // the unread ones at random
                List<Object> d = f.type() == FactType.NUMBER ? List.of(0.0, 1.5, 72.0, 500.0) : f.domain();
                values.put(f.name(), d.get(random.nextInt(d.size())));
            }
            LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 7));
            for (int i = 0; i < names.size(); i++) {
                Object v = axes.get(names.get(i)).get(at[i]);
                if (names.get(i).equals("date")) {
                    date = (LocalDate) v;
                } else {
                    values.put(names.get(i), v);
                }
            }
            Map<String, String> readings = new LinkedHashMap<>();
            for (SwitchSpec s : regime.regime().switches()) { // the unread ones at random
                readings.put(s.name(), s.values().get(random.nextInt(s.values().size())));
            }
            for (int j = 0; j < switches.size(); j++) {
                readings.put(switches.get(j).name(), switches.get(j).values().get(at[names.size() + j]));
            }
            visit.accept(Vocab.with(null, date, values), readings);
            int k = 0;
            while (k < at.length) {
                int limit = k < names.size() ? axes.get(names.get(k)).size() : switches.get(k - names.size()).values().size();
                if (++at[k] < limit) {
                    break;
                }
                at[k++] = 0;
            }
            if (k == at.length) {
                return;
            }
        }
    }

    /** The regime's switches that the rules concluding on this action read, in declared order. */
    private static List<SwitchSpec> switchesRead(CompiledRegime regime, Action action) {
        Set<String> read = new LinkedHashSet<>();
        for (RuleInfo r : regime.rules()) {
            if (r.concludes(action)) {
                read.addAll(r.switches().keySet());
            }
        }
        return regime.regime().switches().stream().filter(s -> read.contains(s.name())).toList();
    }

    /** Fact name (or "date") → the values to try, for the facts the rules concluding on this action read. */
    private static Map<String, List<Object>> axes(CompiledRegime regime, Action action) {
        Set<String> read = new LinkedHashSet<>();
        Set<LocalDate> days = new TreeSet<>();
        boolean date = false;
        List<RuleInfo> rules = regime.rules().stream().filter(r -> r.concludes(action)).toList();
        for (RuleInfo r : rules) {
            read.addAll(r.reads());
            days.addAll(r.dateThresholds());
            date |= r.readsDate();
        }
        Map<String, List<Object>> axes = new LinkedHashMap<>();
        for (FactSpec f : Vocab.facts()) {
            if (!read.contains(f.name())) {
                continue;
            }
            if (f.type() != FactType.NUMBER) {
                axes.put(f.name(), f.domain());
                continue;
            }
            TreeSet<Double> ts = new TreeSet<>(List.of(0.0));
            rules.forEach(r -> ts.addAll(r.numberThresholds().getOrDefault(f.name(), Set.of())));
            List<Object> values = new ArrayList<>();
            Double previous = null;
            for (double t : ts) {
                if (t < 0) {
                    continue;
                }
                if (previous != null) {
                    values.add(previous + (t - previous) / 3);
                    values.add(previous + 2 * (t - previous) / 3);
                }
                values.add(t);
                previous = t;
            }
            values.add(previous + 1);
            values.add(previous + 1000);
            axes.put(f.name(), values);
        }
        if (date) {
            List<Object> values = new ArrayList<>();
            LocalDate previous = null;
            for (LocalDate d : days.isEmpty() ? Set.of(LocalDate.of(2017, 8, 30)) : days) {
                if (previous == null) {
                    values.add(d.minusDays(400));
                }
                values.add(d.minusDays(1));
                values.add(d);
                values.add(d.plusDays(1));
                previous = d;
            }
            values.add(previous.plusDays(400));
            axes.put("date", List.copyOf(new TreeSet<>(values.stream().map(o -> (LocalDate) o).toList())));
        }
        return axes;
    }
}
