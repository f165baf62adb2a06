package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TablePitchesTest {

    @Test
    void medianAndWidestAsSortingAndLoopingGaveThem() {
        Random random = new Random(27);
        // Pitches as tables give them (a few values, repeated), and the odd ones: zero of either sign, NaN.
        float[] odd = {0f, -0f, Float.NaN, 0.5f, 1e-7f};
        for (int n = 0; n < 2_000; n++) {
            TablePitches pitches = new TablePitches();
            List<Float> added = new ArrayList<>();
            int count = 1 + random.nextInt(80);
            for (int k = 0; k < count; k++) {
                float p = random.nextInt(10) == 0 ? odd[random.nextInt(odd.length)] : 10 + random.nextInt(6) * 1.5f;
                pitches.add(p);
                added.add(p);
                float[] sorted = new float[added.size()];
                float widest = 0;
                for (int j = 0; j < sorted.length; j++) {
                    sorted[j] = added.get(j);
                    widest = Math.max(widest, added.get(j));
                }
                Arrays.sort(sorted);
                assertThat(pitches.size()).isEqualTo(added.size());
                assertThat(Float.floatToRawIntBits(pitches.median())).as(added.toString())
                        .isEqualTo(Float.floatToRawIntBits(sorted[sorted.length / 2]));
                assertThat(Float.floatToRawIntBits(pitches.widest())).isEqualTo(Float.floatToRawIntBits(widest));
            }
        }
    }

    @Test
    void noPitchIsWidestZero() {
        assertThat(new TablePitches().widest()).isZero();
        assertThat(new TablePitches().size()).isZero();
    }
}
