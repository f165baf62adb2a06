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
        int longest = Math.min(most, words.size());
        int first = 0;
        while (first < longest && !DateParser.hasDigit(words.get(first).text())) {
            first++;
        }
        if (first == longest) {
            return 0;
        }
        // Each prefix is a start of the longest one's text: joined once, then cut at each word's end.
        String joined = Phrase.join(words, 0, longest);
        int[] ends = new int[longest + 1];
        for (int k = 1; k <= longest; k++) {
            ends[k] = ends[k - 1] + (k > 1 ? 1 : 0) + words.get(k - 1).text().length();
        }
        for (int n = longest; n > first; n--) {
            String text = n == longest ? joined : n == 1 ? words.get(0).text() : joined.substring(0, ends[n]);
            if ((inText ? DateParser.parseInText(text) : DateParser.parse(text)).isPresent()) {
                return n;
            }
        }
        return 0;
    }
}
