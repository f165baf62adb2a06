package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * A line's words for reading an account number: split at colons ("IBAN:", "账号：6214..."), each folded and with the
 * cell ({@link Phrase}) holding it.
 *
 * @param raw    the words as printed
 * @param folded the words folded ({@link Folding})
 * @param cellOf each word's cell, an index into {@code cells}
 * @param cells  the line's cells, left to right
 */
record AccountTokens(List<String> raw, List<String> folded, int[] cellOf, List<Phrase> cells) {

    static AccountTokens of(Line line) {
        List<String> raw = new ArrayList<>();
        List<Integer> cellOf = new ArrayList<>();
        List<Phrase> cells = Phrase.split(line);
        for (int c = 0; c < cells.size(); c++) {
            for (Word w : cells.get(c).words()) {
                split(w.text(), raw);
            }
            while (cellOf.size() < raw.size()) {
                cellOf.add(c);
            }
        }
        List<String> folded = new ArrayList<>(raw.size());
        raw.forEach(r -> folded.add(Folding.fold(r)));
        return new AccountTokens(raw, folded, cellOf.stream().mapToInt(Integer::intValue).toArray(), cells);
    }

    private static void split(String text, List<String> out) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                out.add(String.valueOf(c));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
    }

    int size() {
        return raw.size();
    }

    String folded(int i) {
        return folded.get(i);
    }

    /** The index past the last word of word {@code i}'s cell. */
    int cellEnd(int i) {
        int end = i;
        while (end < cellOf.length && cellOf[end] == cellOf[i]) {
            end++;
        }
        return end;
    }

    /** The index of the first word of word {@code i}'s cell. */
    int cellStart(int i) {
        int start = i;
        while (start > 0 && cellOf[start - 1] == cellOf[i]) {
            start--;
        }
        return start;
    }

    /** The cell holding word {@code i}. */
    Phrase cell(int i) {
        return cells.get(cellOf[i]);
    }
}
