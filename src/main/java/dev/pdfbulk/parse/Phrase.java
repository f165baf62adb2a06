package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of one line separated by no more than an ordinary space: a cell of a table row.
 *
 * @param words the words, left to right, never empty
 */
record Phrase(List<Word> words) {

    // Gaps up to this share of the text height are spaces inside one cell; wider ones separate cells.
    private static final float CELL_GAP = 0.75f;

    Phrase {
        words = List.copyOf(words);
    }

    float left() {
        return words.get(0).x();
    }

    float right() {
        return words.get(words.size() - 1).right();
    }

    float centre() {
        return (left() + right()) / 2;
    }

    String text() {
        return join(words);
    }

    static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** Splits a line into cells at gaps wider than a space. */
    static List<Phrase> split(Line line) {
        List<Phrase> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : line.words()) {
            float em = Math.max(4f, Math.max(w.height(), previous == null ? 0 : previous.height()));
            if (previous != null && w.x() - previous.right() > CELL_GAP * em) {
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
}
