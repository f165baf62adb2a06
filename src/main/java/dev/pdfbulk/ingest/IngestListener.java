package dev.pdfbulk.ingest;

/**
 * Observes a run, e.g. to draw progress. Threading: {@link #fileDone} is called from worker threads,
 * concurrently; implementations must be thread-safe and quick. Exceptions thrown by a listener are logged
 * and otherwise ignored: a display problem never fails a file.
 */
public interface IngestListener {

    /** Called once before any file is processed, with the pre-counted work. */
    default void started(long files, long bytes) {
    }

    /** Called once per file, whatever its outcome. */
    default void fileDone(FileOutcome outcome) {
    }

    /** Called once at the end, after every file is done. */
    default void finished(RunSummary summary) {
    }

    IngestListener NONE = new IngestListener() {
    };
}
