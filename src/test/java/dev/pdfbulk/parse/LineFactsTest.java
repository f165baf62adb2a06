package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LineFactsTest {

    private static final String[] WORDS = {"Date", "Datum", "Amount", "Débit", "Credit", "Balance", "Solde",
        "Description", "Details", "Paid", "out", "in", "(£)", "EUR", "Money", "CARD", "PURCHASE", "TESCO", "12.50",
        "01/02", "Дата", "Сумма", "日付", "Posting", "Value"};

    @Test
    void aLinesFactsAreThoseOfItsWordsLookedUpAnew() {
        Random random = new Random(29);
        // Few baselines, so that lines of other words keep meeting in the same slots: only the words decide.
        List<Line> lines = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            lines.add(randomLine(random, 1 + random.nextInt(3), 100 + 12 * random.nextInt(6)));
        }
        for (int n = 0; n < 50_000; n++) {
            Line line = lines.get(random.nextInt(lines.size()));
            if (random.nextInt(4) == 0) {
                // The same words in a rebuilt line, as the stitchers make.
                line = new Line(line.page(), line.y(), line.height(), line.words());
            }
            assertThat(LineFacts.of(line)).as("%s", line).isEqualTo(HeaderWords.lineFacts(line.words()));
        }
    }

    @Test
    void linesOnTheSameBaselineWithOtherWordsKeepTheirOwnFacts() {
        Line header = new Line(1, 100, 8, List.of(word("Date", 10), word("Amount", 200)));
        Line row = new Line(1, 100, 8, List.of(word("TESCO", 10), word("12.50", 200)));
        for (int k = 0; k < 3; k++) {
            assertThat(HeaderWords.anyHeaderWord(LineFacts.of(header))).isTrue();
            assertThat(HeaderWords.anyHeaderWord(LineFacts.of(row))).isFalse();
        }
    }

    private static Line randomLine(Random random, int page, float y) {
        List<Word> words = new ArrayList<>();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            words.add(word(WORDS[random.nextInt(WORDS.length)], 20 * k));
        }
        return new Line(page, y, 8, words);
    }

    private static Word word(String text, float x) {
        return new Word(text, x, 100, 5 * text.length(), 8, 2);
    }
}
