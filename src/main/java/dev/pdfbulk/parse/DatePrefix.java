package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/** The date a row's first words print: how many of them read as one date. Stateless. */
final class DatePrefix {

    private DatePrefix() {
    }

    /** The number of leading words, at most {@code most}, that read as one date; 0 when none do. */
    static int of(List<Word> words, int most) {
        return of(words, most, false);
    }

    /**
     * Like {@link #of(List, int)}; {@code inText}: the date runs on into text, so a month word that is also
     * an ordinary word needs its year ({@link DateParser#parseInText}).
     */
    static int of(List<Word> words, int most, boolean inText) {
        for (int n = Math.min(most, words.size()); n >= 1; n--) {
            String text = Phrase.join(words, 0, n);
            if ((inText ? DateParser.parseInText(text) : DateParser.parse(text)).isPresent()) {
                return n;
            }
        }
        return 0;
    }
}
