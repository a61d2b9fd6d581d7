package org.icerules.model.law;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body of rules (an ordinance, a draft order, a grant's conditions…) as declared in its
 * {@code regime.yaml}: law as data, with its dates and sources next to it.
 *
 * @param level    one of the levels of {@code rules/categories.yaml}
 * @param kind     one of its kinds
 * @param status   one of its statuses
 * @param dates    named dates (introduced, signed, in-force, …)
 * @param award    for grant conditions: the award at stake (null otherwise)
 * @param protects acts this regime forbids lower layers to restrict (preemption); usually empty
 * @param preempts lower levels whose contrary rules this regime voids on some acts; usually empty
 * @param traits   what the categories file says of its level, kind and status
 */
public record Regime(String id, String title, String shortName, String jurisdiction, String level,
                     String kind, String status, Map<String, LocalDate> dates, Validity validity,
                     List<Source> sources, List<Provision> provisions, List<SwitchSpec> switches,
                     String notes, Path folder, Award award, List<Protection> protects,
                     List<LevelPreemption> preempts, RegimeTraits traits) {

    public Regime {
        protects = protects == null ? List.of() : List.copyOf(protects);
        preempts = preempts == null ? List.of() : List.copyOf(preempts);
        java.util.Objects.requireNonNull(traits, "traits");
    }

    /** A regime without {@code preempts} (tests build regimes this way). */
    public Regime(String id, String title, String shortName, String jurisdiction, String level,
                  String kind, String status, Map<String, LocalDate> dates, Validity validity,
                  List<Source> sources, List<Provision> provisions, List<SwitchSpec> switches,
                  String notes, Path folder, Award award, List<Protection> protects, RegimeTraits traits) {
        this(id, title, shortName, jurisdiction, level, kind, status, dates, validity, sources, provisions,
                switches, notes, folder, award, protects, List.of(), traits);
    }

    /** A regime built by hand, without an award or protections: law at the most local level (tests). */
    public Regime(String id, String title, String shortName, String jurisdiction, String level,
                  String kind, String status, Map<String, LocalDate> dates, Validity validity,
                  List<Source> sources, List<Provision> provisions, List<SwitchSpec> switches,
                  String notes, Path folder) {
        this(id, title, shortName, jurisdiction, level, kind, status, dates, validity, sources, provisions,
                switches, notes, folder, null, List.of(), List.of(), RegimeTraits.LAW);
    }

    public Optional<Provision> provision(String provisionId) {
        return provisions.stream().filter(p -> p.id().equals(provisionId)).findFirst();
    }

    public Optional<SwitchSpec> switchNamed(String name) {
        return switches.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Conditions attached to a grant (a kind with {@code binds: grant}): they bind only by contract, never as law. */
    public boolean isGrantCondition() {
        return traits.grantCondition();
    }

    /** A status that never was law (a draft, a proposal, a failed bill…): never in force, whatever the dates say. */
    public boolean neverInForce() {
        return traits.neverInForce();
    }

    /** The level's rank, from the most local (0) up: a higher rank is a higher layer. */
    public int levelRank() {
        return traits.levelRank();
    }
}
