package dev.targetspec.cli;

import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Refused;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code targetspec} command. */
@Command(name = "targetspec", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Registry and validator for compiler target specifications.",
            "",
            "Checks rustc target JSON and registry specs against the JSON Schema and semantic rules, "
                    + "and keeps a registry of targets that inherit from rustc's built-ins.",
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  everything is valid",
            "  1  some spec is invalid",
            "  2  usage or I/O error",
            "",
            "Run `targetspec help COMMAND` for a command's options and examples.",
        })
public final class Main implements Runnable {
    /**
     * The subcommands, in the order the usage lists them. Building a command's picocli model reads
     * all its annotations, so {@link #run} builds only the command it is asked for (all of them for
     * help, or when the first word names none); a command's name is read from its {@code @Command}.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, FixCommand.class, ListCommand.class, ShowCommand.class,
            ImportCommand.class, ChipsCommand.class, RenderCommand.class, NewCommand.class, TripleCommand.class, DocsCommand.class,
            DiffCommand.class, RfcCommand.class, LspCommand.class, CompletionCommand.class, HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.out.flush();
        System.err.flush();
        // Runtime.exit would first start the JDK's logging to record the exit; nothing here needs a
        // shutdown hook, and every file is written and closed by now.
        Runtime.getRuntime().halt(code);
    }

    /** Runs the command line with {@code out} and {@code err} as its writers; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        boolean one = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> conventionalName(c).equals(first));
        for (Class<?> command : SUBCOMMANDS) {
            if (!one || name(command).equals(first)) {
                // A CommandLine of its own, so that picocli applies the command's model transformer.
                cli.addSubcommand(name(command), new CommandLine(command));
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + Messages.oneLine(e.getMessage()));
            if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                e.getCommandLine().getErr().println("Did you mean: " + String.join(", ", u.getSuggestions()) + "?");
            }
            e.getCommandLine().getErr().println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help` for usage.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("error: " + Messages.oneLine(message(e)));
            return e instanceof CliException ce ? ce.exitCode() : ExitCodes.USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command line, every subcommand included: what completion scripts and man pages describe. */
    static CommandLine full() {
        CommandLine cli = new CommandLine(new Main());
        SUBCOMMANDS.forEach(c -> cli.addSubcommand(name(c), new CommandLine(c)));
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /**
     * A command's name as its class name spells it ({@code ValidateCommand} is {@code validate}), so
     * that finding the one command asked for reads no other command's annotations; a test holds
     * every {@code @Command} name to it.
     */
    static String conventionalName(Class<?> command) {
        String simple = command.getSimpleName();
        return simple.substring(0, simple.length() - "Command".length()).toLowerCase(java.util.Locale.ROOT);
    }

    private static String message(Exception e) {
        if (e instanceof CliException || e instanceof Refused) {
            return e.getMessage();
        }
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (t instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (t instanceof IOException) {
            return t.getMessage();
        }
        // Anything else is a bug in targetspec; still one line, and still no stack trace.
        return "internal error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
