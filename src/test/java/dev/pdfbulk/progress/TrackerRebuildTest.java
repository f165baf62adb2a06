package dev.pdfbulk.progress;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrackerRebuildTest {

    @Test
    void aRunsWorkLeftIsRebuiltFromItsFilesAndBytesDone() {
        // 40 small files and a long one at position 15, 2 workers taking them in order: pages credit three quarters
        // of a file, the rest comes when it is done; the long file is still read while later ones end.
        long[] sizes = new long[41];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = i == 15 ? 300_000 : 5_000 + 97 * i;
        }
        int workers = 2;
        long bytes = 0;
        for (long size : sizes) {
            bytes += size;
        }
        long before = 0;
        for (int i = 0; i < 15; i++) {
            before += sizes[i];
        }
        ProgressTracker tracker = new ProgressTracker(sizes.length, bytes,
                List.of(new ProgressTracker.QueuedFile(15, before, sizes[15])), workers, workers, 0);
        TrackerRebuild rebuild = new TrackerRebuild(sizes, workers, workers);
        long[] credited = new long[sizes.length];
        List<Integer> reading = new ArrayList<>();
        int next = 0;
        long filesDone = 0;
        long bytesDone = 0;
        int compared = 0;
        while (filesDone < sizes.length) {
            while (reading.size() < workers && next < sizes.length) {
                tracker.fileStarted(next, sizes[next]);
                reading.add(next++);
            }
            for (int file : List.copyOf(reading)) {
                long pages = (long) (0.75 * sizes[file]);
                long part = credited[file] < pages ? Math.min(2_000, pages - credited[file]) : sizes[file] - pages;
                tracker.workDone(file, part);
                credited[file] += part;
                bytesDone += part;
                if (credited[file] == sizes[file]) {
                    tracker.fileDone(false);
                    filesDone++;
                    reading.remove((Integer) file);
                }
            }
            long done = bytesDone + ProgressTracker.FILE_WORK_BYTES * filesDone;
            double left = tracker.workLeft(done);
            if (left > 0) {
                assertThat(rebuild.at(filesDone, bytesDone).workLeft(done)).isCloseTo(left, within(0.05 * left));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
