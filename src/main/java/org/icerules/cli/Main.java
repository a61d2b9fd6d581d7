package org.icerules.cli;

import org.icerules.model.InputException;
import org.icerules.model.InputProblem;
import org.icerules.yaml.IsoDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** {@code ice-rules}: run hypothetical cases through each regime and show what each one says. */
@Command(name = "ice-rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Runs hypothetical cases through the rules governing a city's cooperation with "
                + "federal immigration enforcement (the regimes under rules/), and shows what each regime "
                + "forbids, permits or requires, with the provision that decides.")
public final class Main implements Runnable {
    /**
     * The commands by name, in the order help lists them (one per line: keeps parallel additions
     * from colliding; a test holds each name to its class's {@code @Command}). Registered here
     * rather than in {@code @Command(subcommands)} so that a command line naming one builds the
     * model of that one only: picocli reads every option of every command by reflection, a tenth
     * of a second of a cold start spent on commands not run. Names, not annotations, are looked
     * up here, because the first annotation read costs a cold start tens of milliseconds.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            "run", RunCommand.class,
            "test", TestCommand.class,
            "list", ListCommand.class,
            "serve", ServeCommand.class,
            "coverage", CoverageCommand.class,
            "compare", CompareCommand.class,
            "explain", ExplainCommand.class,
            "diff", DiffCommand.class,
            "sweep", SweepCommand.class,
            "check", CheckCommand.class,
            "bench", BenchCommand.class,
            "law", LawCommand.class,
            "timeline", TimelineCommand.class,
            "reference", ReferenceCommand.class,
            "batch", BatchCommand.class,
            "sample-bookings", SampleBookingsCommand.class,
            "glossary", GlossaryCommand.class,
            "ask", AskCommand.class,
            "profile", ProfileCommand.class,
            "new-regime", NewRegimeCommand.class,
            "help", CommandLine.HelpCommand.class);
    /** Exit status for bad input (and for a file that cannot be read or written), per the spec. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a bug: anything that is not the input's fault. Only this prints a stack trace. */
    public static final int INTERNAL_ERROR = 3;
    /** Every line the tool writes to standard error about a problem starts with this. */
    static final String PREFIX = "ice-rules: ";
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        startReadingTheRules(args);
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit status (testable without exiting). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        // one date format on the command line as in the files; picocli's own would also take "+2016-12-20"
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(PREFIX + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException ie) {
                ie.problems().forEach(p -> err.println(render(p)));
                return BAD_INPUT;
            }
            if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                // a path the user named that the system will not read or write
                err.println(PREFIX + ioMessage(ex instanceof UncheckedIOException u ? u.getCause() : ex));
                return BAD_INPUT;
            }
            err.println(PREFIX + "internal error (a bug, not your input; please report it): " + ex);
            ex.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Commands that read the rules folder and leave it as it is: for these, {@link #main} has the
     * default folder read while picocli builds the command line (not for {@code new-regime},
     * which writes into it, nor when {@code --rules} names another folder).
     */
    static final Set<String> READ_THE_RULES = Set.of("run", "test", "list", "serve", "coverage", "compare", "explain",
            "diff", "sweep", "check", "law", "timeline", "reference", "batch", "ask", "profile");

    /** Starts loading the default rules folder when the command named will read it (see {@link #READ_THE_RULES}). */
    static boolean startReadingTheRules(String[] args) {
        boolean reads = args.length > 0 && READ_THE_RULES.contains(args[0])
                && java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--rules") || asksForHelp(a));
        if (reads) {
            org.icerules.regime.RegimeCatalog.startLoading(org.icerules.regime.RegimeCatalog.defaultRulesDir());
        }
        return reads;
    }

    private static boolean asksForHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }

    /**
     * The command line with the command {@code args} names, or with every command when the first
     * argument names none (help, a typo, nothing): help and did-you-mean then see them all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
            if (named == null || c.getValue() == named) {
                cl.addSubcommand(c.getKey(), c.getValue());
            }
        }
        return cl;
    }

    private static Map<String, Class<?>> commands(Object... nameThenClass) {
        Map<String, Class<?>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            out.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** {@code ice-rules: file:line:col: key 'k': message}, or without the place when there is none. */
    static String render(InputProblem p) {
        if (p.file() != null) {
            return PREFIX + p.render();
        }
        return PREFIX + (p.key() == null || p.key().isEmpty() ? "" : "key '" + p.key() + "': ") + p.message();
    }

    static String ioMessage(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
        }
        return String.valueOf(e.getMessage());
    }

    static LocalDate date(String text) {
        return IsoDate.parse(text).orElseThrow(() -> new CommandLine.TypeConversionException(IsoDate.problem(text)));
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
