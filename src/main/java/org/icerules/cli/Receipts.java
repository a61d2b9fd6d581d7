package org.icerules.cli;

import org.icerules.model.Scenario;
import org.icerules.report.Receipt;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link Receipt} of an HTML report from what the command was given. */
final class Receipts {
    private Receipts() {
    }

    static Receipt of(CommandSpec spec, RulesOptions rules, List<Scenario> scenarios, Map<String, String> switches,
                      LocalDate generated) {
        List<Receipt.ScenarioRef> refs = new ArrayList<>();
        for (Scenario s : scenarios) {
            Path file = Path.of(s.file());
            refs.add(new Receipt.ScenarioRef(s.file(), Files.isRegularFile(file) ? Receipt.hashFile(file) : "",
                    s.id(), s.date()));
        }
        String command = "ice-rules " + String.join(" ", withoutOutput(spec.commandLine().getParseResult().originalArgs()));
        return new Receipt(Main.VERSION, Receipt.hashFolder(rules.catalog().rulesDir()), new TreeMap<>(switches),
                refs, command, generated);
    }

    /**
     * The arguments without {@code -o FILE} and {@code --charts DIR}: where the report and its
     * charts were written does not change what it says.
     */
    static List<String> withoutOutput(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-o") || a.equals("--output") || a.equals("--charts")) {
                i++;
            } else if (!a.startsWith("--output=") && !a.startsWith("--charts=") && !(a.startsWith("-o") && a.length() > 2)) {
                out.add(a);
            }
        }
        return out;
    }
}
