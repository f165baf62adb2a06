package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * Text printed over text: a word of a table's line starting further left than the end of the word before it, by more
 * than the gap that parts two cells. Each was set on its own, so the line's cells cannot be told apart by where the
 * words stand: a description run over a reference or amount cell may take words of it, and its own words run on
 * glued to the next cell's ("WEMBLEYREF"). The balances prove the amounts, never which cell a word is in. Stateless.
 */
final class Overprint {

    private Overprint() {
    }

    /** Whether a word of {@code line} starts more than a cell gap left of the previous word's end, neither an amount. */
    static boolean in(Line line) {
        List<Word> words = line.words();
        for (int k = 1; k < words.size(); k++) {
            Word previous = words.get(k - 1);
            Word w = words.get(k);
            // Cheap test first: words in x order overlap only where the previous one ends right of this one's start.
            if (previous.right() > w.x() && previous.right() - w.x() > Phrase.cellGap(previous, w)
                    && k > DatePrefix.of(words, LineClassifier.DATE_WORDS)
                    && AmountParser.parse(previous.text()).isEmpty() && AmountParser.parse(w.text()).isEmpty()
                    && DateParser.parse(previous.text()).isEmpty()) {
                // A date (starting the line, or a value date's one word) or an amount is read by its pattern, not by
                // where its words stand: text over it leaves it a date or an amount, which the balances check.
                return true;
            }
        }
        return false;
    }
}
