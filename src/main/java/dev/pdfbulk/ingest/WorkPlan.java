package dev.pdfbulk.ingest;

import dev.pdfbulk.scan.PdfScanner;
import dev.pdfbulk.scan.ScanOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * The quick pre-count of a run's work, so progress can show a total and an ETA from bytes done: files, their
 * bytes, the worker count, and where the largest files stand in the queue. Walks names and sizes only.
 *
 * @param files   number of PDFs
 * @param bytes   their total size
 * @param workers files read in parallel
 * @param largest the largest files (at most {@value #LARGEST}), by position: a statement far larger than the
 *                rest is read by one worker alone, which an ETA from the pool's rate misses
 */
public record WorkPlan(long files, long bytes, int workers, List<PlannedFile> largest) {

    static final int LARGEST = 16;

    /**
     * One file of the plan.
     *
     * @param position    its place in the order files are taken, from 0 (as {@link IngestListener#fileStarted})
     * @param bytesBefore the bytes of the files taken before it
     * @param bytes       its size
     */
    public record PlannedFile(long position, long bytesBefore, long bytes) {
    }

    public WorkPlan {
        largest = List.copyOf(largest);
    }

    /** A plan that knows only the totals. */
    public static WorkPlan of(long files, long bytes, int workers) {
        return new WorkPlan(files, bytes, workers, List.of());
    }

    static WorkPlan of(IngestOptions options, ScanOptions scan) throws IOException {
        Counter counter = new Counter();
        counter.count(options.pdfDir(), scan);
        // --retry-failed takes the failed folder after the input folder, as the pre-count does.
        if (options.retryFailed() && Files.isDirectory(options.failedDir())) {
            counter.count(options.failedDir(), ScanOptions.wholeTree());
        }
        List<PlannedFile> largest = new ArrayList<>(counter.largest);
        largest.sort(Comparator.comparingLong(PlannedFile::position));
        return new WorkPlan(counter.files, counter.bytes, options.workers(), largest);
    }

    private static final class Counter {
        private long files;
        private long bytes;
        private final PriorityQueue<PlannedFile> largest =
                new PriorityQueue<>(Comparator.comparingLong(PlannedFile::bytes));

        void count(Path root, ScanOptions scan) throws IOException {
            try (Stream<Path> stream = new PdfScanner(scan).scan(root)) {
                Iterator<Path> it = stream.iterator();
                while (it.hasNext()) {
                    add(sizeOf(it.next()));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private void add(long size) {
            PlannedFile file = new PlannedFile(files, bytes, size);
            files++;
            bytes += size;
            if (largest.size() < LARGEST) {
                largest.add(file);
            } else if (size > largest.peek().bytes()) {
                largest.poll();
                largest.add(file);
            }
        }

        private static long sizeOf(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                // Vanished between listing and sizing: it counts as a file of no size.
                return 0;
            }
        }
    }
}
