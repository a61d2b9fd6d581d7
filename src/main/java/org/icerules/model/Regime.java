package org.icerules.model;

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
 */
public record Regime(String id, String title, String shortName, String jurisdiction, String level,
                     String kind, String status, Map<String, LocalDate> dates, Validity validity,
                     List<Source> sources, List<Provision> provisions, List<SwitchSpec> switches,
                     String notes, Path folder) {

    public Optional<Provision> provision(String provisionId) {
        return provisions.stream().filter(p -> p.id().equals(provisionId)).findFirst();
    }

    public Optional<SwitchSpec> switchNamed(String name) {
        return switches.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
