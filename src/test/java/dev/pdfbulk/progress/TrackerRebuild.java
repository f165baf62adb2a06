package dev.pdfbulk.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Rebuilds, from a progress line's files done and bytes done, the state a {@link ProgressTracker} had (which files
 * were started, done, and how much of each was credited), so a log can be replayed through this build's tracker
 * and not only its estimator: a change of the work measure (a file's fixed cost, the long-file rule) can then be
 * judged on recorded runs. The run's files are the corpus's, taken in name order as the scanner takes them.
 *
 * <p>Assumed: the workers keep busy (files started = files done + workers), files end in the order they start
 * except the largest ones started, which may still be read while later ones end; a line's bytes done tell which.
 */
final class TrackerRebuild {

    private static final double PAGE_SHARE = 0.75;

    private final long[] sizes;
    private final long[] before;
    private final int workers;
    private final int lanes;
    private final List<ProgressTracker.QueuedFile> largest = new ArrayList<>();
    private final boolean[] done;

    TrackerRebuild(long[] sizes, int workers, int lanes) {
        this.sizes = sizes.clone();
        this.workers = workers;
        this.lanes = lanes;
        this.before = new long[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            before[i + 1] = before[i] + sizes[i];
        }
        PriorityQueue<Integer> top = new PriorityQueue<>(Comparator.comparingLong(i -> sizes[i]));
        for (int i = 0; i < sizes.length; i++) {
            top.add(i);
            if (top.size() > 16) {
                top.poll();
            }
        }
        top.stream().sorted().forEach(i -> largest.add(new ProgressTracker.QueuedFile(i, before[i], sizes[i])));
        this.done = new boolean[sizes.length];
    }

    /** The PDFs of a folder, in the scanner's order (by name), by size. */
    static long[] sizesOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toArray();
        }
    }

    long bytes() {
        return before[sizes.length];
    }

    int files() {
        return sizes.length;
    }

    /** A tracker holding the state of a line with {@code filesDone} files and {@code bytesDone} bytes done. */
    ProgressTracker at(long filesDone, long bytesDone) {
        int started = (int) Math.min(sizes.length, filesDone + workers);
        // The files done: the first ones started, but for the largest still being read (the fewest that fit).
        List<Integer> open = new ArrayList<>();
        for (int lag = 0; lag < workers; lag++) {
            open = openFiles(started, filesDone, lag);
            double credit = bytesDone - doneBytes(open, started);
            if (credit >= -2048) {
                break;
            }
        }
        ProgressTracker tracker = new ProgressTracker(sizes.length, bytes(), largest, workers, lanes, 0);
        long credited = 0;
        for (int i = 0; i < started; i++) {
            tracker.fileStarted(i, sizes[i]);
            if (!open.contains(i)) {
                done[i] = true;
                tracker.workDone(i, sizes[i]);
                tracker.fileDone(false);
                credited += sizes[i];
            }
        }
        // What is left is credited to the open files: half the pages of the others (read half way, on average),
        // the rest to the largest, up to its pages' share.
        long rest = Math.max(0, bytesDone - credited);
        List<Integer> bySize = new ArrayList<>(open);
        bySize.sort(Comparator.comparingLong((Integer i) -> sizes[i]));
        for (int k = 0; k < bySize.size(); k++) {
            int i = bySize.get(k);
            double share = k == bySize.size() - 1 ? PAGE_SHARE : PAGE_SHARE / 2;
            long part = Math.min(rest, (long) (share * sizes[i]));
            tracker.workDone(i, part);
            rest -= part;
        }
        return tracker;
    }

    // The files started and not done: the last started, or the lag largest started (not yet seen done) and the
    // last ones, so that filesDone of the started are done.
    private List<Integer> openFiles(int started, long filesDone, int lag) {
        int openCount = (int) (started - filesDone);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < started; i++) {
            if (!done[i]) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
        List<Integer> open = new ArrayList<>(candidates.subList(0, Math.min(lag, Math.min(openCount,
                candidates.size()))));
        for (int i = started - 1; i >= 0 && open.size() < openCount; i--) {
            if (!open.contains(i)) {
                open.add(i);
            }
        }
        return open;
    }

    private long doneBytes(List<Integer> open, int started) {
        long sum = before[started];
        for (int i : open) {
            sum -= sizes[i];
        }
        return sum;
    }

    /** Checks a rebuild against a log written with this build's tracker: {@code TrackerRebuild CORPUS WORKERS LOG}. */
    public static void main(String[] args) throws IOException {
        TrackerRebuild run = new TrackerRebuild(sizesOf(Path.of(args[0])), Integer.parseInt(args[1]),
                Math.min(Integer.parseInt(args[1]), Runtime.getRuntime().availableProcessors()));
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "^progress (\\d+)/(\\d+) files,.*done_bytes=(\\d+) work_left=(\\d+)]");
        double worst = 0;
        for (String text : Files.readAllLines(Path.of(args[2]))) {
            java.util.regex.Matcher m = line.matcher(text);
            if (m.find()) {
                long files = Long.parseLong(m.group(1));
                long bytes = Long.parseLong(m.group(3));
                long logged = Long.parseLong(m.group(4));
                double left = run.at(files, bytes).workLeft(bytes + ProgressTracker.FILE_WORK_BYTES * files);
                worst = Math.max(worst, Math.abs(left - logged) / Math.max(1, logged));
                System.out.printf("%d %d logged %d rebuilt %.0f%n", files, bytes, logged, left);
            }
        }
        System.out.printf("worst %.4f%n", worst);
    }
}
