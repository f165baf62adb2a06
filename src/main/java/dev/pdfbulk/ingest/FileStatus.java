package dev.pdfbulk.ingest;

/** How one file ended a run. */
public enum FileStatus {
    /** CSV written and rows committed with a success entry. */
    IMPORTED,
    /** Its content was imported before and {@code --skip-existing} was given. */
    SKIPPED,
    /** Another file with the same content was taken in this run. */
    DUPLICATE,
    /** Moved to the failed folder with its reason. */
    FAILED,
    /** Left where it was because the run stopped (database unusable); the next run takes it. */
    NOT_DONE
}
