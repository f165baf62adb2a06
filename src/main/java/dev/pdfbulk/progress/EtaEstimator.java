package dev.pdfbulk.progress;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Estimates the time left from bytes done, not files done, so a few large statements do not wreck it.
 *
 * <p>A JVM run does not go at one rate: it starts slow and speeds up over its first seconds while the JIT
 * compiles the hot code (on 2 cores, from about a tenth of its final rate in the first half second to
 * nine tenths after 4 s), so the rate measured so far overestimates the time left, by 30 % to 160 % at
 * a quarter of a 5 to 15 s run; on long runs the JIT keeps at it for half a minute. The estimator therefore
 * models the rate as {@code r·(1 − e^(−t/τ))}: it picks the warm-up time τ (0 to 6 s, or to a third of the
 * time so far if that is longer) that best fits the progress so far (least squares), measures r over
 * a recent window (the last third of the run, at least 2.5 s, so later changes of pace are followed), and
 * solves for the time the rest of the bytes take at that rising rate. Once the run is well past τ this is
 * simply the recent rate. Chosen by replaying measured runs (bench/run.sh, docs/performance.md).
 *
 * <p>Thread-safe; {@link #update} is cheap enough to call on every file and every redraw.
 */
public final class EtaEstimator {

    private static final double MIN_WINDOW = 2.5;
    private static final double MIN_LONGEST_WARM_UP = 6.0;
    private static final int WARM_UP_SHARE = 3;
    private static final int WINDOW_SHARE = 3;
    private static final double REFIT_EVERY = 0.25;
    private static final int MAX_SAMPLES = 512;
    private static final double[] WARM_UP_TIMES = warmUpTimes();

    private final long totalBytes;
    /** Progress so far, in seconds and bytes, at least {@link #spacing} apart (the last one excepted). */
    private double[] times = new double[MAX_SAMPLES];
    private double[] bytes = new double[MAX_SAMPLES];
    private int samples;
    private double spacing = 0.05;
    private double tau;
    private double fittedAt = Double.NEGATIVE_INFINITY;

    /** @param totalBytes bytes of all the work, from the pre-count */
    public EtaEstimator(long totalBytes) {
        this.totalBytes = totalBytes;
        add(0, 0);
    }

    /**
     * Records progress and returns the estimate.
     *
     * @param elapsedNanos time since the run started
     * @param doneBytes    bytes of the work done so far
     * @return time left, empty until something is done
     */
    public Optional<Duration> update(long elapsedNanos, long doneBytes) {
        return update(elapsedNanos, doneBytes, totalBytes - doneBytes);
    }

    /**
     * Records progress and returns the estimate for a given amount of work left.
     *
     * @param elapsedNanos time since the run started
     * @param doneBytes    bytes of the work done so far
     * @param restBytes    the work left, in bytes at the pool's rate: more than the bytes left when part of it
     *                     cannot be shared out among the workers
     * @return time left, empty until something is done
     */
    public synchronized Optional<Duration> update(long elapsedNanos, long doneBytes, double restBytes) {
        double now = elapsedNanos / 1e9;
        record(now, doneBytes);
        if (doneBytes <= 0 || now <= 0) {
            return Optional.empty();
        }
        if (now - fittedAt >= REFIT_EVERY) {
            tau = fitWarmUpTime(Math.max(MIN_LONGEST_WARM_UP, now / WARM_UP_SHARE));
            fittedAt = now;
        }
        int start = windowStart(now - Math.max(MIN_WINDOW, now / WINDOW_SHARE));
        double warmedTime = warmed(now, tau) - warmed(times[start], tau);
        double progress = doneBytes - bytes[start];
        if (warmedTime <= 0 || progress <= 0) {
            return Optional.empty();
        }
        double rate = progress / warmedTime;
        double rest = Math.max(0, restBytes);
        return Optional.of(Duration.ofNanos((long) (timeFor(rest, rate, now) * 1e9)));
    }

    /**
     * Time worth of full-speed work done by {@code t} at a rate rising as {@code 1 − e^(−t/τ)}: the integral
     * of that curve from 0 to {@code t}.
     */
    static double warmed(double t, double tau) {
        return tau == 0 ? t : t - tau * -Math.expm1(-t / tau);
    }

    // The time T with rate·(warmed(now + T) − warmed(now)) = rest: between rest/rate and rest/rate + τ.
    private double timeFor(double rest, double rate, double now) {
        double low = rest / rate;
        double high = low + tau;
        double base = warmed(now, tau);
        for (int i = 0; i < 40 && high - low > 1e-4; i++) {
            double mid = (low + high) / 2;
            if (rate * (warmed(now + mid, tau) - base) < rest) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    // Least squares of bytes = r·warmed(t, τ) over the samples; the τ (up to longest) of the smallest residual.
    private double fitWarmUpTime(double longest) {
        double best = 0;
        double bestResidual = Double.POSITIVE_INFINITY;
        double squares = 0;
        for (int i = 0; i < samples; i++) {
            squares += bytes[i] * bytes[i];
        }
        for (double candidate : WARM_UP_TIMES) {
            if (candidate > longest) {
                break;
            }
            double cross = 0;
            double norm = 0;
            for (int i = 0; i < samples; i++) {
                double w = warmed(times[i], candidate);
                cross += bytes[i] * w;
                norm += w * w;
            }
            if (norm > 0) {
                double residual = squares - cross * cross / norm;
                if (residual < bestResidual) {
                    bestResidual = residual;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** The last sample at or before {@code time}, or the first. */
    private int windowStart(double time) {
        int found = Arrays.binarySearch(times, 0, samples, time);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(index, samples - 1));
    }

    private void record(double now, long doneBytes) {
        if (samples > 1 && now - times[samples - 2] < spacing) {
            // Too close to the one before: the newest reading replaces the last sample.
            times[samples - 1] = Math.max(now, times[samples - 1]);
            bytes[samples - 1] = Math.max(doneBytes, bytes[samples - 1]);
            return;
        }
        if (now < times[samples - 1]) {
            return;
        }
        if (samples == MAX_SAMPLES) {
            // Keep every other sample and the last: memory stays fixed however long the run.
            int kept = 0;
            for (int i = 0; i < samples; i += 2) {
                times[kept] = times[i];
                bytes[kept++] = bytes[i];
            }
            times[kept - 1] = times[samples - 1];
            bytes[kept - 1] = bytes[samples - 1];
            samples = kept;
            spacing *= 2;
        }
        add(now, doneBytes);
    }

    private void add(double time, double done) {
        times[samples] = time;
        bytes[samples++] = done;
    }

    private static double[] warmUpTimes() {
        // No warm-up, then 0.25 s to about 2 minutes in steps of a quarter.
        double[] taus = new double[30];
        taus[0] = 0;
        for (int k = 1; k < taus.length; k++) {
            taus[k] = 0.25 * Math.pow(1.25, k - 1);
        }
        return taus;
    }
}
