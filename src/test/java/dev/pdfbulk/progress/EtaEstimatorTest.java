package dev.pdfbulk.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EtaEstimatorTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    @Test
    void unknownUntilSomethingIsDone() {
        EtaEstimator eta = new EtaEstimator(1000);
        assertThat(eta.update(SECOND, 0)).isEmpty();
    }

    @Test
    void steadyRateGivesTheExactRest() {
        EtaEstimator eta = new EtaEstimator(1000);
        for (int s = 1; s < 5; s++) {
            eta.update(s * SECOND, s * 100L);
        }
        assertThat(eta.update(5 * SECOND, 500)).contains(Duration.ofSeconds(5));
    }

    @Test
    void aWarmingUpRunIsForeseenToSpeedUp() {
        // A JVM warming up: 1,000 bytes a second at full speed, reached as 1 - e^(-t/1.5 s).
        long total = 10_000;
        EtaEstimator eta = new EtaEstimator(total);
        Duration shown = Duration.ZERO;
        for (long ms = 20; ms <= 3_000; ms += 20) {
            shown = eta.update(ms * MILLI, (long) (1000 * EtaEstimator.warmed(ms / 1000.0, 1.5))).orElse(shown);
        }
        double end = solve(total, 1.5);

        // The rate so far (about 500 a second) would say 14 s; the truth is 8.7 s.
        assertThat(shown.toMillis() / 1000.0).isCloseTo(end - 3.0, within(0.05 * (end - 3.0)));
    }

    @Test
    void aSlowWarmUpIsForeseenAtAQuarterOfAShortRun() {
        // A cold parser: full speed reached as 1 - e^(-t/5 s), longer than the 3 s the fit was once held to; a
        // quarter of the bytes are done after about 4.5 s of a 10 s run.
        long total = 6_000;
        EtaEstimator eta = new EtaEstimator(total);
        Duration shown = Duration.ZERO;
        for (long ms = 20; ms <= 4_500; ms += 20) {
            shown = eta.update(ms * MILLI, (long) (1000 * EtaEstimator.warmed(ms / 1000.0, 5))).orElse(shown);
        }
        double end = solve(total, 5);

        assertThat(shown.toMillis() / 1000.0).isCloseTo(end - 4.5, within(0.1 * (end - 4.5)));
    }

    @Test
    void followsTheRecentRateOnceTheRunChangesPace() {
        // 10 bytes a second for 10 s, then 100 a second for 20 s: a change no warm-up curve explains.
        EtaEstimator eta = new EtaEstimator(10_000);
        long done = 0;
        for (int s = 1; s <= 30; s++) {
            done += s <= 10 ? 10 : 100;
            eta.update(s * SECOND, done);
        }
        // The window is the last third (10 s), all of it at the new rate; a warm-up curve fitted to the jump may
        // still expect a little more speed. The rate of the whole run would say 113 s.
        double expected = (10_000 - done) / 100.0;
        assertThat(eta.update(30 * SECOND, done).orElseThrow().toMillis() / 1000.0)
                .isCloseTo(expected, within(0.10 * expected));
    }

    @Test
    void aLongRunOfFrequentUpdatesKeepsItsAccuracy() {
        // 40,000 updates, 5 ms apart: the samples are thinned out many times over.
        EtaEstimator eta = new EtaEstimator(1_000_000);
        Duration shown = Duration.ZERO;
        for (long ms = 5; ms <= 200_000; ms += 5) {
            shown = eta.update(ms * MILLI, ms * 4).orElseThrow();
        }
        assertThat(shown.toMillis()).isCloseTo(50_000, within(500L));
    }

    /** When a run warming up with time constant tau reaches total bytes at 1,000 bytes a second. */
    private static double solve(long total, double tau) {
        double t = 0;
        while (1000 * EtaEstimator.warmed(t, tau) < total) {
            t += 0.001;
        }
        return t;
    }
}
