package dev.pdfbulk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** The repetitions of one measurement: best wall time, highest peak RSS, whether every run succeeded. */
final class Series {

    private final List<TimedProcess.Result> runs = new ArrayList<>();
    private final Predicate<TimedProcess.Result> ok;

    /** @param ok what a successful run looks like (exit code, output) */
    Series(Predicate<TimedProcess.Result> ok) {
        this.ok = ok;
    }

    void add(TimedProcess.Result result) {
        runs.add(result);
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    List<TimedProcess.Result> runs() {
        return runs;
    }

    /** Fastest wall time, in seconds: the least disturbed by the noise of a shared machine. */
    double best() {
        return runs.stream().mapToDouble(TimedProcess.Result::seconds).min().orElse(Double.NaN);
    }

    /**
     * The median, over repetitions, of this series' wall time over {@code other}'s in the same repetition:
     * the two were measured minutes apart at most, so a machine that is slower for a while slows both.
     */
    double pairedRatio(Series other) {
        int n = Math.min(runs.size(), other.runs.size());
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = runs.get(i).seconds() / other.runs.get(i).seconds();
        }
        java.util.Arrays.sort(ratios);
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    /** Least CPU time (user + system) of the repetitions, seconds; NaN when not measured. */
    double bestCpu() {
        return runs.stream().mapToDouble(TimedProcess.Result::cpu).filter(c -> !Double.isNaN(c)).min()
                .orElse(Double.NaN);
    }

    /** Highest peak RSS of all repetitions, MiB; NaN when not measured. */
    double peakRssMb() {
        OptionalDouble max = runs.stream().filter(r -> r.rssKb().isPresent()).mapToDouble(TimedProcess.Result::rssMb)
                .max();
        return max.orElse(Double.NaN);
    }

    boolean allOk() {
        return !runs.isEmpty() && runs.stream().allMatch(ok);
    }

    TimedProcess.Result last() {
        return runs.get(runs.size() - 1);
    }
}
