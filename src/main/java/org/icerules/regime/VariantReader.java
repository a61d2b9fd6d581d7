package org.icerules.regime;

import org.icerules.model.InputException;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.law.Award;
import org.icerules.model.law.LevelPreemption;
import org.icerules.model.law.Protection;
import org.icerules.model.law.Provision;
import org.icerules.model.law.Regime;
import org.icerules.model.law.Source;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.law.Validity;
import org.icerules.yaml.YNode;
import org.icerules.yaml.YamlReader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the regime.yaml of a variant — a regime that {@code extends:} another, such as one
 * reader's interpretation of an ordinance — onto the regime it extends. Field by field:
 * <ul>
 * <li>its own: {@code id}, {@code title} (both required), {@code short}, {@code status} (default:
 *     the status categories.yaml marks {@code variant-default}), {@code removes};</li>
 * <li>inherited and never changed: {@code jurisdiction}, {@code level}, {@code kind} (a reading of
 *     a city ordinance reads a city ordinance; restating the same value is allowed);</li>
 * <li>inherited unless restated (the restated value replaces the whole): {@code dates},
 *     {@code validity}, {@code award}, {@code notes};</li>
 * <li>inherited and added to: {@code sources}, {@code protects}, {@code preempts}, {@code provisions} and
 *     {@code switches} (one with the id or name of an inherited one replaces it in place).</li>
 * </ul>
 * An inherited provision that no rule cites any more (the variant removed them all) is left
 * out once the rules are known ({@link #withoutUncited}).
 */
final class VariantReader {
    static final String EXTENDS = "extends";
    static final String REMOVES = "removes";
    private static final List<String> KEPT = List.of("jurisdiction", "level", "kind");

    /** A base rule the variant drops, by name, with where the name is written. */
    record Removal(String rule, YNode at) {
    }

    /** The variant's regime (everything inherited merged in) and the base rules it removes. */
    record Variant(Regime regime, List<Removal> removes, Set<String> ownProvisions) {
    }

    private VariantReader() {
    }

    static Variant read(String text, String file, Path folder, LegalCategories categories, Regime base,
                        Vocabulary vocabulary) {
        YamlReader y = new YamlReader(file);
        YNode.YMap m = RegimeReader.document(y, text, file);
        List<String> keys = new ArrayList<>(RegimeReader.TOP_KEYS);
        keys.add(EXTENDS);
        keys.add(REMOVES);
        y.onlyKeys(m, "", keys);
        String id = RegimeReader.readId(y, m);
        String title = y.string(m, "", "title", true);
        String shortName = y.string(m, "", "short", false);
        Map<String, String> kept = Map.of("jurisdiction", base.jurisdiction(), "level", base.level(),
                "kind", base.kind());
        for (String key : KEPT) {
            String value = y.string(m, "", key, false);
            if (value != null && !value.equals(kept.get(key))) {
                y.problem(m.get(key), key, "a variant keeps the " + key + " of the regime it extends ('"
                        + kept.get(key) + "' in " + base.id() + "): remove this line");
            }
        }
        String status = status(y, m, categories);
        Map<String, LocalDate> dates = m.get("dates") == null ? base.dates() : RegimeReader.readDates(y, m);
        Validity validity = m.get("validity") == null ? base.validity() : RegimeReader.readValidity(y, vocabulary, m);
        List<Source> sources = new ArrayList<>(base.sources());
        if (m.get("sources") != null) {
            sources.addAll(RegimeReader.readSources(y, m));
        }
        List<Provision> own = m.get("provisions") == null ? List.of() : RegimeReader.readProvisions(y, m);
        List<Provision> provisions = merged(base.provisions(), own, Provision::id);
        List<SwitchSpec> switches = merged(base.switches(), RegimeReader.readSwitches(y, m, id), SwitchSpec::name);
        String notes = m.get("notes") == null ? base.notes() : y.string(m, "", "notes", false);
        Award award = m.get("award") == null ? base.award() : RegimeReader.readAward(y, m, base.kind(), categories);
        List<Protection> protects = new ArrayList<>(base.protects());
        protects.addAll(RegimeReader.readProtects(y, vocabulary, m, provisions));
        List<LevelPreemption> preempts = new ArrayList<>(base.preempts());
        preempts.addAll(RegimeReader.readPreempts(y, vocabulary, m, provisions, base.level(), categories));
        if (m.get("validity") != null) {
            RegimeReader.checkEventReadings(y, m, validity, switches);
        }
        List<Removal> removes = removes(y, m);
        if (!y.problems().isEmpty()) {
            throw new InputException(y.problems());
        }
        Regime regime = new Regime(id, title, shortName == null ? id : shortName, base.jurisdiction(), base.level(),
                base.kind(), status, dates, validity, List.copyOf(sources), provisions, switches, notes, folder,
                award, protects, preempts, categories.traits(base.level(), base.kind(), status));
        return new Variant(regime, removes, Set.copyOf(own.stream().map(Provision::id).toList()));
    }

    /** The variant's own status, or the one categories.yaml gives a variant that names none. */
    private static String status(YamlReader y, YNode.YMap m, LegalCategories categories) {
        if (m.get("status") != null) {
            return y.oneOf(m, "", "status", true, new java.util.LinkedHashSet<>(categories.statuses()));
        }
        return categories.variantStatus().orElseGet(() -> {
            y.problem(m, "status", "is required: no status of " + LegalCategories.FILE + " is marked "
                    + LegalCategories.VARIANT_DEFAULT + ": true");
            return null;
        });
    }

    /** {@code removes: ["rule name", …]}: names of base rules, each checked later against the base. */
    private static List<Removal> removes(YamlReader y, YNode.YMap m) {
        List<Removal> out = new ArrayList<>();
        for (YNode n : y.list(m, "", REMOVES, false)) {
            if (n instanceof YNode.YScalar sc && sc.kind() == YNode.YScalar.Kind.STRING && !sc.text().isBlank()) {
                out.add(new Removal(sc.text(), n));
            } else {
                y.problem(n, REMOVES, "expected the name of a rule of the regime it extends, found "
                        + YamlReader.describe(n));
            }
        }
        return List.copyOf(out);
    }

    /** The inherited entries, each replaced in place by the variant's of the same key, then the variant's new ones. */
    private static <T> List<T> merged(List<T> inherited, List<T> own, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        inherited.forEach(t -> out.put(key.apply(t), t));
        own.forEach(t -> out.put(key.apply(t), t));
        return List.copyOf(out.values());
    }

    /**
     * The variant without the inherited provisions no rule cites or overrides any more (it removed
     * or replaced every rule that encoded them): the law it reads still has them, the reading does
     * not use them.
     * Its own provisions stay, so one without a rule is reported like any other.
     */
    static Regime withoutUncited(Regime r, Set<String> ownProvisions, List<RuleInfo> rules) {
        Set<String> cited = new java.util.HashSet<>();
        rules.forEach(rule -> {
            cited.add(rule.provision());
            cited.addAll(rule.overrides()); // an exception left without its general rule is reported as such
        });
        List<Provision> kept = r.provisions().stream()
                .filter(p -> cited.contains(p.id()) || ownProvisions.contains(p.id())).toList();
        if (kept.size() == r.provisions().size()) {
            return r;
        }
        return new Regime(r.id(), r.title(), r.shortName(), r.jurisdiction(), r.level(), r.kind(), r.status(),
                r.dates(), r.validity(), r.sources(), kept, r.switches(), r.notes(), r.folder(), r.award(),
                r.protects(), r.preempts(), r.traits());
    }
}
