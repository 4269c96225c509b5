package dev.targetspec.cli;

import java.io.File;
import java.lang.reflect.Method;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a man page (AsciiDoc, as picocli-codegen's ManPageGenerator writes them) for every command
 * into the folder named by the first argument. The cli module's package phase runs it with
 * picocli-codegen on the class path; the tool itself never loads it.
 */
final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        // picocli-codegen is on the class path only while the build runs this, so it is called by name.
        Class<?> generator = Class.forName("picocli.codegen.docgen.manpage.ManPageGenerator");
        Method generate = generator.getMethod("generateManPage", File.class, File.class, boolean[].class,
                boolean.class, CommandSpec[].class);
        int code = (Integer) generate.invoke(null, out, null, new boolean[0], false,
                new CommandSpec[] {Main.full().getCommandSpec()});
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator exited with " + code);
        }
    }
}
