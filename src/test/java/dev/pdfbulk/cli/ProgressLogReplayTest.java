package dev.pdfbulk.cli;

import dev.pdfbulk.progress.EtaReplay;
import dev.pdfbulk.progress.ProgressTracker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressLogReplayTest {

    private static final long MILLI = 1_000_000L;

    @Test
    void aDiagnosticLogReplaysToTheEtaItShowed() {
        // Given the diagnostic lines of a run: 2 workers, 40 files of 5 KB and a 200 KB one read page by page in the
        // middle (so the work left is at times the long file's, not the bytes left), getting faster as it goes.
        List<ProgressTracker.QueuedFile> largest = List.of(new ProgressTracker.QueuedFile(20, 20 * 5_000L, 200_000));
        ProgressTracker tracker = new ProgressTracker(41, 40 * 5_000L + 200_000, 2, largest, 0);
        List<String> log = new ArrayList<>();
        long ms = 400;
        for (int file = 0; file < 41; file++) {
            long size = file == 20 ? 200_000 : 5_000;
            tracker.fileStarted(file, size);
            for (int page = 0; page < size / 5_000; page++) {
                ms += 40 - Math.min(30, file / 2);
                tracker.workDone(file, size * 3 / 4 / (size / 5_000));
                if (ms % 100 < 40) {
                    ProgressTracker.Snapshot s = tracker.snapshot(ms * MILLI);
                    log.add(PlainProgressListener.line(s) + PlainProgressListener.exactTimes(s));
                }
            }
            tracker.workDone(file, size - size * 3 / 4 / (size / 5_000) * (size / 5_000));
            tracker.fileDone(false);
        }
        ProgressTracker.Snapshot end = tracker.snapshot(++ms * MILLI);
        log.add(PlainProgressListener.line(end) + PlainProgressListener.exactTimes(end));

        // When the log is replayed through the estimator
        List<EtaReplay.Reading> readings = EtaReplay.replay(log);

        // Then every line comes back, each with the ETA it showed
        assertThat(readings).hasSize(log.size());
        List<EtaReplay.Reading> known = readings.stream().filter(EtaReplay.Reading::counts).toList();
        assertThat(known).hasSizeGreaterThan(log.size() / 2);
        for (EtaReplay.Reading r : known) {
            assertThat(r.replayed()).isCloseTo(r.shown(), within(0.002));
        }
    }
}
