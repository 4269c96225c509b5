package dev.targetspec.cli;

import dev.targetspec.registry.ImportProgress;
import java.io.PrintWriter;

/**
 * A progress bar on the error stream: redrawn in place on a terminal, and a line every tenth of the
 * way otherwise, so logs stay short.
 */
final class Progress implements ImportProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private final boolean terminal = System.console() != null;
    private int lastTenth = -1;

    Progress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void update(int done, int total, String current) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.printf("\r%s [%s%s] %d/%d %-40.40s", label, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                    current);
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.printf("%s: %d/%d%n", label, done, total);
            }
        }
        err.flush();
    }

    void finish() {
        if (terminal) {
            err.println();
            err.flush();
        }
    }
}
