package dev.targetspec.diag;

import java.util.Locale;

/** How serious a diagnostic is. Only errors make a spec invalid. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case name used in every output format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
