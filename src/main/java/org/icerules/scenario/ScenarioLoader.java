package org.icerules.scenario;

import org.icerules.model.facts.Action;
import org.icerules.model.facts.Case;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.Scenario;
import org.icerules.model.verdicts.Status;
import org.icerules.model.law.SwitchSpec;
import org.icerules.yaml.DidYouMean;
import org.icerules.yaml.LocatedYaml;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario files exactly as the public format says: one document, a list of documents,
 * or documents separated by {@code ---}. Validation is strict; every problem names file,
 * line, column and key, with the allowed values. Nothing loads from a file set with an error.
 */
public final class ScenarioLoader {
    /**
     * 1 MiB: the largest file in the library is a few KiB. A larger file is a wrong path or a
     * generated mistake, and is refused by its size before anything reads it.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final List<String> KEYS =
            List.of("id", "title", "jurisdiction", "date", "source", "notes", "facts", "interpretations", "expect");
    private final Vocabulary vocabulary;
    private final Collection<String> regimeIds;
    private final Map<String, SwitchSpec> switches;
    private final ScenarioPlaces places;
    private final boolean expectationsInPlace;

    /** A loader for a rules folder that names no places (see {@link ScenarioPlaces#NONE}). */
    public ScenarioLoader(Vocabulary vocabulary, Collection<String> regimeIds, Map<String, SwitchSpec> switches) {
        this(vocabulary, regimeIds, switches, ScenarioPlaces.NONE);
    }

    /**
     * @param vocabulary the facts a scenario may state and the actions an {@code expect} may name
     * @param regimeIds  the regimes an {@code expect} may name
     * @param switches   the interpretation switches a scenario may choose, by name
     * @param places     the places a scenario may be in, its default, and which regimes apply where
     */
    public ScenarioLoader(Vocabulary vocabulary, Collection<String> regimeIds, Map<String, SwitchSpec> switches,
                          ScenarioPlaces places) {
        this(vocabulary, regimeIds, switches, places, false);
    }

    private ScenarioLoader(Vocabulary vocabulary, Collection<String> regimeIds, Map<String, SwitchSpec> switches,
                           ScenarioPlaces places, boolean expectationsInPlace) {
        this.vocabulary = vocabulary;
        this.regimeIds = regimeIds;
        this.switches = switches;
        this.places = places;
        this.expectationsInPlace = expectationsInPlace;
    }

    /**
     * This loader, refusing an {@code expect} that names a regime of another place than the
     * scenario's: for the commands that check expectations ({@code test}, {@code coverage}).
     * Those that only evaluate ignore {@code expect}, so they do not refuse it.
     */
    public ScenarioLoader expectingOnlyRegimesOfThePlace() {
        return new ScenarioLoader(vocabulary, regimeIds, switches, places, true);
    }

