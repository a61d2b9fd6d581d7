package org.icerules.cli;

import org.icerules.regime.CompiledRegime;
import org.icerules.regime.RuleInfo;
import org.icerules.model.law.Provision;
import java.util.ArrayList;
import java.util.List;
import org.icerules.model.facts.Action;
import org.icerules.model.facts.Vocabulary;
import org.icerules.model.facts.FactSpec;
import org.icerules.model.facts.FactType;
import org.icerules.model.law.Regime;
import org.icerules.model.law.SwitchSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code list regimes|actions|facts|switches}: the vocabularies, in plain words. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists regimes, actions, facts, interpretation switches, provisions (with basis) "
                + "or rules (what each concludes, what it overrides, which facts it reads); --regime narrows.")
public final class ListCommand implements Callable<Integer> {
    enum What { regimes, actions, facts, switches, provisions, rules }

    @Parameters(paramLabel = "WHAT", description = "regimes, actions, facts, switches, provisions or rules")
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
                // columns as wide as their longest entry, so a long id does not push the rest out of line
                List<Regime> all = rules.catalog().regimes().stream().map(CompiledRegime::regime).toList();
                String row = "%-" + widest(all, Regime::id) + "s %-" + widest(all, Regime::level) + "s %-"
                        + widest(all, Regime::kind) + "s %-" + widest(all, Regime::status) + "s %s%n";
                for (Regime r : all) {
                    out.printf(row, r.id(), r.level(), r.kind(), r.status(), r.title());
                }
            }
            case actions -> {
                for (Action a : rules.catalog().vocabulary().actions()) {
                    out.printf("%-31s may the city %s?%n", a.id(), a.question());
                }
            }
            case facts -> {
                for (FactSpec f : rules.catalog().vocabulary().facts()) {
                    String values = f.type() == FactType.ENUM ? String.join(" | ", f.values())
                            : f.type() == FactType.BOOL ? "true | false" : f.definition().numberRange().replace("a number", "number");
                    out.printf("%-23s %-7s default %-18s %s%n", f.name(), f.type().wire(),
                            Vocabulary.formatValue(f.defaultValue()), f.doc());
                    out.printf("%-23s %s%n", "", values);
                }
            }
            case provisions -> {
                for (CompiledRegime cr : rules.selected()) {
                    out.println(cr.id());
                    for (Provision p : cr.regime().provisions()) {
                        out.printf("  %-44s %-9s %s — %s%n", p.id(), p.basis().wire(), p.cite(), p.title());
                    }
                }
            }
            case rules -> {
                for (CompiledRegime cr : rules.selected()) {
                    out.println(cr.id());
                    for (RuleInfo r : cr.rules()) {
                        out.printf("  %s:%d \"%s\"%n", r.file(), r.line(), r.name());
                        out.printf("      %s %s under %s%s%n", r.status() == null ? "note on" : r.status().wire(),
                                r.actions().size() == rules.catalog().vocabulary().actions().size() ? "every action"
                                        : String.join(", ", r.actions().stream().map(Action::id).toList()),
                                r.provision(), r.overrides().isEmpty() ? "" : ", overriding " + String.join(", ", r.overrides()));
                        List<String> reads = new ArrayList<>(r.reads());
                        if (r.readsDate()) {
                            reads.add("date " + r.dateThresholds());
                        }
                        r.switches().forEach((k, v) -> reads.add(k + " " + v));
                        out.printf("      reads: %s%n", reads.isEmpty() ? "nothing (always applies)" : String.join(", ", reads));
                    }
                }
            }
            case switches -> {
                for (SwitchSpec s : rules.catalog().switches().values()) {
                    out.printf("%-35s default %-24s values %s%n", s.name(), s.defaultValue(), String.join(" | ", s.values()));
                    out.printf("%-35s %s (%s)%n", "", s.meaning(), s.regime());
                    for (String value : s.values()) {
                        var reading = s.reading(value);
                        if (reading == null) {
                            continue;
                        }
                        out.printf("%-35s %s%s: %s%n", "", value, value.equals(s.defaultValue()) ? " (default)" : "",
                                reading.meaning());
                        if (reading.heldBy() != null) {
                            out.printf("%-35s   held by: %s%n", "", reading.heldBy());
                        }
                        for (String source : reading.sources()) {
                            out.printf("%-35s   source: %s%n", "", source);
                        }
                    }
                }
            }
        }
        return 0;
    }

    private static int widest(List<Regime> regimes, java.util.function.Function<Regime, String> field) {
        return regimes.stream().mapToInt(r -> field.apply(r).length()).max().orElse(1);
    }
}
