package dev.pdfbulk.progress;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Estimates the time left from bytes done, not files done, so a few large statements do not wreck it.
 * The rate is measured over a recent window (the last third of the run, at least 2 s) rather than the
 * whole run: a JVM keeps getting faster for the first thousand files or so, and an older rate
 * overestimates the time left (measured with bench/run.sh, see docs/performance.md). Thread-safe.
 */
public final class EtaEstimator {

    private static final long MIN_WINDOW_NANOS = 2_000_000_000L;
    private static final int WINDOW_SHARE = 3;

    private record Sample(long nanos, long bytes) {
    }

    private final long totalBytes;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /** @param totalBytes bytes of all the work, from the pre-count */
    public EtaEstimator(long totalBytes) {
        this.totalBytes = totalBytes;
        samples.add(new Sample(0, 0));
    }

    /**
     * Records progress and returns the estimate.
     *
     * @param elapsedNanos time since the run started
     * @param doneBytes    bytes of the files finished so far
     * @return time left, empty until something is done
     */
    public synchronized Optional<Duration> update(long elapsedNanos, long doneBytes) {
        samples.addLast(new Sample(elapsedNanos, doneBytes));
        long window = Math.max(MIN_WINDOW_NANOS, elapsedNanos / WINDOW_SHARE);
        while (samples.size() > 2 && samples.peekFirst().nanos() < elapsedNanos - window
                && second().nanos() <= elapsedNanos - window) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long bytes = doneBytes - first.bytes();
        long nanos = elapsedNanos - first.nanos();
        if (doneBytes <= 0 || bytes <= 0 || nanos <= 0) {
            return Optional.empty();
        }
        long remaining = Math.max(0, totalBytes - doneBytes);
        return Optional.of(Duration.ofNanos((long) (remaining * ((double) nanos / bytes))));
    }

    private Sample second() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }
}