    /** Every scenario in these files and folders (folders: every .yaml/.yml below, sorted). */
    public List<Scenario> load(List<Path> paths) {
        List<InputProblem> problems = new ArrayList<>();
        List<Path> files = ScenarioFiles.find(paths, problems);
        List<Scenario> out = new ArrayList<>();
        Map<String, Scenario> ids = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                for (Scenario s : loadFile(f)) {
                    Scenario first = ids.putIfAbsent(s.id(), s);
                    if (first != null) {
                        problems.add(new InputProblem(s.file(), s.line(), 1, "id", "duplicate scenario id '" + s.id()
                                + "' (first in " + first.file() + ":" + first.line() + ")"));
                    } else {
                        out.add(s);
                    }
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** The scenarios of one file; a file over {@link #MAX_FILE_BYTES} is refused unread. */
    public List<Scenario> loadFile(Path file) {
        return loadText(ScenarioFiles.read(file, MAX_FILE_BYTES), file.toString(), baseName(file));
    }

    /** The scenarios in YAML text; {@code file} names the place in errors, {@code defaultId} is the fallback id. */
    public List<Scenario> loadText(String text, String file, String defaultId) {
        YamlReader y = new YamlReader(file);
        List<YNode> docs = new ArrayList<>();
        for (YNode root : LocatedYaml.readAll(text, file)) {
            if (root instanceof YNode.YList list) {
                docs.addAll(list.items());
            } else {
                docs.add(root);
            }
        }
        if (docs.isEmpty()) {
            y.problem(1, 1, null, "the file holds no scenario");
        }
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String fallbackId = docs.size() == 1 ? defaultId : defaultId + "-" + (i + 1);
            Scenario s = readScenario(y, docs.get(i), fallbackId);
            if (s != null) {
                out.add(s);
            }
        }
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        return out;
    }

    private Scenario readScenario(YamlReader y, YNode doc, String fallbackId) {
        YNode.YMap m = y.map(doc, "");
        if (m == null) {
            return null;
        }
        int before = y.problems().size();
        y.onlyKeys(m, "", KEYS);
        String id = y.string(m, "", "id", false);
        if (id == null) {
            id = fallbackId;
        } else if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            y.problem(m.get("id"), "id", "a scenario id is kebab-case: lower-case letters and digits joined by '-'");
        }
        String title = y.string(m, "", "title", false);
        String place = readJurisdiction(y, m);
        LocalDate date = y.date(m, "", "date", true);
        String source = y.string(m, "", "source", false);
        String notes = y.string(m, "", "notes", false);
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, Object> facts = readFacts(y, m.get("facts"), unknown);
        Map<String, String> readings = readInterpretations(y, m.get("interpretations"));
        Map<String, Map<Action, Set<String>>> depends = new LinkedHashMap<>();
        Map<String, Map<Action, Status>> expect = readExpect(y, m.get("expect"), unknown, depends);
        if (expectationsInPlace && y.problems().size() == before && place != null) {
            expectedHere(y, m.get("expect"), place, m.get("jurisdiction") != null);
        }
        if (y.problems().size() > before || date == null) {
            return null;
        }
        Case c = vocabulary.with(null, date, facts);
        return new Scenario(id, title == null ? id : title, date, source, notes, c, readings, expect,
                y.file(), m.line(), inSpecOrder(unknown), depends, place);
    }

    /** The scenario's place: the one named, else the rules folder's default (null when it names none). */
    private String readJurisdiction(YamlReader y, YNode.YMap m) {
        String named = y.string(m, "", "jurisdiction", false);
        if (named == null) {
            return places.defaultId();
        }
        if (!places.ids().contains(named)) {
            y.problem(m.get("jurisdiction"), "jurisdiction", "unknown jurisdiction '" + named + "'"
                    + DidYouMean.hint(named, places.ids()) + "; known (rules/jurisdictions.yaml): "
                    + (places.ids().isEmpty() ? "none" : String.join(", ", places.ids())));
            return null;
        }
        return named;
    }

    /**
     * An expectation for a regime of another place is a mistake (most often a forgotten
     * {@code jurisdiction}): the case is not run through that regime by default, so it is refused
     * where it is written.
     */
    private void expectedHere(YamlReader y, YNode node, String place, boolean named) {
        if (!(node instanceof YNode.YMap m)) {
            return;
        }
        for (YNode.Entry re : m.entries().values()) {
            if (!places.applies().test(re.key(), place)) {
                y.problem(re.line(), re.column(), "expect." + re.key(), "regime '" + re.key() + "' does not apply in the "
                        + "scenario's place, " + place + (named ? "" : " (the default; name another with 'jurisdiction:')")
                        + "; expect only regimes of that place or of a place containing it");
            }
        }
    }

    /** The word that marks a fact as not known, in place of its value. */
    public static final String UNKNOWN = "unknown";

    private Set<String> inSpecOrder(Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        vocabulary.facts().stream().map(FactSpec::name).filter(names::contains).forEach(out::add);
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Whether the node is the bare word {@code unknown}. */
    static boolean isUnknown(YNode node) {
        return node instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.STRING && UNKNOWN.equals(s.text());
    }

    private Map<String, Object> readFacts(YamlReader y, YNode node, Set<String> unknown) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return values;
        }
        YNode.YMap m = y.map(node, "facts");
        if (m == null) {
            return values;
        }
        List<String> names = vocabulary.facts().stream().map(FactSpec::name).toList();
        for (YNode.Entry e : m.entries().values()) {
            String key = "facts." + e.key();
            FactSpec f = vocabulary.byName(e.key());
            if (f == null) {
                y.problem(e.line(), e.column(), key, "unknown fact '" + e.key() + "'" + DidYouMean.hint(e.key(), names)
                        + "; known facts: " + String.join(", ", names));
                continue;
            }
            if (isUnknown(e.value())) {
                unknown.add(f.name());
                continue;
            }
            Object v = readFactValue(y, f, e.value(), key);
            if (v != null) {
                values.put(f.name(), v);
            }
        }
        return values;
    }

