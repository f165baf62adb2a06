package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhraseSplitTest {

    // The definition: each cell's words gathered into a list of its own.
    private static List<Phrase> copied(Line line) {
        List<Phrase> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : line.words()) {
            if (previous != null && w.x() - previous.right() > Phrase.cellGap(previous, w)) {
                out.add(new Phrase(current));
                current = new ArrayList<>();
            }
            current.add(w);
            previous = w;
        }
        if (!current.isEmpty()) {
            out.add(new Phrase(current));
        }
        return out;
    }

    @Test
    void randomLinesSplitAsIntoCopiedCells() {
        Random random = new Random(28);
        for (int n = 0; n < 20_000; n++) {
            List<Word> words = new ArrayList<>();
            float x = random.nextFloat() * 50;
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                float width = 2 + random.nextFloat() * 40;
                float height = 4 + random.nextFloat() * 8;
                words.add(new Word("w" + k, x, 100, width, height, random.nextBoolean() ? 0 : random.nextFloat() * 4));
                x += width + random.nextFloat() * (random.nextBoolean() ? 4 : 30);
            }
            Line line = new Line(1, 100, 10, words);
            List<Phrase> split = Phrase.split(line);
            assertThat(split).isEqualTo(copied(line));
            for (Phrase p : split) {
                assertThat(p.words()).isNotEmpty();
                assertThat(p.words().hashCode()).isEqualTo(List.copyOf(p.words()).hashCode());
            }
        }
    }

    @Test
    void aPhraseOfAMutableListKeepsACopy() {
        List<Word> words = new ArrayList<>(List.of(new Word("a", 0, 0, 5, 8, 2)));
        Phrase phrase = new Phrase(words);
        words.add(new Word("b", 6, 0, 5, 8, 2));
        assertThat(phrase.words()).hasSize(1);
        assertThatThrownBy(() -> phrase.words().add(words.get(1))).isInstanceOf(UnsupportedOperationException.class);
        Phrase run = new Phrase(List.copyOf(words).subList(0, 1));
        assertThatThrownBy(() -> run.words().add(words.get(1))).isInstanceOf(UnsupportedOperationException.class);
    }
}
