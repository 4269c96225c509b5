package dev.targetspec.chip;

/** Chip data that cannot be read: a missing or malformed file of the database, or of a source being imported. */
public final class ChipDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChipDataException(String message) {
        super(dev.targetspec.diag.Messages.oneLine(message), null, false, false);
    }
}
