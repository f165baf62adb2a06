package dev.pdfbulk.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressTrackerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFileCostsMoreThanItsBytes() {
        // 100 small files, then one long statement; each file takes (bytes + a fixed 4 KB) / rate.
        long fixed = 4_096;
        int small = 100;
        long smallBytes = 2_000;
        long bigBytes = 400_000;
        double rate = 100_000;
        long start = 7 * SECOND;
        ProgressTracker tracker = new ProgressTracker(small + 1, small * smallBytes + bigBytes, start);
        double t = 0;
        ProgressTracker.Snapshot snapshot = null;
        for (int i = 0; i < small / 2; i++) {
            t += (smallBytes + fixed) / rate;
            tracker.workDone(smallBytes);
            tracker.fileDone(false);
            snapshot = tracker.snapshot(start + (long) (t * SECOND));
        }
        double rest = ((small / 2.0) * (smallBytes + fixed) + bigBytes + fixed) / rate;
        // Counting bytes alone would say twice that (15.2 s for 7.1 s): the small files' rate in bytes is low.
        assertThat(snapshot.eta()).isPresent();
        assertThat(snapshot.eta().get().toNanos() / 1e9).isCloseTo(rest, within(0.02 * rest));
        assertThat(snapshot.filesDone()).isEqualTo(small / 2);
        assertThat(snapshot.bytesDone()).isEqualTo(small / 2 * smallBytes);
        assertThat(snapshot.elapsed()).isEqualTo(Duration.ofNanos((long) (t * SECOND)));
    }
}
