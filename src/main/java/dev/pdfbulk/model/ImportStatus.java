package dev.pdfbulk.model;

import java.util.Locale;

/** Where a file stands in the import log. */
public enum ImportStatus {
    /** Being imported now, or the run that was importing it stopped before it finished. */
    IN_PROGRESS,
    /** Imported: its transactions are in the ledger and its CSV is written. */
    SUCCESS,
    /** Could not be imported; the failure reason says why. */
    FAILED;

    /** Lower-case label as stored in the database, e.g. {@code in_progress}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status with this label.
     *
     * @throws IllegalArgumentException when no status has the label
     */
    public static ImportStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
