package dev.pdfbulk.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a run's diagnostic progress lines ({@code ingest --progress-interval-ms}) through this build's
 * {@link EtaEstimator}: each line's {@code done_bytes} plus {@link ProgressTracker#FILE_WORK_BYTES} a file done, and
 * its {@code work_left}, as the tracker handed them over. With the estimator of the build that wrote the log this
 * gives back the ETA each line showed (to the millisecond the log rounds its times to), so a change of the estimator
 * can be judged on recorded runs. Given the run's corpus ({@code --corpus DIR}, one for each size of run), the work
 * left is computed again by this build's tracker from each line's files and bytes done ({@link TrackerRebuild}), so
 * a change of the tracker's work measure (a file's fixed cost, the long-file rule) can be judged too; the workers are
 * read from the log's name ({@code log_w2_r1.txt}), the cores from {@code --lanes N} (the machine's by default). A
 * profiling aid (docs/performance.md, "The ETA check"), not a test.
 *
 * <p>Usage: {@code EtaReplay [--corpus DIR]... [--lanes N] LOG...}: every reading from a quarter of the files on, a
 * line a log, and one for all the logs.
 */
public final class EtaReplay {

    private static final Pattern LINE = Pattern.compile(
            "^progress (\\d+)/(\\d+) files,.*\\[elapsed_ms=(\\d+) eta_ms=(-?\\d+) done_bytes=(\\d+) work_left=(\\d+)]");

    /** One progress line and the ETA replayed at it; times in seconds, {@code replayed} negative while unknown. */
    public record Reading(long files, long total, double elapsed, double shown, double realLeft, double replayed) {

        public double share() {
            return (double) files / total;
        }

        public double error() {
            return (replayed - realLeft) / realLeft;
        }

        /** A reading the error can be taken at: before the last file, with time left and an ETA known. */
        public boolean counts() {
            return files < total && realLeft > 0 && replayed >= 0;
        }
    }

    private EtaReplay() {
    }

