package dev.pdfbulk.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts finished files, failures and bytes (pages read count as a share of their file) as workers report them, and derives throughput and ETA.
 * Thread-safe; what progress displays read.
 */
public final class ProgressTracker {

    /** A consistent reading for one redraw. */
    public record Snapshot(long filesDone, long filesTotal, long failed, long bytesDone, double filesPerSecond,
                           Duration elapsed, Optional<Duration> eta) {
    }

    /**
     * What a file costs beyond its bytes (opening it, its fonts, its CSV and ledger rows), in bytes of
     * statement. On a 200-file run a file's fixed cost came to about 8 KB of a long statement's pages; half
     * of that is counted, so that files whose bytes are mostly images (and overstate their work) are not skewed.
     */
    static final long FILE_WORK_BYTES = 4096;

    private final long filesTotal;
    private final long startNanos;
    private final EtaEstimator eta;
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();

    public ProgressTracker(long filesTotal, long bytesTotal, long startNanos) {
        this.filesTotal = filesTotal;
        this.startNanos = startNanos;
        this.eta = new EtaEstimator(bytesTotal + FILE_WORK_BYTES * filesTotal);
    }

    /** Bytes of work done: part of a file as its pages are read, or the rest of it once it is done. */
    public void workDone(long bytes) {
        bytesDone.addAndGet(bytes);
    }

    /** One more file done (its bytes come through {@link #workDone}). */
    public void fileDone(boolean failedFile) {
        filesDone.incrementAndGet();
        if (failedFile) {
            failed.incrementAndGet();
        }
    }

    public Snapshot snapshot(long nowNanos) {
        long elapsed = Math.max(1, nowNanos - startNanos);
        long done = filesDone.get();
        long bytes = bytesDone.get();
        return new Snapshot(done, filesTotal, failed.get(), bytes, done / (elapsed / 1e9), Duration.ofNanos(elapsed),
                eta.update(elapsed, bytes + FILE_WORK_BYTES * done));
    }
}
