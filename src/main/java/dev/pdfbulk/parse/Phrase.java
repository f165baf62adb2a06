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

    // A run of an immutable list (a line's words) is itself immutable: a phrase keeps it as it is, not a copy.
    private static final Class<?> IMMUTABLE_RUN = List.of(1, 2, 3).subList(0, 2).getClass();

    Phrase {
        words = words.getClass() == IMMUTABLE_RUN ? words : List.copyOf(words);
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

    /**
     * For each index k of {@code words} (and {@code words.size()}), the first index at or after k of a word with a
     * digit in it, {@code words.size()} when none: a date needs a digit ({@link DateParser#parse}), so no run of
     * words before that index reads as one.
     */
    static int[] nextWithDigit(List<Word> words) {
        int[] next = new int[words.size() + 1];
        next[words.size()] = words.size();
        for (int k = words.size() - 1; k >= 0; k--) {
            next[k] = DateParser.hasDigit(words.get(k).text()) ? k : next[k + 1];
        }
        return next;
    }

    static float cellGap(Word a, Word b) {
        float space = Math.max(a.space(), b.space());
        float em = Math.max(4f, Math.max(a.height(), b.height()));
        return Math.max(CELL_GAP_SPACES * space, MIN_CELL_GAP_EM * em);
    }

    /** Splits a line into cells at gaps wider than a space. */
    static List<Phrase> split(Line line) {
        List<Word> words = line.words();
        List<Phrase> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k < words.size(); k++) {
            Word previous = words.get(k - 1);
            Word w = words.get(k);
            if (w.x() - previous.right() > cellGap(previous, w)) {
                out.add(new Phrase(words.subList(start, k)));
                start = k;
            }
        }
        if (!words.isEmpty()) {
            out.add(new Phrase(words.subList(start, words.size())));
        }
        return out;
    }
}
