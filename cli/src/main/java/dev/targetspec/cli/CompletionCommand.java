package dev.targetspec.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targetspec completion bash|zsh|fish}. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Print a shell completion script for targetspec: its commands, options, artifact names and formats.",
            "",
            "The bash script is picocli's (AutoComplete); it also serves zsh, through bashcompinit. The fish script "
                    + "is made from the same picocli model of the commands.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(targetspec completion bash)          # this bash session",
            "  targetspec completion bash \\",
            "      > ~/.local/share/bash-completion/completions/targetspec",
            "  targetspec completion zsh > ~/.zfunc/_targetspec   # fpath+=~/.zfunc",
            "  targetspec completion fish > ~/.config/fish/completions/targetspec.fish",
        })
final class CompletionCommand implements Callable<Integer> {
    /** The shells there are scripts for. */
    enum Shell {
        bash, zsh, fish
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine all = Main.full();
        PrintWriter out = spec.commandLine().getOut();
        switch (shell) {
            case fish -> out.print(fish(all));
            case zsh -> out.print("#compdef targetspec\n" + AutoComplete.bash("targetspec", all));
            default -> out.print(AutoComplete.bash("targetspec", all));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A fish script: each subcommand, then each option of each command with its values and description. */
    static String fish(CommandLine all) {
        StringBuilder b = new StringBuilder("# fish completion for targetspec, made from its picocli model.\n");
        b.append("complete -c targetspec -f\n");
        List<String> names = new ArrayList<>(all.getSubcommands().keySet());
        for (CommandLine sub : all.getSubcommands().values()) {
            String name = sub.getCommandName();
            b.append("complete -c targetspec -n '__fish_use_subcommand' -a ").append(name).append(" -d ")
                    .append(quote(first(sub.getCommandSpec().usageMessage().description()))).append('\n');
        }
        for (CommandLine sub : all.getSubcommands().values()) {
            String name = sub.getCommandName();
            String when = "__fish_seen_subcommand_from " + name;
            for (CommandLine nested : sub.getSubcommands().values()) {
                b.append("complete -c targetspec -n '").append(when).append("' -a ").append(nested.getCommandName())
                        .append(" -d ").append(quote(first(nested.getCommandSpec().usageMessage().description())))
                        .append('\n');
                options(b, when + "; and __fish_seen_subcommand_from " + nested.getCommandName(),
                        nested.getCommandSpec());
            }
            options(b, when, sub.getCommandSpec());
            if (name.equals("help")) {
                b.append("complete -c targetspec -n '").append(when).append("' -a ").append(quote(String.join(" ", names)))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static void options(StringBuilder b, String when, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            b.append("complete -c targetspec -n '").append(when).append("'");
            for (String n : o.names()) {
                b.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
            }
            List<String> values = new ArrayList<>();
            Iterable<String> candidates = o.completionCandidates();
            if (candidates != null) {
                candidates.forEach(values::add);
            }
            if (o.arity().max() > 0) {
                b.append(values.isEmpty() ? (takesPath(o) ? " -r -F" : " -r") : " -x -a " + quote(String.join(" ", values)));
            }
            b.append(" -d ").append(quote(first(o.description()))).append('\n');
        }
    }

    private static boolean takesPath(OptionSpec o) {
        String label = o.paramLabel().toUpperCase(Locale.ROOT);
        return label.contains("DIR") || label.contains("FILE") || label.contains("PATH");
    }

    private static String first(String[] lines) {
        String text = lines.length == 0 ? "" : lines[0];
        int end = text.indexOf(". ");
        text = end > 0 ? text.substring(0, end + 1) : text;
        return text.replaceAll("\\$\\{[A-Z-]+}", "").strip();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static Collection<String> shells() {
        return List.of("bash", "zsh", "fish");
    }
}
