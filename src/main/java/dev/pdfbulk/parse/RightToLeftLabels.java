package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
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
     * The line with its cells in reading order where it ends with a right-to-left label ("٠٠٣١٠٢٨٤٧٥٠١٩٦٣٧   رقم
     * الحساب :", its value on its left): the cells mirrored about the line's middle, each cell's words kept as they
     * are, so the label comes first and its value after it, as a left-to-right label's. Any other line as it is.
     */
    static Line readingOrder(Line line) {
        List<Word> words = line.words();
        String last = words.get(words.size() - 1).text();
        // Cheap test first: such a label ends the line with its colon.
        if (words.size() < 2 || !last.endsWith(":") && !last.endsWith("\uFF1A")) {
            return line;
        }
        List<Phrase> cells = Phrase.split(line);
        if (cells.size() < 2 || !isRightToLeft(cells.get(cells.size() - 1).words().get(0).text())) {
            return line;
        }
        float ends = words.get(0).x() + words.get(words.size() - 1).right();
        List<Word> mirrored = new ArrayList<>(words.size());
        for (Phrase cell : cells) {
            float shift = ends - cell.right() - cell.left();
            for (Word w : cell.words()) {
                mirrored.add(new Word(w.text(), w.x() + shift, w.y(), w.width(), w.height(), w.space()));
            }
        }
        mirrored.sort(Comparator.comparingDouble(Word::x));
        return new Line(line.page(), line.y(), line.height(), mirrored);
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
