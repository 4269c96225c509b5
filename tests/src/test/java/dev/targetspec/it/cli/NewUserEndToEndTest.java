package dev.targetspec.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.it.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a new user meets it: run from an OS project's folder, with no option. */
class NewUserEndToEndTest {
    @TempDir
    Path project;

    @Test
    void aProjectsTargetsFolderAddsToTheBundledRegistry() throws Exception {
        Files.createDirectories(project.resolve("targets"));
        Files.writeString(project.resolve("targets/x86_64-os.json"), """
                {
                  "$schema": "../schema/target-spec.schema.json",
                  "triple": "x86_64-os",
                  "inherits": "x86_64-unknown-none-multiboot2",
                  "metadata": {"description": "my OS", "status": "custom", "tier": null, "std": false,
                    "host-tools": false}
                }
                """);
        Proc.Result list = Proc.targetspec(project, "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("\nx86_64-os "), list.out());
        assertTrue(list.out().contains("\nx86_64-unknown-none-multiboot2 "), list.out());
        assertTrue(list.out().contains("(bundled, 331 targets) + targets (1 target)"), list.out());
        Proc.Result show = Proc.targetspec(project, "show", "x86_64-unknown-none-multiboot2");
        assertEquals(0, show.code(), show.err());
        Proc.Result validate = Proc.targetspec(project, "validate", "targets/x86_64-os.json");
        assertEquals(0, validate.code(), validate.out() + validate.err());
        Proc.Result script = Proc.targetspec(project, "render", "x86_64-os", "--artifact", "linker-script");
        assertEquals(0, script.code(), script.err());
        assertTrue(script.out().contains(" from x86_64-os.json.\n"), "no local path in the header");
        assertTrue(!script.out().contains(project.toString()), "no local path anywhere");
    }

    @Test
    void everyCommandHasAManPage() throws Exception {
        Path man = Proc.root().resolve("cli/target/man");
        Proc.Result help = Proc.targetspec(project, "--help");
        List<String> commands = new ArrayList<>();
        boolean inCommands = false;
        for (String line : help.out().lines().toList()) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.matches("  [a-z]+ .*|  [a-z]+")) {
                commands.add(line.strip().split(" ")[0]);
            } else if (inCommands && line.isBlank()) {
                break;
            }
        }
        assertTrue(commands.size() >= 12, help.out());
        assertTrue(Files.isRegularFile(man.resolve("targetspec.adoc")), man.toString());
        for (String c : commands) {
            Path page = man.resolve("targetspec-" + c + ".adoc");
            assertTrue(Files.isRegularFile(page), "no man page for " + c + ": " + page);
            assertTrue(Files.readString(page).contains(":doctype: manpage"), page.toString());
        }
        assertTrue(Files.isRegularFile(man.resolve("targetspec-triple-parse.adoc")), "nested commands have pages");
    }
}
