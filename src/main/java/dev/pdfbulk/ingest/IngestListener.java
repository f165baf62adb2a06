package dev.pdfbulk.ingest;

/**
 * Observes a run, e.g. to draw progress. Threading: {@link #fileStarted}, {@link #workDone} and {@link #fileDone}
 * are called from worker and reader threads, concurrently; implementations must be thread-safe and quick.
 * Exceptions thrown by a listener are logged and otherwise ignored: a display problem never fails a file.
 */
public interface IngestListener {

    /** Called once before any file is processed, with the pre-counted work. */
    default void started(WorkPlan plan) {
    }

    /**
     * Called when a worker takes a file, before any {@link #workDone} of it.
     *
     * @param position the file's place in the order files are taken, from 0 (as in {@link WorkPlan#largest})
     * @param bytes    its size
     */
    default void fileStarted(long position, long bytes) {
    }

    /**
     * Called as work gets done: while a file's pages are read, a share of its bytes per page, and the rest
     * of its bytes just before its {@link #fileDone}. Over a run the calls add up to the bytes of every file
     * done, so an ETA can move during a long statement; a file's calls add up to the bytes of its
     * {@link #fileStarted}, when it had one.
     *
     * @param position the file's position, as in {@link #fileStarted}
     * @param bytes    bytes newly done, positive
     */
    default void workDone(long position, long bytes) {
    }

    /** Called once per file, whatever its outcome, after its last {@link #workDone}. */
    default void fileDone(FileOutcome outcome) {
    }

    /** Called once at the end, after every file is done. */
    default void finished(RunSummary summary) {
    }

    IngestListener NONE = new IngestListener() {
    };

    /** A listener that tells {@code first}, then {@code second}, of every event. */
    static IngestListener both(IngestListener first, IngestListener second) {
        return new IngestListener() {
            @Override
            public void started(WorkPlan plan) {
                first.started(plan);
                second.started(plan);
            }

            @Override
            public void fileStarted(long position, long bytes) {
                first.fileStarted(position, bytes);
                second.fileStarted(position, bytes);
            }

            @Override
            public void workDone(long position, long bytes) {
                first.workDone(position, bytes);
                second.workDone(position, bytes);
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                first.fileDone(outcome);
                second.fileDone(outcome);
            }

            @Override
            public void finished(RunSummary summary) {
                first.finished(summary);
                second.finished(summary);
            }
        };
    }
}
