package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * Labels in a right-to-left script (Hebrew, Arabic): read from right to left, so the value a label names stands
 * to its left on the line ("1,840.25- יתרה קודמת"), where a left-to-right label has it on its right. Stateless.
 */
final class RightToLeftLabels {

    private RightToLeftLabels() {
    }

    /** True when the word starts with a letter of a right-to-left script (bidi class R or AL). */
    static boolean isRightToLeft(String word) {
        if (word.isEmpty() || word.charAt(0) < 0x0590) {
            return false;
        }
        byte d = Character.getDirectionality(word.charAt(0));
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * The amount printed left of the label starting at word {@code labelFirst}, as a left-to-right label's is read on
     * its right: the one to four words before it, nearest first, when they read as one amount; else null.
     */
    static Amount amountBefore(List<Word> words, int labelFirst) {
        for (int n = 1; n <= Math.min(4, labelFirst); n++) {
            Optional<Amount> a = AmountParser.parseInMoneyPlace(Phrase.join(words, labelFirst - n, labelFirst), true);
            if (a.isPresent()) {
                return a.get();
            }
        }
        return null;
    }
}
