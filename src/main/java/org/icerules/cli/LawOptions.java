package org.icerules.cli;

import org.icerules.analysis.Jurisdictions;
import org.icerules.analysis.LawInForce;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Options shared by {@code law} and {@code timeline}: the place and the regimes added "as if in force". */
public final class LawOptions {
    @Option(names = "--jurisdiction", paramLabel = "ID", description = "where the law applies (default: denver); "
            + "layers of every jurisdiction containing it count (rules/jurisdictions.yaml)")
    String jurisdiction = "denver";

    @Option(names = "--include", paramLabel = "ID", description = "add a regime that was not in force (a draft, a "
            + "failed bill, a superseded regime) to see what it would have changed (repeatable)")
    List<String> include = new ArrayList<>();

    /** The law-in-force view over the rules the options name; checks the jurisdiction and the includes. */
    LawInForce law(RulesOptions rules) {
        if (!rules.regimes.isEmpty()) {
            throw new InputException(new InputProblem("--regime", 0, 0, "regime", "the law in force is every layer "
                    + "of the place on the date; to add a regime that was not in force use --include"));
        }
        LawInForce law = new LawInForce(rules.evaluator(), Jurisdictions.load(rules.catalog().rulesDir()));
        law.checkJurisdiction(jurisdiction);
        include.forEach(rules.catalog()::get);
        return law;
    }
}
