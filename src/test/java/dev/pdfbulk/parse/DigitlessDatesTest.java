package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DigitlessDatesTest {

    private static final String[] TEXTS = {"12", "1", "01/02/2025", "03.04.25", "2025-06-01", "Jan", "March", "marzo",
        "de", "2025", "(01", "Aug", "2025)", "to", "Payment", "12,", "5th", "June,", "BS", "R7.10.01", "2025年10月1日",
        "\u0661\u0662", "*", "1*", "Value", "date", "31", "del", "al", "May", "Sept.", "3.", "5.", "[2025", "Dec",
        "01/06", "30/06/2025:", "mai", "Okt", "2024.", "-", "the", "7"};

    // The definitions: every run from the longest down, joined anew.
    private static int prefixBefore(List<Word> words, int most, boolean inText) {
        for (int n = Math.min(most, words.size()); n >= 1; n--) {
            String text = Phrase.join(words, 0, n);
            if ((inText ? DateParser.parseInText(text) : DateParser.parse(text)).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    private static int suffixBefore(List<Word> words) {
        int size = words.size();
        for (int n = Math.min(LineClassifier.DATE_WORDS, size - 1); n >= 1; n--) {
            if (DateParser.parse(Phrase.join(words, size - n, size)).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    @Test
    void randomRowsReadAsWhenEveryRunWasTried() {
        Random random = new Random(2802);
        for (int r = 0; r < 30_000; r++) {
            List<Word> words = new ArrayList<>();
            for (int k = random.nextInt(9); k > 0; k--) {
                words.add(new Word(TEXTS[random.nextInt(TEXTS.length)], 10 * k, 100, 8, 8, 2));
            }
            int most = random.nextInt(7);
            boolean inText = random.nextBoolean();
            assertThat(DatePrefix.of(words, most, inText)).as("%s", words).isEqualTo(prefixBefore(words, most, inText));
            assertThat(DateCells.dateSuffix(words)).as("%s", words).isEqualTo(suffixBefore(words));
            int[] digit = Phrase.nextWithDigit(words);
            for (int i = 0; i < words.size(); i++) {
                assertThat(DateMention.longestAt(words, i, digit[i] - i + 1)).as("%s at %d", words, i)
                        .isEqualTo(DateMention.longestAt(words, i, 1));
            }
        }
    }
}
