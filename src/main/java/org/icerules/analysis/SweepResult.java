package org.icerules.analysis;

import org.icerules.model.facts.Action;
import org.icerules.model.law.SwitchSpec;
import org.icerules.model.verdicts.Verdict;

import java.util.List;
import java.util.Map;

/**
 * A scenario run under every combination of the switches its regimes declare.
 *
 * @param switches     every switch the regimes declare
 * @param combinations how many combinations of their readings there are
 * @param verdicts     how many regime × action verdicts were looked at
 * @param varying      the verdicts that depend on the reading (status, deciding provisions or notes), in
 *                     regime then action order
 */
public record SweepResult(List<SwitchSpec> switches, long combinations, int verdicts, List<Varying> varying) {

    /**
     * One verdict that changes with the reading.
     *
     * @param dependsOn the switches whose change alone changes the answer
     * @param variants  the verdict under each combination of the switches it depends on (the answer
     *                  cannot depend on the others)
     */
    public record Varying(String regime, Action action, List<String> dependsOn, List<Variant> variants) {
    }

    public record Variant(Map<String, String> readings, Verdict verdict) {
    }
}
