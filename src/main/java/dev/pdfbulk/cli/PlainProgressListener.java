package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.FileOutcome;
import dev.pdfbulk.ingest.FileStatus;
import dev.pdfbulk.ingest.IngestListener;
import dev.pdfbulk.ingest.RunSummary;
import dev.pdfbulk.ingest.WorkPlan;
import dev.pdfbulk.progress.ProgressTracker;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress for logs and CI: one plain line at most every few seconds, e.g.
 * {@code progress 40/100 files, 2 failed, 12.3 files/s, elapsed 0:03, ETA 0:05}. Thread-safe.
 * The {@link #diagnostic} variant, for the benchmark, appends exact times:
 * {@code [elapsed_ms=3012 eta_ms=5140 done_bytes=81920 work_left=40960]} ({@code eta_ms=-1} while unknown).
 */
final class PlainProgressListener implements IngestListener {

    private final PrintWriter err;
    private final long intervalNanos;
    private final boolean exactTimes;
    private ProgressTracker tracker;
    private long lastPrint;

    PlainProgressListener(PrintWriter err, long intervalMillis) {
        this(err, intervalMillis, false);
    }

    private PlainProgressListener(PrintWriter err, long intervalMillis, boolean exactTimes) {
        this.err = err;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.exactTimes = exactTimes;
    }

    /** Lines every {@code intervalMillis}, each with the elapsed time and the ETA in milliseconds. */
    static PlainProgressListener diagnostic(PrintWriter err, long intervalMillis) {
        return new PlainProgressListener(err, intervalMillis, true);
    }

    @Override
    public synchronized void started(WorkPlan plan) {
        long now = System.nanoTime();
        tracker = ProgressTrackers.of(plan, now);
        lastPrint = now;
        err.printf(Locale.ROOT, "progress 0/%d files%n", plan.files());
        err.flush();
    }

    @Override
    public synchronized void fileStarted(long position, long bytes) {
        tracker.fileStarted(position, bytes);
    }

    @Override
    public synchronized void workDone(long position, long bytes) {
        tracker.workDone(position, bytes);
        printWhenDue();
    }

    @Override
    public synchronized void fileDone(FileOutcome outcome) {
        tracker.fileDone(outcome.status() == FileStatus.FAILED);
        printWhenDue();
    }

    // Also between files, so a long statement shows progress too.
    private void printWhenDue() {
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            print(tracker.snapshot(now));
        }
    }

    @Override
    public synchronized void finished(RunSummary summary) {
        if (tracker != null) {
            print(tracker.snapshot(System.nanoTime()));
        }
    }

    private void print(ProgressTracker.Snapshot s) {
        err.println(exactTimes ? line(s) + exactTimes(s) : line(s));
        err.flush();
    }

    static String exactTimes(ProgressTracker.Snapshot s) {
        long eta = s.filesDone() >= s.filesTotal() ? 0 : s.eta().map(java.time.Duration::toMillis).orElse(-1L);
        return String.format(Locale.ROOT, " [elapsed_ms=%d eta_ms=%d done_bytes=%d work_left=%d]",
                s.elapsed().toMillis(), eta, s.bytesDone(), s.workLeft());
    }

    static String line(ProgressTracker.Snapshot s) {
        return String.format(Locale.ROOT, "progress %d/%d files, %d failed, %.1f files/s, elapsed %s, ETA %s",
                s.filesDone(), s.filesTotal(), s.failed(), s.filesPerSecond(), Durations.clock(s.elapsed()),
                s.filesDone() >= s.filesTotal() ? "0:00" : s.eta().map(Durations::clock).orElse("?"));
    }
}
