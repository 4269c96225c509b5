package dev.targetspec.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/** {@code targetspec help [COMMAND [SUBCOMMAND]]}: the help of a command, nested commands included. */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Show the help of a command, or of one of its subcommands (targetspec help triple parse).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  targetspec help validate",
            "  targetspec help triple parse",
        })
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, then its subcommand.")
    List<String> commands = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine at = self.getParent();
        List<String> path = new ArrayList<>();
        for (String name : commands) {
            CommandLine next = at.getSubcommands().get(name);
            if (next == null) {
                String where = path.isEmpty() ? "targetspec" : "targetspec " + String.join(" ", path);
                List<String> near = dev.targetspec.triple.NameReport.nearMisses(name, at.getSubcommands().keySet());
                throw CliException.usage("`" + where + "` has no command `" + name + "`; "
                        + (near.isEmpty() ? "its commands are: " + String.join(", ", at.getSubcommands().keySet()) + "."
                                : "did you mean `" + near.get(0) + "`?"));
            }
            path.add(name);
            at = next;
        }
        at.usage(out, colors);
        out.flush();
    }
}
