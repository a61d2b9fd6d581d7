package org.icerules.bench;

import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.SwitchSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible set of cases for throughput: every fact drawn from its whole domain, hours
 * until release from a spread of values, a day between 2014 and 2020, and a reading for every
 * switch — a workbench session or a sweep, not one scenario repeated.
 */
final class CaseGenerator {
    private static final double[] HOURS = {0, 0.5, 1, 2, 6, 12, 24, 36, 47, 48, 49, 72, 96, 168, 720};

    /** One generated case with the readings chosen for it. */
    record Generated(Case facts, Map<String, String> readings) {
    }

    private CaseGenerator() {
    }

    static List<Generated> generate(int n, long seed, Collection<SwitchSpec> switches) {
        Random random = new Random(seed);
        List<FactSpec> facts = BenchVocab.PROJECT.facts();
        LocalDate first = LocalDate.of(2014, 1, 1);
        List<Generated> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (FactSpec f : facts) {
                if (f.type() == FactType.NUMBER) {
                    values.put(f.name(), HOURS[random.nextInt(HOURS.length)]);
                } else {
                    List<Object> d = f.domain();
                    values.put(f.name(), d.get(random.nextInt(d.size())));
                }
            }
            Map<String, String> readings = new LinkedHashMap<>();
            for (SwitchSpec s : switches) {
                readings.put(s.name(), s.values().get(random.nextInt(s.values().size())));
            }
            out.add(new Generated(BenchVocab.PROJECT.with(null, first.plusDays(random.nextInt(7 * 365)), values), readings));
        }
        return out;
    }
}
