package org.icerules.cli;

import org.icerules.engine.CompiledRegime;
import org.icerules.model.Action;
import org.icerules.model.FactSchema;
import org.icerules.model.FactSpec;
import org.icerules.model.FactType;
import org.icerules.model.Regime;
import org.icerules.model.SwitchSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code list regimes|actions|facts|switches}: the vocabularies, in plain words. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists regimes, actions, facts or interpretation switches.")
public final class ListCommand implements Callable<Integer> {
    enum What { regimes, actions, facts, switches }

    @Parameters(paramLabel = "WHAT", description = "regimes, actions, facts or switches")
    What what;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            case regimes -> {
                for (CompiledRegime cr : rules.catalog().regimes()) {
                    Regime r = cr.regime();
                    out.printf("%-28s %-8s %-16s %-20s %s%n", r.id(), r.level(), r.kind(), r.status(), r.title());
                }
            }
            case actions -> {
                for (Action a : Action.values()) {
                    out.printf("%-31s may the city %s?%n", a.id(), a.question());
                }
            }
            case facts -> {
                for (FactSpec f : FactSchema.facts()) {
                    String values = f.type() == FactType.ENUM ? String.join(" | ", f.values())
                            : f.type() == FactType.BOOL ? "true | false" : "number >= 0";
                    out.printf("%-23s %-7s default %-18s %s%n", f.name(), f.type().wire(),
                            FactSchema.formatValue(f.defaultValue()), f.doc());
                    out.printf("%-23s %s%n", "", values);
                }
            }
            case switches -> {
                for (SwitchSpec s : rules.catalog().switches().values()) {
                    out.printf("%-35s default %-24s values %s%n", s.name(), s.defaultValue(), String.join(" | ", s.values()));
                    out.printf("%-35s %s (%s)%n", "", s.meaning(), s.regime());
                }
            }
        }
        return 0;
    }
}
