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

    /**
     * A consistent reading for one redraw; {@code workLeft} is the ETA's work left, in bytes at the pool's rate
     * (for diagnostics).
     */
    public record Snapshot(long filesDone, long filesTotal, long failed, long bytesDone, double filesPerSecond,
                           Duration elapsed, Optional<Duration> eta, long workLeft) {
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
    private final int workers;
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
        this(filesTotal, bytesTotal, largest, workers, Math.min(workers, Runtime.getRuntime().availableProcessors()),
                startNanos);
    }

    /** With the lanes given: the files read at once, each on a core of its own. */
    ProgressTracker(long filesTotal, long bytesTotal, List<QueuedFile> largest, int lanes, long startNanos) {
        this(filesTotal, bytesTotal, largest, lanes, lanes, startNanos);
    }

    /** With {@code workers} threads sharing {@code lanes} cores. */
    ProgressTracker(long filesTotal, long bytesTotal, List<QueuedFile> largest, int workers, int lanes,
                    long startNanos) {
        this.filesTotal = filesTotal;
        this.startNanos = startNanos;
        this.totalWork = bytesTotal + FILE_WORK_BYTES * filesTotal;
        this.eta = new EtaEstimator(totalWork);
        this.lanes = Math.max(1, lanes);
        this.workers = Math.max(this.lanes, workers);
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
        double left = workLeft(done);
        return new Snapshot(filesDone, filesTotal, failed, bytesDone, filesDone / (elapsed / 1e9),
                Duration.ofNanos(elapsed), eta.update(elapsed, done, left), Math.round(left));
    }

    /** The work left in bytes at the pool's rate: the bytes left, or one file's rest alone if that is longer. */
    double workLeft(long done) {
        double left = Math.max(0, totalWork - done);
        if (lanes == 1) {
            return left;
        }
        double most = left;
        for (long[] file : reading.values()) {
            double rest = file[0] - file[1] + FILE_WORK_BYTES;
            most = Math.max(most, withOneFile(rest, left - rest));
        }
        long taken = startedBytes + FILE_WORK_BYTES * startedFiles;
        for (QueuedFile file : largest) {
            if (file.position() > lastStarted) {
                double before = Math.max(0, file.bytesBefore() + FILE_WORK_BYTES * file.position() - taken);
                double own = file.bytes() + FILE_WORK_BYTES;
                most = Math.max(most, before + withOneFile(own, left - before - own));
            }
        }
        return most;
    }

    /**
     * The work, at the pool's rate, of one file's {@code own} bytes read beside {@code others} bytes of other files.
     * While the others last, the file gets a worker's share of the pool (one of {@code workers} threads on the
     * cores); after them, one core's: the pool's rate over {@code lanes}.
     */
    private double withOneFile(double own, double others) {
        double rest = Math.max(0, others);
        double besideOthers = rest / (workers - 1);
        if (own <= besideOthers) {
            return own + rest;
        }
        return rest * workers / (workers - 1) + (own - besideOthers) * lanes;
    }
}
