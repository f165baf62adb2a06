package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SharedEdgeTest {

    @Test
    void votesAsCountingEveryItemAgainstEveryOtherDoes() {
        Random random = new Random(2912);
        float[] heights = {8f, 10f, 9.5f, 7.2f, 0f, -1f, 1e-30f};
        for (int n = 0; n < 100_000; n++) {
            List<float[]> column = new ArrayList<>();
            int count = random.nextInt(40);
            float base = random.nextInt(3) == 0 ? 400.123f : 56f;
            for (int k = 0; k < count; k++) {
                // Positions on a grid of the reach (ties and items exactly at its end), or anywhere.
                float at = random.nextBoolean() ? base + 1.5f * random.nextInt(6) - 0.75f * random.nextInt(3)
                        : base + 20 * random.nextFloat();
                float height = random.nextInt(5) == 0 ? heights[random.nextInt(heights.length)] : 10f;
                if (random.nextInt(500) == 0) {
                    at = random.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY;
                }
                if (random.nextInt(500) == 0) {
                    height = random.nextBoolean() ? Float.NaN : Float.MAX_VALUE;
                }
                column.add(new float[] {at, height});
            }
            SharedEdge.Vote expected = byPairs(column, 0, 1);
            SharedEdge.Vote vote = SharedEdge.of(column, 0, 1);
            assertThat(vote.count()).as("%s", column.size()).isEqualTo(expected.count());
            assertThat(Float.floatToIntBits(vote.edge())).isEqualTo(Float.floatToIntBits(expected.edge()));
        }
    }

    @Test
    void theFirstOfEquallySharedEdgesWins() {
        List<float[]> items = List.of(new float[] {100, 10}, new float[] {200, 10}, new float[] {200.5f, 10},
                new float[] {100.5f, 10}, new float[] {300, 10});
        assertThat(SharedEdge.of(items, 0, 1)).isEqualTo(new SharedEdge.Vote(100, 2));
        assertThat(SharedEdge.of(List.of(), 0, 1).count()).isZero();
    }

    // The vote as it was first written, the definition: each item against every other.
    private static SharedEdge.Vote byPairs(List<float[]> items, int at, int height) {
        float best = Float.NaN;
        int bestCount = 0;
        for (float[] a : items) {
            int count = 0;
            for (float[] b : items) {
                if (Math.abs(a[at] - b[at]) <= SharedEdge.EDGE_EM * a[height]) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = a[at];
                bestCount = count;
            }
        }
        return new SharedEdge.Vote(best, bestCount);
    }
}
