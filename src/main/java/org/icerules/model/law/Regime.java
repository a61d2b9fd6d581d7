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
 * @param level    city, state or federal
 * @param kind     practice, executive-order, bill, ordinance, statute, grant-condition
 * @param status   draft, proposed, enacted, conditions-on-grant, failed, superseded
 * @param dates    named dates (introduced, signed, in-force, …)
 * @param award    for grant conditions: the award at stake (null otherwise)
 * @param protects acts this regime forbids lower layers to restrict (preemption); usually empty
 */
public record Regime(String id, String title, String shortName, String jurisdiction, String level,
                     String kind, String status, Map<String, LocalDate> dates, Validity validity,
                     List<Source> sources, List<Provision> provisions, List<SwitchSpec> switches,
                     String notes, Path folder, Award award, List<Protection> protects) {

    public Regime {
        protects = protects == null ? List.of() : List.copyOf(protects);
    }

    /** A regime without an award or protections (the common case). */
    public Regime(String id, String title, String shortName, String jurisdiction, String level,
                  String kind, String status, Map<String, LocalDate> dates, Validity validity,
                  List<Source> sources, List<Provision> provisions, List<SwitchSpec> switches,
                  String notes, Path folder) {
        this(id, title, shortName, jurisdiction, level, kind, status, dates, validity, sources, provisions,
                switches, notes, folder, null, List.of());
    }

    public Optional<Provision> provision(String provisionId) {
        return provisions.stream().filter(p -> p.id().equals(provisionId)).findFirst();
    }

    public Optional<SwitchSpec> switchNamed(String name) {
        return switches.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Conditions attached to a grant: they bind only by contract, never as law. */
    public boolean isGrantCondition() {
        return "grant-condition".equals(kind);
    }
}