    public static void main(String[] args) throws IOException {
        List<long[]> corpora = new ArrayList<>();
        List<Reading> all = new ArrayList<>();
        List<Reading> marks = new ArrayList<>();
        int lanes = Runtime.getRuntime().availableProcessors();
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            if (arg.equals("--corpus")) {
                corpora.add(TrackerRebuild.sizesOf(Path.of(args[++a])));
                continue;
            }
            if (arg.equals("--lanes")) {
                lanes = Integer.parseInt(args[++a]);
                continue;
            }
            List<String> log = Files.readAllLines(Path.of(arg));
            List<Reading> readings = corpora.isEmpty() ? replay(log) : replay(log, rebuild(log, arg, corpora, lanes));
            List<Reading> from25 = readings.stream().filter(r -> r.counts() && r.share() >= 0.25).toList();
            for (Reading r : from25) {
                System.out.printf(Locale.ROOT, "%s %5.1f%% at %6.2f s: shown %6.2f, replayed %6.2f, real %6.2f, %+4.0f%%%n",
                        arg, 100 * r.share(), r.elapsed(), r.shown(), r.replayed(), r.realLeft(), 100 * r.error());
            }
            List<Reading> to90 = from25.stream().filter(r -> r.share() <= 0.90).toList();
            all.addAll(to90);
            first(to90, 0.25).ifPresent(marks::add);
            first(to90, 0.50).ifPresent(marks::add);
            System.out.printf(Locale.ROOT, "%s: at 25%% %s, at 50%% %s, worst 25-90%% %s, worst 25-100%% %s, "
                            + "mean 25-90%% %.0f%%, beyond 20%%: %d of %d%n", arg, percent(first(to90, 0.25)),
                    percent(first(to90, 0.50)), percent(worst(to90)), percent(worst(from25)), 100 * meanError(to90),
                    to90.stream().filter(r -> Math.abs(r.error()) > 0.20).count(), to90.size());
        }
        System.out.printf(Locale.ROOT, "all: worst 25-90%% %s, mean 25-90%% %.1f%%, beyond 20%%: %d of %d, "
                        + "worst at 25%% or 50%% %s%n", percent(worst(all)), 100 * meanError(all),
                all.stream().filter(r -> Math.abs(r.error()) > 0.20).count(), all.size(), percent(worst(marks)));
    }

    // The tracker of a log's run: the corpus of as many files, the workers its name says (log_w2_r1.txt).
    private static TrackerRebuild rebuild(List<String> log, String name, List<long[]> corpora, int cores) {
        long total = lines(log).get(0)[1];
        Matcher m = Pattern.compile("w(\\d+)_").matcher(Path.of(name).getFileName().toString());
        int workers = m.find() ? Integer.parseInt(m.group(1)) : 1;
        long[] sizes = corpora.stream().filter(c -> c.length == total).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus of " + total + " files for " + name));
        return new TrackerRebuild(sizes, workers, Math.min(workers, cores));
    }

    /**
     * The readings of a log's lines with the work left computed again by this build's tracker, its state rebuilt
     * from each line's files and bytes done.
     */
    static List<Reading> replay(List<String> log, TrackerRebuild run) {
        List<long[]> lines = lines(log);
        List<Reading> readings = new ArrayList<>();
        long[] last = lines.get(lines.size() - 1);
        EtaEstimator eta = new EtaEstimator(run.bytes() + ProgressTracker.FILE_WORK_BYTES * run.files());
        for (long[] l : lines) {
            long done = l[4] + ProgressTracker.FILE_WORK_BYTES * l[0];
            double left = run.at(l[0], l[4]).workLeft(done);
            Optional<java.time.Duration> d = eta.update(l[2] * 1_000_000L, done, left);
            readings.add(new Reading(l[0], l[1], l[2] / 1000.0, l[3] / 1000.0, (last[2] - l[2]) / 1000.0,
                    d.map(x -> x.toNanos() / 1e9).orElse(-1.0)));
        }
        return readings;
    }

    private static List<long[]> lines(List<String> log) {
        List<long[]> lines = new ArrayList<>();
        for (String text : log) {
            Matcher m = LINE.matcher(text.trim());
            if (m.find()) {
                long[] line = new long[6];
                for (int i = 0; i < line.length; i++) {
                    line[i] = Long.parseLong(m.group(i + 1));
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /** The readings of a log's lines, replayed in order through a fresh estimator. */
    public static List<Reading> replay(List<String> log) {
        List<long[]> lines = new ArrayList<>();
        for (String text : log) {
            Matcher m = LINE.matcher(text.trim());
            if (m.find()) {
                long[] line = new long[6];
                for (int i = 0; i < line.length; i++) {
                    line[i] = Long.parseLong(m.group(i + 1));
                }
                lines.add(line);
            }
        }
        List<Reading> readings = new ArrayList<>();
        if (lines.isEmpty()) {
            return readings;
        }
        long[] last = lines.get(lines.size() - 1);
        long totalWork = last[4] + ProgressTracker.FILE_WORK_BYTES * last[1];
        EtaEstimator eta = new EtaEstimator(totalWork);
        for (long[] l : lines) {
            long done = l[4] + ProgressTracker.FILE_WORK_BYTES * l[0];
            Optional<java.time.Duration> d = eta.update(l[2] * 1_000_000L, done, (double) l[5]);
            readings.add(new Reading(l[0], l[1], l[2] / 1000.0, l[3] / 1000.0, (last[2] - l[2]) / 1000.0,
                    d.map(x -> x.toNanos() / 1e9).orElse(-1.0)));
        }
        return readings;
    }

    private static Optional<Reading> first(List<Reading> readings, double share) {
        return readings.stream().filter(r -> r.share() >= share).findFirst();
    }

    private static Optional<Reading> worst(List<Reading> readings) {
        return readings.stream().max((a, b) -> Double.compare(Math.abs(a.error()), Math.abs(b.error())));
    }

    private static double meanError(List<Reading> readings) {
        return readings.stream().mapToDouble(r -> Math.abs(r.error())).average().orElse(0);
    }

    private static String percent(Optional<Reading> reading) {
        return reading.map(r -> String.format(Locale.ROOT, "%+.0f%% (%.0f%% of the files, %.2f s left)",
                100 * r.error(), 100 * r.share(), r.realLeft())).orElse("-");
    }
}
