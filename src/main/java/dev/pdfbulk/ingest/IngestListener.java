package dev.pdfbulk.ingest;

/**
 * Observes a run, e.g. to draw progress. Threading: {@link #workDone} and {@link #fileDone} are called
 * from worker and reader threads, concurrently; implementations must be thread-safe and quick. Exceptions thrown by a listener are logged
 * and otherwise ignored: a display problem never fails a file.
 */
public interface IngestListener {

    /** Called once before any file is processed, with the pre-counted work. */
    default void started(long files, long bytes) {
    }

    /**
     * Called as work gets done: while a file's pages are read, a share of its bytes per page, and the rest
     * of its bytes just before its {@link #fileDone}. Over a run the calls add up to the bytes of every file
     * done, so an ETA can move during a long statement.
     */
    default void workDone(long bytes) {
    }

    /** Called once per file, whatever its outcome, after its last {@link #workDone}. */
    default void fileDone(FileOutcome outcome) {
    }

    /** Called once at the end, after every file is done. */
    default void finished(RunSummary summary) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
