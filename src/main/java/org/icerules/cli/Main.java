package org.icerules.cli;

import org.icerules.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code ice-rules}: run hypothetical cases through each regime and show what each one says. */
@Command(name = "ice-rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs hypothetical cases through the rules governing a city's cooperation with "
                + "federal immigration enforcement (Denver, 2014-2020), and shows what each regime "
                + "forbids, permits or requires, with the provision that decides.",
        subcommands = {
                RunCommand.class,
                TestCommand.class,
                ListCommand.class,
                ServeCommand.class,
                CoverageCommand.class,
                CompareCommand.class,
                ExplainCommand.class,
                DiffCommand.class,
                SweepCommand.class,
                CheckCommand.class,
                BenchCommand.class,
                LawCommand.class,
                TimelineCommand.class,
                ReferenceCommand.class,
                // one command per line: keeps parallel additions from colliding
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    /** Exit status for bad input, per the spec. */
    public static final int BAD_INPUT = 2;
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status (testable without exiting). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ice-rules: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException ie) {
                ie.problems().forEach(p -> err.println(p.render()));
                return BAD_INPUT;
            }
            err.println("ice-rules: internal error: " + ex);
            ex.printStackTrace(err);
            return 3;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, test, list, …)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"ice-rules " + VERSION};
        }
    }
}
