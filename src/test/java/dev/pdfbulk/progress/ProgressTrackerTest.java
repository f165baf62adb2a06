package dev.pdfbulk.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressTrackerTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long FIXED = ProgressTracker.FILE_WORK_BYTES;

    @Test
    void aFileCostsMoreThanItsBytes() {
        // 100 small files, then one long statement; each file takes (bytes + a fixed 4 KB) / rate.
        int small = 100;
        long smallBytes = 2_000;
        long bigBytes = 400_000;
        double rate = 100_000;
        long start = 7 * SECOND;
        ProgressTracker tracker = new ProgressTracker(small + 1, small * smallBytes + bigBytes, start);
        double t = 0;
        ProgressTracker.Snapshot snapshot = null;
        for (int i = 0; i < small / 2; i++) {
            t += (smallBytes + FIXED) / rate;
            tracker.fileStarted(i, smallBytes);
            tracker.workDone(i, smallBytes);
            tracker.fileDone(false);
            snapshot = tracker.snapshot(start + (long) (t * SECOND));
        }
        double rest = ((small / 2.0) * (smallBytes + FIXED) + bigBytes + FIXED) / rate;
        // Counting bytes alone would say twice that (15.2 s for 7.1 s): the small files' rate in bytes is low.
        assertThat(snapshot.eta()).isPresent();
        assertThat(snapshot.eta().get().toNanos() / 1e9).isCloseTo(rest, within(0.02 * rest));
        assertThat(snapshot.filesDone()).isEqualTo(small / 2);
        assertThat(snapshot.bytesDone()).isEqualTo(small / 2 * smallBytes);
        assertThat(snapshot.elapsed()).isEqualTo(Duration.ofNanos((long) (t * SECOND)));
    }

    @Test
    void aLongStatementBesideManySmallFilesLeavesTheEtaToTheBytesLeft() {
        // Two lanes of 50,000 bytes a second: one reads a long statement, the other 30 of 100 small files.
        long smallBytes = 6_000;
        long bigBytes = 600_000;
        double lane = 50_000;
        ProgressTracker tracker = new ProgressTracker(101, 100 * smallBytes + bigBytes,
                List.of(new ProgressTracker.QueuedFile(0, 0, bigBytes)), 2, 0);
        tracker.fileStarted(0, bigBytes);
        double t = 0;
        ProgressTracker.Snapshot snapshot = null;
        long bigRead = 0;
        for (int i = 1; i <= 30; i++) {
            long step = smallBytes + FIXED;
            t += step / lane;
            tracker.fileStarted(i, smallBytes);
            tracker.workDone(i, smallBytes);
            tracker.fileDone(false);
            tracker.workDone(0, step);
            bigRead += step;
            snapshot = tracker.snapshot((long) (t * SECOND));
        }
        // Its rest alone (6 s on one lane) is shorter than all that is left shared over both lanes (10 s).
        double alone = (bigBytes - bigRead + FIXED) / lane;
        double shared = (70 * (smallBytes + FIXED) + bigBytes - bigRead + FIXED) / (2 * lane);
        assertThat(alone).isLessThan(shared);
        assertThat(snapshot.eta().orElseThrow().toNanos() / 1e9).isCloseTo(shared, within(0.03 * shared));
    }

    @Test
    void theLongStatementsRestSetsTheEtaWhenItOutlastsTheOthers() {
        // Two lanes, 100,000 bytes a second in all: 20 small files done; the long statement half read, alone.
        long smallBytes = 10_000;
        long bigBytes = 1_000_000;
        ProgressTracker tracker = new ProgressTracker(21, 20 * smallBytes + bigBytes, List.of(), 2, 0);
        tracker.fileStarted(20, bigBytes);
        double rate = 100_000;
        double t = 0;
        ProgressTracker.Snapshot snapshot = null;
        for (int i = 0; i < 20; i++) {
            tracker.fileStarted(i, smallBytes);
            tracker.workDone(i, smallBytes);
            tracker.fileDone(false);
            tracker.workDone(20, 15_000);
            t += (smallBytes + FIXED + 15_000) / rate;
            snapshot = tracker.snapshot((long) (t * SECOND));
        }
        // 700,000 bytes of it left: one lane, half the pool's rate, takes 14 s; the bytes left alone would say 7 s.
        double alone = (bigBytes - 20 * 15_000 + FIXED) / (rate / 2);
        assertThat(snapshot.eta().orElseThrow().toNanos() / 1e9).isCloseTo(alone, within(0.05 * alone));

        ProgressTracker oneLane = new ProgressTracker(21, 20 * smallBytes + bigBytes, List.of(), 1, 0);
        assertThat(oneLane.workLeft(0)).isEqualTo(21 * FIXED + 20 * smallBytes + bigBytes);
    }

    @Test
    void aLongStatementStillQueuedCountsFromWhereItStarts() {
        // 10 small files of 10,000 bytes, then a statement of 500,000 bytes, then 10 more small files; two lanes.
        long small = 10_000;
        long big = 500_000;
        ProgressTracker.QueuedFile queued = new ProgressTracker.QueuedFile(10, 10 * small, big);
        ProgressTracker tracker = new ProgressTracker(21, 20 * small + big, List.of(queued), 2, 0);
        tracker.fileStarted(0, small);
        tracker.fileStarted(1, small);

        // Before it: 10 small files, 2 started; then it alone, over one lane.
        double before = 8 * (small + FIXED);
        assertThat(tracker.workLeft(0)).isEqualTo(before + 2 * (big + FIXED));

        // Once it started (the 10 small files before it done), its own rest counts; once done, the bytes left.
        for (int i = 2; i <= 10; i++) {
            tracker.fileStarted(i, i == 10 ? big : small);
        }
        for (int i = 0; i < 10; i++) {
            tracker.workDone(i, small);
        }
        tracker.workDone(10, big / 2);
        long done = 10 * (small + FIXED) + big / 2;
        assertThat(21 * FIXED + 20 * small + big - done).isLessThan(2 * (big / 2 + FIXED));
        assertThat(tracker.workLeft(done)).isEqualTo(2.0 * (big / 2 + FIXED));
        tracker.workDone(10, big / 2);
        done += big / 2;
        assertThat(tracker.workLeft(done)).isEqualTo(21 * FIXED + 20 * small + big - done);
    }

    @Test
    void aLongStatementReadBesideOthersOnSharedCoresGetsOneThreadsShare() {
        // Four workers on two cores, 100,000 bytes a second in all: the long statement starts beside three workers
        // taking 30 small files. While they last it gets a quarter of the pool, then one core: half of it.
        long small = 10_000;
        long big = 600_000;
        ProgressTracker tracker = new ProgressTracker(31, 30 * small + big, List.of(), 4, 2, 0);
        tracker.fileStarted(0, big);
        double others = 30 * (small + FIXED);
        double rate = 100_000;
        double othersEnd = others / (rate * 3 / 4);
        double bigLeftThen = big + FIXED - othersEnd * rate / 4;
        double trueSeconds = othersEnd + bigLeftThen / (rate / 2);
        assertThat(tracker.workLeft(0) / rate).isCloseTo(trueSeconds, within(1e-6));
        // Counting it over one core from the start would promise the end 2.8 s early.
        assertThat(2.0 * (big + FIXED) / rate).isLessThan(trueSeconds - 2.8);

        // With as many workers as cores, it has a core of its own from the start.
        ProgressTracker ownCore = new ProgressTracker(31, 30 * small + big, List.of(), 2, 2, 0);
        ownCore.fileStarted(0, big);
        assertThat(ownCore.workLeft(0)).isEqualTo(2.0 * (big + FIXED));
    }
}
