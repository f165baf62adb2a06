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

    // A gap wider than this many spaces of the font separates cells; an ordinary space joins words.
    private static final float CELL_GAP_SPACES = 1.6f;
    private static final float MIN_CELL_GAP_EM = 0.3f;

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
        return join(words, 0, words.size());
    }

    /** The texts of {@code words[from, to)} separated by single spaces. */
    static String join(List<Word> words, int from, int to) {
        if (to - from == 1) {
            return words.get(from).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.get(i).text());
        }
        return sb.toString();
    }

    static float cellGap(Word a, Word b) {
        float space = Math.max(a.space(), b.space());
        float em = Math.max(4f, Math.max(a.height(), b.height()));
        return Math.max(CELL_GAP_SPACES * space, MIN_CELL_GAP_EM * em);
    }

    /** Splits a line into cells at gaps wider than a space. */
    static List<Phrase> split(Line line) {
        List<Phrase> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : line.words()) {
            if (previous != null && w.x() - previous.right() > cellGap(previous, w)) {
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
