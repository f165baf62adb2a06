package dev.pdfbulk.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes file events on to a listener, logging instead of throwing what it throws: a display problem never fails a file. */
final class GuardedListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final IngestListener listener;

    GuardedListener(IngestListener listener) {
        this.listener = listener;
    }

    void fileStarted(long position, long bytes) {
        try {
            listener.fileStarted(position, bytes);
        } catch (RuntimeException e) {
            LOG.warn("progress display failed: {}", e.toString());
        }
    }

    void workDone(long position, long bytes) {
        if (bytes <= 0) {
            return;
        }
        try {
            listener.workDone(position, bytes);
        } catch (RuntimeException e) {
            LOG.warn("progress display failed: {}", e.toString());
        }
    }

    void fileDone(FileOutcome outcome) {
        try {
            listener.fileDone(outcome);
        } catch (RuntimeException e) {
            LOG.warn("progress display failed: {}", e.toString());
        }
    }
}
