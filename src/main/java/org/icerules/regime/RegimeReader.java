package org.icerules.regime;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.law.Award;
import org.icerules.model.law.Basis;
import org.icerules.model.InputException;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchReading;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.law.Validity;
import org.icerules.model.law.ValidityEvent;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one {@code regime.yaml} into a {@link Regime}, reporting every problem with its place.
 * Its level, kind and status are checked against {@link LegalCategories}, which also gives the
 * regime its traits (rank, grant, never in force).
 */
final class RegimeReader {
    private static final Set<String> BASES = new LinkedHashSet<>(List.of("text", "reported", "inferred"));
    static final List<String> TOP_KEYS = List.of("id", "title", "short", "jurisdiction", "level", "kind",
            "status", "dates", "validity", "sources", "provisions", "switches", "notes", "award", "protects",
            "preempts");

    private RegimeReader() {
    }

    static Regime read(String text, String file, Path folder, LegalCategories categories, Vocabulary vocabulary) {
        YamlReader y = new YamlReader(file);
        YNode.YMap m = document(y, text, file);
        y.onlyKeys(m, "", TOP_KEYS);
        String id = readId(y, m);
        String title = y.string(m, "", "title", true);
        String shortName = y.string(m, "", "short", false);
        String jurisdiction = y.string(m, "", "jurisdiction", true);
        String level = y.oneOf(m, "", "level", true, new LinkedHashSet<>(categories.levels()));
        String kind = y.oneOf(m, "", "kind", true, new LinkedHashSet<>(categories.kinds()));
        String status = y.oneOf(m, "", "status", true, new LinkedHashSet<>(categories.statuses()));
        Map<String, LocalDate> dates = readDates(y, m);
        Validity validity = readValidity(y, vocabulary, m);
        List<Source> sources = readSources(y, m);
        List<Provision> provisions = readProvisions(y, m);
        List<SwitchSpec> switches = readSwitches(y, m, id);
        String notes = y.string(m, "", "notes", false);
        Award award = readAward(y, m, kind, categories);
        List<Protection> protects = readProtects(y, vocabulary, m, provisions);
        List<LevelPreemption> preempts = readPreempts(y, vocabulary, m, provisions, level, categories);
        checkEventReadings(y, m, validity, switches);
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return new Regime(id, title, shortName == null ? id : shortName, jurisdiction, level, kind, status,
                dates, validity, sources, provisions, switches, notes, folder, award, protects,
                preempts, categories.traits(level, kind, status));
    }

    /** The one document of a regime.yaml, as a map; throws with the problem when it is not one. */
    static YNode.YMap document(YamlReader y, String text, String file) {
        List<YNode> docs = LocatedYaml.readAll(text, file);
        if (docs.size() != 1) {
            y.problem(1, 1, null, "expected exactly one YAML document, found " + docs.size());
            throw new InputException(y.problems());
        }
        YNode.YMap m = y.map(docs.get(0), "");
        if (m == null) {
            throw new InputException(y.problems());
        }
        return m;
    }

