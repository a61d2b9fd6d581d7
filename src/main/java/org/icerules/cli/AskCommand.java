package org.icerules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icerules.analysis.Contingent;
import org.icerules.analysis.ContingentVerdict;
import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.model.Scenario;
import org.icerules.model.facts.Action;
import org.icerules.regime.CompiledRegime;
import org.icerules.report.ContingentJson;
import org.icerules.report.ContingentText;
import org.icerules.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ask FILE --regime R --action A}: which unknown facts to find out, most decisive first. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "For a scenario with unknown facts ('FACT: unknown', or --unknown FACT): the unknown facts "
                + "that would decide what one regime says of one action, most decisive first (the least "
                + "uncertainty about the status left once it is known), each with the statuses its values "
                + "leave; and those not worth finding out.")
public final class AskCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1", paramLabel = "FILE", description = "a scenario file")
    Path file;

    @Option(names = "--action", required = true, paramLabel = "ACTION", description = "the action, e.g. hold-past-release")
    String action;

    @Option(names = "--format", description = "text (default) or json")
    Format format = Format.text;

    @Mixin
    Output output;

    @Mixin
    RulesOptions rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Action a = ExplainCommand.parseAction(action, rules.catalog().vocabulary());
        CompiledRegime regime = rules.onlyRegime("ask");
        Contingent contingent = new Contingent(rules.evaluator());
        StringBuilder out = new StringBuilder();
        ArrayNode arr = Json.array();
        for (Scenario given : rules.loader().load(List.of(file))) {
            Scenario s = rules.withUnknowns(given);
            if (!s.hasUnknowns()) {
                throw new InputException(new InputProblem(s.file(), s.line(), 1, "facts", "scenario '" + s.id()
                        + "' has no unknown fact to ask about; write 'FACT: unknown' or pass --unknown FACT"));
            }
            ContingentVerdict v = contingent.verdict(regime, a, s.facts(), rules.readings(s), s.unknown());
            if (format == Format.json) {
                ObjectNode n = Json.object();
                n.put("scenario", s.id());
                n.put("regime", regime.id());
                n.put("action", a.id());
                n.setAll(ContingentJson.contingency(v.answer(), s.unknown(), x -> x.provisions()));
                arr.add(n);
            } else {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(ContingentText.ask(s.id(), regime.regime(), v));
            }
        }
        if (format == Format.json) {
            ObjectNode root = Json.object();
            root.set("questions", arr);
            output.write(spec, Json.pretty(root));
        } else {
            output.write(spec, out.toString());
        }
        return 0;
    }
}
