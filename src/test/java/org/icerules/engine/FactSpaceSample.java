package org.icerules.engine;

import org.icerules.model.Case;
import org.icerules.model.FactSchema;
import org.icerules.model.FactSpec;
import org.icerules.model.FactType;
import org.icerules.model.SwitchSpec;

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

/**
 * Every case one regime's rules can tell apart, for tests: each fact its rules read over its
 * whole domain (a number at each constant it is compared with, and at two values inside each
 * interval between; the date likewise around each day compared), times every reading of its
 * switches. Facts the regime never reads are drawn at random (seeded), to show they do not
 * matter. Two values per interval make the same key come round twice with different echoes.
 */
final class FactSpaceSample {
    private FactSpaceSample() {
    }

    static long size(CompiledRegime regime) {
        long n = 1;
        for (List<Object> values : axes(regime).values()) {
            n *= values.size();
        }
        for (SwitchSpec s : regime.regime().switches()) {
            n *= s.values().size();
        }
        return n;
    }

    /** Calls {@code visit} with every case and readings of the space. */
    static void forEach(CompiledRegime regime, long seed, BiConsumer<Case, Map<String, String>> visit) {
        Map<String, List<Object>> axes = axes(regime);
        List<String> names = new ArrayList<>(axes.keySet());
        List<SwitchSpec> switches = regime.regime().switches();
        Random random = new Random(seed);
        int[] at = new int[names.size() + switches.size()];
        while (true) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FactSpec f : FactSchema.facts()) { // the unread ones at random
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
            for (int j = 0; j < switches.size(); j++) {
                readings.put(switches.get(j).name(), switches.get(j).values().get(at[names.size() + j]));
            }
            visit.accept(FactSchema.with(null, date, values), readings);
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

    /** Fact name (or "date") → the values to try, for the facts the regime reads. */
    private static Map<String, List<Object>> axes(CompiledRegime regime) {
        Set<String> read = new LinkedHashSet<>();
        Set<LocalDate> days = new TreeSet<>();
        boolean date = false;
        for (RuleInfo r : regime.rules()) {
            read.addAll(r.reads());
            days.addAll(r.dateThresholds());
            date |= r.readsDate();
        }
        Map<String, List<Object>> axes = new LinkedHashMap<>();
        for (FactSpec f : FactSchema.facts()) {
            if (!read.contains(f.name())) {
                continue;
            }
            if (f.type() != FactType.NUMBER) {
                axes.put(f.name(), f.domain());
                continue;
            }
            TreeSet<Double> ts = new TreeSet<>(List.of(0.0));
            regime.rules().forEach(r -> ts.addAll(r.numberThresholds().getOrDefault(f.name(), Set.of())));
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
