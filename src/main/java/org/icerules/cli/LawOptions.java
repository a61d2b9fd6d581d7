package org.icerules.cli;

import org.icerules.law.Jurisdictions;
import org.icerules.law.LawInForce;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Options shared by {@code law} and {@code timeline}: the place and the regimes added "as if in force". */
public final class LawOptions {
    @Option(names = "--jurisdiction", paramLabel = "ID", description = "where the law applies (default: each "
            + "scenario's own jurisdiction, else the 'default' of rules/jurisdictions.yaml); layers of every "
            + "jurisdiction containing it count")
    String jurisdiction;

    /** Whether --jurisdiction was given: then it is every scenario's place. */
    private boolean named;

    @Option(names = "--include", paramLabel = "ID", description = "add a regime that was not in force (a draft, a "
            + "failed bill, a superseded regime) to see what it would have changed (repeatable)")
    List<String> include = new ArrayList<>();

    /**
     * The law-in-force view over the rules the options name; checks the jurisdiction (taking the
     * file's default when none was named) and the includes.
     */
    LawInForce law(RulesOptions rules) {
        if (!rules.regimes.isEmpty()) {
            throw new InputException(new InputProblem("--regime", 0, 0, "regime", "the law in force is every layer "
                    + "of the place on the date; to add a regime that was not in force use --include"));
        }
        Jurisdictions places = Jurisdictions.load(rules.catalog().rulesDir());
        List<InputProblem> unknown = new ArrayList<>();
        for (var r : rules.catalog().regimes()) {
            if (!places.knows(r.regime().jurisdiction())) {
                unknown.add(new InputProblem(String.valueOf(r.regime().folder().resolve("regime.yaml")), 0, 0,
                        "jurisdiction", "unknown jurisdiction '" + r.regime().jurisdiction() + "'; known (rules/"
                        + Jurisdictions.FILE + "): " + String.join(", ", places.ids())));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException(unknown);
        }
        named = jurisdiction != null;
        if (jurisdiction == null) {
            jurisdiction = places.defaultJurisdiction().orElseThrow(() -> new InputException(new InputProblem(
                    "--jurisdiction", 0, 0, "jurisdiction", "name the place (rules/" + Jurisdictions.FILE
                    + " has no default); known: " + String.join(", ", places.ids()))));
        }
        LawInForce law = new LawInForce(rules.evaluator(), places);
        law.checkJurisdiction(jurisdiction);
        include.forEach(rules.catalog()::get);
        return law;
    }

    /** Where the law is asked for this scenario: --jurisdiction if given, else the scenario's place. */
    String placeOf(org.icerules.model.Scenario s) {
        return named || s.jurisdiction() == null ? jurisdiction : s.jurisdiction();
    }
}
