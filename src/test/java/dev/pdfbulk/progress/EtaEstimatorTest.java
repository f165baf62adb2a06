package dev.pdfbulk.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EtaEstimatorTest {

    private static final long SECOND = 1_000_000_000L;

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
    void followsTheRecentRateOnceTheRunSpeedsUp() {
        // A cold JVM: 10 bytes a second for 10 s, then 100 a second for 20 s.
        EtaEstimator eta = new EtaEstimator(10_000);
        long done = 0;
        for (int s = 1; s <= 30; s++) {
            done += s <= 10 ? 10 : 100;
            eta.update(s * SECOND, done);
        }
        // The window is the last third (10 s), all of it at the warm rate.
        assertThat(eta.update(30 * SECOND, done)).contains(Duration.ofMillis((10_000 - done) * 10));
    }
}