    /** One fact's value, checked against its type; null (with a problem) when wrong. Also read by the profiles file. */
    public static Object readFactValue(YamlReader y, FactSpec f, YNode node, String key) {
        if (f.type() == FactType.BOOL) {
            return y.bool(node, key);
        }
        if (!(node instanceof YNode.YScalar s) || s.kind() == YNode.YScalar.Kind.NULL) {
            y.problem(node, key, "expected " + expected(f) + ", found " + YamlReader.describe(node));
            return null;
        }
        switch (f.type()) {
            case NUMBER -> {
                double d;
                try {
                    d = s.kind() == YNode.YScalar.Kind.NUMBER ? Double.parseDouble(s.text()) : Double.NaN;
                } catch (NumberFormatException ex) {
                    d = Double.NaN;
                }
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    y.problem(s, key, "expected " + f.definition().numberRange() + ", found " + s.describe() + " '"
                            + s.text() + "'");
                    return null;
                }
                if (!f.definition().within(d)) {
                    y.problem(s, key, "expected " + f.definition().numberRange() + ", found " + s.text());
                    return null;
                }
                return d;
            }
            default -> {
                if (s.kind() != YNode.YScalar.Kind.STRING) {
                    y.problem(s, key, "expected one of " + String.join(", ", f.values()) + ", found "
                            + s.describe() + " '" + s.text() + "'");
                    return null;
                }
                return f.enumValue(s.text()).orElseGet(() -> {
                    y.problem(s, key, "unknown value '" + s.text() + "'" + DidYouMean.hint(s.text(), f.values())
                            + "; allowed: " + String.join(", ", f.values()));
                    return null;
                });
            }
        }
    }

    private static String expected(FactSpec f) {
        return switch (f.type()) {
            case BOOL -> "true or false";
            case NUMBER -> f.definition().numberRange();
            case ENUM -> "one of " + String.join(", ", f.values());
        } + " (or unknown)";
    }

    private Map<String, String> readInterpretations(YamlReader y, YNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return out;
        }
        YNode.YMap m = y.map(node, "interpretations");
        if (m == null) {
            return out;
        }
        for (YNode.Entry e : m.entries().values()) {
            String key = "interpretations." + e.key();
            SwitchSpec s = switches.get(e.key());
            if (s == null) {
                y.problem(e.line(), e.column(), key, "unknown switch '" + e.key() + "'"
                        + DidYouMean.hint(e.key(), switches.keySet()) + "; known: " + String.join(", ", switches.keySet()));
                continue;
            }
            String value = e.value() instanceof YNode.YScalar sc ? sc.text() : null;
            if (value == null || !s.values().contains(value)) {
                y.problem(e.value(), key, "unknown value " + (value == null ? YamlReader.describe(e.value()) : "'" + value + "'")
                        + " for switch " + s.name() + (value == null ? "" : DidYouMean.hint(value, s.values()))
                        + "; allowed: " + String.join(", ", s.values()));
                continue;
            }
            out.put(s.name(), value);
        }
        return out;
    }

    private Map<String, Map<Action, Status>> readExpect(YamlReader y, YNode node, Set<String> unknown,
                                                        Map<String, Map<Action, Set<String>>> depends) {
        Map<String, Map<Action, Status>> out = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return out;
        }
        YNode.YMap m = y.map(node, "expect");
        if (m == null) {
            return out;
        }
        for (YNode.Entry re : m.entries().values()) {
            String rkey = "expect." + re.key();
            if (!regimeIds.contains(re.key())) {
                y.problem(re.line(), re.column(), rkey, "unknown regime '" + re.key() + "'"
                        + DidYouMean.hint(re.key(), regimeIds) + "; known: " + String.join(", ", regimeIds));
                continue;
            }
            YNode.YMap am = y.map(re.value(), rkey);
            if (am == null) {
                continue;
            }
            Map<Action, Status> byAction = new LinkedHashMap<>();
            for (YNode.Entry ae : am.entries().values()) {
                String akey = rkey + "." + ae.key();
                Action a = vocabulary.action(ae.key());
                if (a == null) {
                    y.problem(ae.line(), ae.column(), akey, "unknown action '" + ae.key() + "'"
                            + DidYouMean.hint(ae.key(), vocabulary.actionIds()) + "; known: "
                            + String.join(", ", vocabulary.actionIds()));
                    continue;
                }
                String text = ae.value() instanceof YNode.YScalar sc ? sc.text() : null;
                if (DEPENDS.equals(text) || ae.value() instanceof YNode.YMap) {
                    Set<String> on = readDepends(y, ae.value(), akey, unknown);
                    if (on != null) {
                        depends.computeIfAbsent(re.key(), k -> new LinkedHashMap<>()).put(a, on);
                    }
                    continue;
                }
                Status st = text == null ? null : Status.byWire(text);
                if (st == null) {
                    List<String> allowed = new ArrayList<>(Status.wires());
                    allowed.add(DEPENDS);
                    y.problem(ae.value(), akey, "unknown status " + (text == null ? YamlReader.describe(ae.value())
                            : "'" + text + "'" + DidYouMean.hint(text, allowed))
                            + "; allowed: " + String.join(", ", allowed));
                    continue;
                }
                byAction.put(a, st);
            }
            out.put(re.key(), byAction);
        }
        return out;
    }

    /** The word an expectation uses for "the answer turns on facts that are unknown". */
    public static final String DEPENDS = "depends";

    /**
     * {@code depends} (on some unknown fact) or {@code {depends: [fact, …]}} (on exactly these);
     * null, with a problem, when wrong. Only a scenario with an unknown fact can expect it.
     */
    private Set<String> readDepends(YamlReader y, YNode value, String key, Set<String> unknown) {
        if (unknown.isEmpty()) {
            y.problem(value, key, "'depends' needs a fact whose value is unknown (e.g. 'warrant: unknown' under facts)");
            return null;
        }
        if (value instanceof YNode.YScalar) {
            return Set.of();
        }
        YNode.YMap m = (YNode.YMap) value;
        y.onlyKeys(m, key, List.of(DEPENDS));
        YNode list = m.get(DEPENDS);
        if (list == null) {
            y.problem(value, key, "expected 'depends' or {depends: [fact, ...]}, found a map without 'depends'");
            return null;
        }
        List<YNode> items = list instanceof YNode.YList l ? l.items() : List.of(list);
        Set<String> out = new LinkedHashSet<>();
        for (YNode item : items) {
            String name = item instanceof YNode.YScalar sc ? sc.text() : null;
            if (name == null || !unknown.contains(name)) {
                y.problem(item, key + "." + DEPENDS, (name == null ? "expected a fact name, found "
                        + YamlReader.describe(item) : "'" + name + "' is not one of this scenario's unknown facts"
                        + DidYouMean.hint(name, unknown)) + "; unknown here: " + String.join(", ", unknown));
                return null;
            }
            out.add(name);
        }
        if (out.isEmpty()) {
            y.problem(list, key + "." + DEPENDS, "name at least one fact (or write just 'depends')");
            return null;
        }
        return inSpecOrder(out);
    }

    private static boolean isNull(YNode n) {
        return n instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.NULL;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
