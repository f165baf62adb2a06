package dev.pdfbulk.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts finished files, failures and bytes (pages read count as a share of their file) as workers report them,
 * and derives throughput and ETA. Thread-safe: every method may be called from any thread; what progress displays
 * read.
 *
 * <p>The ETA's work left is the bytes left, unless one file is so large that it alone outlasts the rest: a file is
 * read by one thread, on one core at most, while the pool's rate is that of all its workers. So the work left is at
 * least each file's own rest counted {@code lanes} times over (lanes: workers, at most one a core), after the work
 * queued before it when it has not started yet.
 */
public final class ProgressTracker {

    /** A consistent reading for one redraw. */
    public record Snapshot(long filesDone, long filesTotal, long failed, long bytesDone, double filesPerSecond,
                           Duration elapsed, Optional<Duration> eta) {
    }

    /**
     * A file of the run known before it starts (the largest ones).
     *
     * @param position    its place in the order files are taken, from 0
     * @param bytesBefore bytes of the files taken before it
     * @param bytes       its size
     */
    public record QueuedFile(long position, long bytesBefore, long bytes) {
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
    private final long totalWork;
    private final int lanes;
    private final List<QueuedFile> largest;
    /** Files being read: position to {size, bytes credited}. */
    private final Map<Long, long[]> reading = new HashMap<>();
    private long startedFiles;
    private long startedBytes;
    private long lastStarted = -1;
    private long filesDone;
    private long failed;
    private long bytesDone;

    /** A tracker for one worker that knows only the totals. */
    public ProgressTracker(long filesTotal, long bytesTotal, long startNanos) {
        this(filesTotal, bytesTotal, 1, List.of(), startNanos);
    }

    /**
     * @param filesTotal files of the run
     * @param bytesTotal their bytes
     * @param workers    files read at once
     * @param largest    the largest files of the run, in any order (may be empty)
     * @param startNanos {@link System#nanoTime()} at the start of the run
     */
    public ProgressTracker(long filesTotal, long bytesTotal, int workers, List<QueuedFile> largest, long startNanos) {
        this(filesTotal, bytesTotal, largest, Math.min(workers, Runtime.getRuntime().availableProcessors()), startNanos);
    }

    /** With the lanes given: the files read at once, each on a core of its own. */
    ProgressTracker(long filesTotal, long bytesTotal, List<QueuedFile> largest, int lanes, long startNanos) {
        this.filesTotal = filesTotal;
        this.startNanos = startNanos;
        this.totalWork = bytesTotal + FILE_WORK_BYTES * filesTotal;
        this.eta = new EtaEstimator(totalWork);
        this.lanes = Math.max(1, lanes);
        this.largest = new ArrayList<>(largest);
    }

    /** A worker took the file at {@code position} (its place in the order files are taken) of {@code bytes}. */
    public synchronized void fileStarted(long position, long bytes) {
        startedFiles++;
        startedBytes += bytes;
        lastStarted = Math.max(lastStarted, position);
        if (bytes > 0) {
            reading.put(position, new long[] {bytes, 0});
        }
    }

    /** Bytes of work done: part of a file as its pages are read, or the rest of it once it is done. */
    public synchronized void workDone(long position, long bytes) {
        bytesDone += bytes;
        long[] file = reading.get(position);
        if (file != null) {
            file[1] += bytes;
            if (file[1] >= file[0]) {
                reading.remove(position);
            }
        }
    }

    /** One more file done (its bytes come through {@link #workDone}). */
    public synchronized void fileDone(boolean failedFile) {
        filesDone++;
        if (failedFile) {
            failed++;
        }
    }

    public synchronized Snapshot snapshot(long nowNanos) {
        long elapsed = Math.max(1, nowNanos - startNanos);
        long done = bytesDone + FILE_WORK_BYTES * filesDone;
        return new Snapshot(filesDone, filesTotal, failed, bytesDone, filesDone / (elapsed / 1e9),
                Duration.ofNanos(elapsed), eta.update(elapsed, done, workLeft(done)));
    }

    /** The work left in bytes at the pool's rate: the bytes left, or one file's rest alone if that is longer. */
    double workLeft(long done) {
        double left = Math.max(0, totalWork - done);
        if (lanes == 1) {
            return left;
        }
        for (long[] file : reading.values()) {
            left = Math.max(left, (double) (file[0] - file[1] + FILE_WORK_BYTES) * lanes);
        }
        long taken = startedBytes + FILE_WORK_BYTES * startedFiles;
        for (QueuedFile file : largest) {
            if (file.position() > lastStarted) {
                long before = file.bytesBefore() + FILE_WORK_BYTES * file.position() - taken;
                left = Math.max(left, Math.max(0, before) + (double) (file.bytes() + FILE_WORK_BYTES) * lanes);
            }
        }
        return left;
    }
}
