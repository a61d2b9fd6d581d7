package org.icerules.engine.fast;

import org.icerules.model.facts.Case;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.verdicts.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers one regime's verdicts per {@link FactKey}: the rules fired are a function of the
 * key, so a case whose key was seen before gets the verdicts without running the engine.
 * The one thing that can differ inside a key is the exact number or date echoed in a
 * verdict's {@code because} (e.g. {@code hours-until-release = 30} where the rule compares
 * with 48): those lines are rewritten from the case at hand, so the result equals what the
 * engine would have said, byte for byte. The set of rules fired is remembered the same way
 * (it has no echo). Thread-safe; bounded (cleared when full).
 */
final class VerdictMemo {
    /** Keys remembered per regime before the memo starts over ({@code -Dicerules.memo.capacity}). */
    static final int DEFAULT_CAPACITY = Integer.getInteger("icerules.memo.capacity", 1 << 16);

    /** The verdicts for a key, and which {@code because} lines echo an exact value. */
    private record Entry(List<Verdict> verdicts, int[][] echoLines) {
    }

    private final FactKey key;
    private final int capacity;
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Object, Set<String>> fired = new ConcurrentHashMap<>();
    // Few distinct verdicts recur across many keys: keep one copy of each, so an entry costs ~200 bytes.
    private final ConcurrentHashMap<Verdict, Verdict> distinct = new ConcurrentHashMap<>();

    VerdictMemo(FactKey key, int capacity) {
        this.key = key;
        this.capacity = capacity;
    }

    /** The verdicts for this case: remembered, or computed by {@code engine} and remembered. */
    List<Verdict> verdicts(Case c, Map<String, String> chosen, Supplier<List<Verdict>> engine) {
        Object k = key.of(c, chosen);
        Entry e = entries.get(k);
        if (e == null) {
            List<Verdict> computed = engine.get();
            if (entries.size() >= capacity) {
                entries.clear(); // crude but bounded; a full fact-space sweep simply recomputes
                distinct.clear();
            }
            List<Verdict> shared = new ArrayList<>(computed.size());
            computed.forEach(v -> shared.add(distinct.computeIfAbsent(v, x -> x)));
            computed = List.copyOf(shared);
            entries.putIfAbsent(k, new Entry(computed, echoLines(computed)));
            return computed;
        }
        return e.echoLines() == null ? e.verdicts() : echo(e, c);
    }

    /** The names of the rules that fire on this case: remembered per key too (check asks once per action). */
    Set<String> fired(Case c, Map<String, String> chosen, Supplier<Set<String>> engine) {
        Object k = key.of(c, chosen);
        Set<String> names = fired.get(k);
        if (names == null) {
            names = Set.copyOf(engine.get());
            if (fired.size() >= capacity) {
                fired.clear();
            }
            fired.putIfAbsent(k, names);
        }
        return names;
    }

    int size() {
        return entries.size();
    }

    /** For each verdict, the indexes of its because lines that show a number or the date (null: none anywhere). */
    private int[][] echoLines(List<Verdict> verdicts) {
        List<String> prefixes = new ArrayList<>();
        key.echoedNumbers().forEach(f -> prefixes.add(f.name() + " = "));
        if (key.readsDate()) {
            prefixes.add("date = ");
        }
        if (prefixes.isEmpty()) {
            return null;
        }
        int[][] out = new int[verdicts.size()][];
        boolean any = false;
        for (int v = 0; v < verdicts.size(); v++) {
            List<String> because = verdicts.get(v).because();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < because.size(); i++) {
                String line = because.get(i);
                if (prefixes.stream().anyMatch(line::startsWith)) {
                    lines.add(i);
                }
            }
            out[v] = lines.stream().mapToInt(Integer::intValue).toArray();
            any |= !lines.isEmpty();
        }
        return any ? out : null;
    }

    /** The remembered verdicts with their echoed numbers and date taken from this case. */
    private List<Verdict> echo(Entry e, Case c) {
        List<Verdict> out = new ArrayList<>(e.verdicts().size());
        for (int v = 0; v < e.verdicts().size(); v++) {
            Verdict d = e.verdicts().get(v);
            int[] lines = e.echoLines()[v];
            if (lines.length == 0) {
                out.add(d);
                continue;
            }
            List<String> because = new ArrayList<>(d.because());
            for (int i : lines) {
                because.set(i, echoLine(because.get(i), c));
            }
            out.add(new Verdict(d.regime(), d.action(), d.status(), d.provisions(), List.copyOf(because),
                    d.overridden(), d.notes(), d.claims()));
        }
        return List.copyOf(out);
    }

    private String echoLine(String line, Case c) {
        if (line.startsWith("date = ")) {
            return "date = " + c.date();
        }
        for (FactSpec f : key.echoedNumbers()) {
            if (line.startsWith(f.name() + " = ")) {
                return f.name() + " = " + f.format(f.get(c));
            }
        }
        return line;
    }
}