    static String readId(YamlReader y, YNode.YMap m) {
        String id = y.string(m, "", "id", true);
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            y.problem(m.get("id"), "id", "a regime id is kebab-case (lower-case words and digits joined by '-')");
        }
        return id;
    }

    static Map<String, LocalDate> readDates(YamlReader y, YNode.YMap m) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        YNode n = m.get("dates");
        if (n == null) {
            y.problem(m, "dates", "is required: every regime has dates (introduced, signed, in-force, …)");
            return dates;
        }
        YNode.YMap dm = y.map(n, "dates");
        if (dm != null) {
            for (String key : dm.entries().keySet()) {
                LocalDate d = y.date(dm, "dates", key, true);
                if (d != null) {
                    dates.put(key, d);
                }
            }
            if (dm.entries().isEmpty()) {
                y.problem(dm, "dates", "is empty: every regime has dates");
            }
        }
        return dates;
    }

    static Validity readValidity(YamlReader y, Vocabulary vocabulary, YNode.YMap m) {
        YNode n = m.get("validity");
        if (n == null) {
            return new Validity(null, null, List.of());
        }
        YNode.YMap vm = y.map(n, "validity");
        if (vm == null) {
            return new Validity(null, null, List.of());
        }
        y.onlyKeys(vm, "validity", List.of("from", "to", "events"));
        List<ValidityEvent> events = new ArrayList<>();
        int i = 0;
        for (YNode e : y.list(vm, "validity", "events", false)) {
            String path = "validity.events[" + i++ + "]";
            YNode.YMap em = y.map(e, path);
            if (em != null) {
                y.onlyKeys(em, path, List.of("date", "change", "note", "actions", "reading"));
                events.add(new ValidityEvent(y.date(em, path, "date", true), y.string(em, path, "change", true),
                        y.string(em, path, "note", false), actions(y, vocabulary, em, path), eventReading(y, em, path)));
            }
        }
        return new Validity(y.date(vm, "validity", "from", false), y.date(vm, "validity", "to", false),
                List.copyOf(events));
    }

    /** {@code reading: {some.switch: some-value}}: the switch values the dated record sets from this event on. */
    private static Map<String, String> eventReading(YamlReader y, YNode.YMap em, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        YNode n = em.get("reading");
        if (n == null) {
            return out;
        }
        YNode.YMap rm = y.map(n, path + ".reading");
        if (rm == null) {
            return out;
        }
        for (String name : rm.entries().keySet()) {
            String value = y.string(rm, path + ".reading", name, true);
            if (value != null) {
                out.put(name, value);
            }
        }
        if (out.isEmpty()) {
            y.problem(n, path + ".reading", "name at least one switch and the value the event puts in force");
        }
        return out;
    }

    /** Every switch an event's {@code reading} names is declared here, with one of its values. */
    static void checkEventReadings(YamlReader y, YNode.YMap m, Validity validity, List<SwitchSpec> switches) {
        YNode.YMap vm = m.get("validity") instanceof YNode.YMap v ? v : null;
        if (vm == null) {
            return;
        }
        List<YNode> nodes = vm.get("events") instanceof YNode.YList l ? l.items() : List.of();
        for (int i = 0; i < validity.events().size() && i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof YNode.YMap em) || !(em.get("reading") instanceof YNode.YMap rm)) {
                continue;
            }
            String path = "validity.events[" + i + "].reading";
            for (Map.Entry<String, String> e : validity.events().get(i).readings().entrySet()) {
                SwitchSpec s = switches.stream().filter(x -> e.getKey().equals(x.name())).findFirst().orElse(null);
                if (s == null) {
                    y.problem(rm, path, "'" + e.getKey() + "' is not a switch declared in this regime.yaml"
                            + DidYouMean.hint(e.getKey(), switches.stream().map(SwitchSpec::name).toList()));
                } else if (!s.values().contains(e.getValue())) {
                    y.problem(rm.get(e.getKey()), path + "." + e.getKey(), "'" + e.getValue()
                            + "' is not among the switch's values " + s.values()
                            + DidYouMean.hint(e.getValue(), s.values()));
                }
            }
        }
    }

    /** {@code award: {amount: 694535, currency: USD, date: 2018-10-10, note: …}} — a kind that binds by a grant only. */
    static Award readAward(YamlReader y, YNode.YMap m, String kind, LegalCategories categories) {
        YNode n = m.get("award");
        if (n == null) {
            return null;
        }
        YNode.YMap am = y.map(n, "award");
        if (am == null) {
            return null;
        }
        if (kind != null && !categories.bindsByGrant(kind)) {
            y.problem(n, "award", "only a regime of kind " + String.join(" or ", categories.grantKinds())
                    + " has an award (this one is " + kind + "; " + LegalCategories.FILE + " says which kinds bind by a grant)");
        }
        y.onlyKeys(am, "award", List.of("amount", "currency", "date", "note"));
        String amount = y.string(am, "award", "amount", true);
        BigDecimal value = null;
        if (amount != null) {
            try {
                value = new BigDecimal(amount.trim());
                if (value.signum() < 0) {
                    y.problem(am.get("amount"), "award.amount", "expected an amount >= 0, found " + amount);
                }
            } catch (NumberFormatException e) {
                y.problem(am.get("amount"), "award.amount", "expected a number (e.g. 694535), found '" + amount + "'");
            }
        }
        String currency = y.string(am, "award", "currency", true);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            y.problem(am.get("currency"), "award.currency", "expected an ISO currency code such as USD, found '"
                    + currency + "'");
        }
        return new Award(value, currency, y.date(am, "award", "date", false), y.string(am, "award", "note", false));
    }

    /** {@code protects: [{provision: <provision id>, actions: [share-status-info], note: …}]}. */
    static List<Protection> readProtects(YamlReader y, Vocabulary vocabulary, YNode.YMap m, List<Provision> provisions) {
        List<Protection> out = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        provisions.forEach(p -> declared.add(p.id()));
        int i = 0;
        for (YNode p : y.list(m, "", "protects", false)) {
            String path = "protects[" + i++ + "]";
            YNode.YMap pm = y.map(p, path);
            if (pm == null) {
                continue;
            }
            y.onlyKeys(pm, path, List.of("provision", "actions", "note"));
            String provision = y.string(pm, path, "provision", true);
            if (provision != null && !declared.contains(provision)) {
                y.problem(pm.get("provision"), path + ".provision", "'" + provision
                        + "' is not a provision declared in this regime.yaml" + DidYouMean.hint(provision, declared));
            }
            List<Action> actions = actions(y, vocabulary, pm, path);
            if (actions.isEmpty()) {
                y.problem(pm, path + ".actions", "name at least one action the provision protects");
            }
            out.add(new Protection(provision, actions, y.string(pm, path, "note", false)));
        }
        return out;
    }

    /**
     * {@code preempts: [{provision: <provision id>, levels: [city], actions: [hold-past-release],
     * ground: "<cite: the words that forbid lower layers to rule otherwise>", note: …}]}. Each
     * level must be one of categories.yaml and lower than the regime's own.
     */
    static List<LevelPreemption> readPreempts(YamlReader y, Vocabulary vocabulary, YNode.YMap m, List<Provision> provisions,
                                                      String ownLevel, LegalCategories categories) {
        List<LevelPreemption> out = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        provisions.forEach(p -> declared.add(p.id()));
        List<String> levels = categories.levels();
        int own = ownLevel == null ? levels.size() : levels.indexOf(ownLevel);
        Set<String> lower = new LinkedHashSet<>(levels.subList(0, Math.max(own, 0)));
        int i = 0;
        for (YNode p : y.list(m, "", "preempts", false)) {
            String path = "preempts[" + i++ + "]";
            YNode.YMap pm = y.map(p, path);
            if (pm == null) {
                continue;
            }
            y.onlyKeys(pm, path, List.of("provision", "levels", "actions", "ground", "note"));
            String provision = y.string(pm, path, "provision", true);
            if (provision != null && !declared.contains(provision)) {
                y.problem(pm.get("provision"), path + ".provision", "'" + provision
                        + "' is not a provision declared in this regime.yaml" + DidYouMean.hint(provision, declared));
            }
            List<String> named = new ArrayList<>();
            for (YNode l : y.list(pm, path, "levels", true)) {
                String id = l instanceof YNode.YScalar sc ? sc.text() : null;
                if (id == null || !lower.contains(id)) {
                    y.problem(l, path + ".levels", "expected a level lower than '" + ownLevel + "', found "
                            + (id == null ? YamlReader.describe(l) : "'" + id + "'")
                            + (id == null ? "" : DidYouMean.hint(id, lower)) + "; allowed: " + String.join(", ", lower));
                } else {
                    named.add(id);
                }
            }
            List<Action> actions = actions(y, vocabulary, pm, path);
            if (actions.isEmpty()) {
                y.problem(pm, path + ".actions", "name at least one action the provision preempts on");
            }
            String ground = y.string(pm, path, "ground", true);
            out.add(new LevelPreemption(provision, named, actions, ground, y.string(pm, path, "note", false)));
        }
        return out;
    }

    /** An optional list of action ids, each checked against the spec's actions. */
    private static List<Action> actions(YamlReader y, Vocabulary vocabulary, YNode.YMap m, String path) {
        List<Action> out = new ArrayList<>();
        for (YNode a : y.list(m, path, "actions", false)) {
            String id = a instanceof YNode.YScalar sc ? sc.text() : null;
            Action action = id == null ? null : vocabulary.action(id);
            if (action == null) {
                y.problem(a, path + ".actions", "unknown action " + (id == null ? YamlReader.describe(a) : "'" + id + "'")
                        + (id == null ? "" : DidYouMean.hint(id, vocabulary.actionIds())) + "; allowed: "
                        + String.join(", ", vocabulary.actionIds()));
            } else {
                out.add(action);
            }
        }
        return out;
    }

    static List<Source> readSources(YamlReader y, YNode.YMap m) {
        List<Source> sources = new ArrayList<>();
        int i = 0;
        for (YNode s : y.list(m, "", "sources", true)) {
            String path = "sources[" + i++ + "]";
            YNode.YMap sm = y.map(s, path);
            if (sm != null) {
                y.onlyKeys(sm, path, List.of("title", "date", "where", "href"));
                sources.add(new Source(y.string(sm, path, "title", true), y.string(sm, path, "date", false),
                        y.string(sm, path, "where", false), href(y, sm, path)));
            }
        }
        if (sources.isEmpty() && m.get("sources") != null) {
            y.problem(m.get("sources"), "sources", "is empty: every regime names its sources");
        }
        return sources;
    }

    static List<Provision> readProvisions(YamlReader y, YNode.YMap m) {
        List<Provision> provisions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (YNode p : y.list(m, "", "provisions", true)) {
            String path = "provisions[" + i++ + "]";
            YNode.YMap pm = y.map(p, path);
            if (pm == null) {
                continue;
            }
            y.onlyKeys(pm, path, List.of("id", "cite", "title", "basis", "source", "summary", "href"));
            String id = y.string(pm, path, "id", true);
            if (id != null && !ids.add(id)) {
                y.problem(pm.get("id"), path + ".id", "duplicate provision id '" + id + "'");
            }
            String basis = y.oneOf(pm, path, "basis", true, BASES);
            provisions.add(new Provision(id, y.string(pm, path, "cite", true), y.string(pm, path, "title", true),
                    basis == null ? null : Basis.valueOf(basis.toUpperCase(java.util.Locale.ROOT)),
                    y.string(pm, path, "source", true), y.string(pm, path, "summary", true), href(y, pm, path)));
        }
        return provisions;
    }

    static List<SwitchSpec> readSwitches(YamlReader y, YNode.YMap m, String regimeId) {
        List<SwitchSpec> switches = new ArrayList<>();
        int i = 0;
        for (YNode s : y.list(m, "", "switches", false)) {
            String path = "switches[" + i++ + "]";
            YNode.YMap sm = y.map(s, path);
            if (sm == null) {
                continue;
            }
            y.onlyKeys(sm, path, List.of("name", "values", "default", "meaning", "readings"));
            List<String> values = new ArrayList<>();
            for (YNode v : y.list(sm, path, "values", true)) {
                if (v instanceof YNode.YScalar sc && sc.text() != null) {
                    values.add(sc.text());
                } else {
                    y.problem(v, path + ".values", "expected a value name, found " + YamlReader.describe(v));
                }
            }
            if (values.size() < 2) {
                y.problem(sm, path + ".values", "a switch offers at least two readings");
            }
            String def = y.string(sm, path, "default", true);
            if (def != null && !values.contains(def)) {
                y.problem(sm.get("default"), path + ".default", "the default '" + def + "' is not among the values "
                        + values);
            }
            switches.add(new SwitchSpec(y.string(sm, path, "name", true), List.copyOf(values), def,
                    y.string(sm, path, "meaning", true), regimeId, readSwitchReadings(y, sm, path, values)));
        }
        return switches;
    }

    /**
     * {@code readings: [{value: duty, meaning: …, held-by: …, sources: […]}]}: each value of a
     * switch documented once, so a user sees both sides of a contested reading and who holds each.
     */
    private static List<SwitchReading> readSwitchReadings(YamlReader y, YNode.YMap sm, String path,
                                                          List<String> values) {
        List<SwitchReading> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (YNode r : y.list(sm, path, "readings", false)) {
            String rpath = path + ".readings[" + i++ + "]";
            YNode.YMap rm = y.map(r, rpath);
            if (rm == null) {
                continue;
            }
            y.onlyKeys(rm, rpath, List.of("value", "meaning", "held-by", "sources"));
            String value = y.string(rm, rpath, "value", true);
            if (value != null && !values.contains(value)) {
                y.problem(rm.get("value"), rpath + ".value", "'" + value + "' is not among the switch's values "
                        + values + DidYouMean.hint(value, values));
            } else if (value != null && !seen.add(value)) {
                y.problem(rm.get("value"), rpath + ".value", "'" + value + "' is documented twice");
            }
            List<String> sources = new ArrayList<>();
            for (YNode v : y.list(rm, rpath, "sources", true)) {
                if (v instanceof YNode.YScalar sc && sc.text() != null) {
                    sources.add(sc.text());
                } else {
                    y.problem(v, rpath + ".sources", "expected a source (text), found " + YamlReader.describe(v));
                }
            }
            out.add(new SwitchReading(value, y.string(rm, rpath, "meaning", true),
                    y.string(rm, rpath, "held-by", false), List.copyOf(sources)));
        }
        return List.copyOf(out);
    }

    /** An optional link; when given, it must be an absolute http(s) address. */
    private static String href(YamlReader y, YNode.YMap m, String path) {
        String href = y.string(m, path, "href", false);
        if (href != null && !href.startsWith("https://") && !href.startsWith("http://")) {
            y.problem(m.get("href"), path + ".href", "expected an absolute link (https://…), found '" + href + "'");
        }
        return href;
    }
}
