package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * A word glued across the edge between the description and a column left out of the row (a reference) whose cells
 * start where its header does: description and reference set edge to edge, the description's last word and the
 * reference's first come out as one word ("PHARMACYREF", "5672767228538-4795/58"), no gap and no overlap to see
 * ({@link Overprint} sees text set over text), the word ending as the column's cells on other lines begin (the same
 * letters, digits where they have digits). Which of its letters are the description's no word box tells, so the
 * row's text is not proven; the balances prove the amounts only. A column whose cells start elsewhere (right-aligned
 * or centred under their header) proves no edge, and a description run on into the column ends otherwise ("... PVT
 * L BANGALORE" under a category column, "doorlopend" under a code column): both keep their words. Stateless and
 * thread-safe.
 */
final class GluedEdge {

    // Cells starting this near the header's left edge start at it (rounding of glyph advances).
    private static final float SAME_EDGE = 1f;
    // A word must reach this far past the edge on both sides: a letter at least, not a rounding.
    private static final float ACROSS = 2f;
    // Other lines of the page whose words start at the edge, enough to show the column's cells start there.
    private static final int ALIGNED = 2;

    private GluedEdge() {
    }

    /**
     * The word of {@code line} run from the description's text across the left edge of the column after it, a column
     * left out of the row whose cells on {@code lines} (from {@code from} on, {@code line} aside) start at that edge
     * and begin as the word ends, or null.
     */
    static Word across(Line line, TableColumns columns, List<Line> lines, int from) {
        List<Column> cols = columns.columns();
        for (int c = 1; c < cols.size(); c++) {
            Column column = cols.get(c);
            if (column.kind() != ColumnKind.OTHER || cols.get(c - 1).kind() != ColumnKind.DESCRIPTION) {
                continue;
            }
            float edge = column.left();
            for (Word w : line.words()) {
                if (w.x() >= columns.textLeft() - SAME_EDGE && w.x() < edge - ACROSS && w.right() > edge + ACROSS
                        && endsAsACell(w.text(), edge, line, lines, from)) {
                    return w;
                }
            }
        }
        return null;
    }

    // Whether the word ends, after a head of its own, as the first words of the column's cells on two other lines
    // at least begin: the same letters, any digits where they have digits ("PHARMACYREF" over cells "REF 1234",
    // "5672767228538-4795/58" over "602493-4087/05"). A description merely run on into the column ends otherwise.
    private static boolean endsAsACell(String word, float edge, Line line, List<Line> lines, int from) {
        int aligned = 0;
        boolean matched = false;
        for (int i = from; i < lines.size(); i++) {
            Line other = lines.get(i);
            if (other == line) {
                continue;
            }
            for (Word w : other.words()) {
                if (Math.abs(w.x() - edge) <= SAME_EDGE) {
                    aligned++;
                    matched |= w.text().length() < word.length()
                            && shape(word.substring(word.length() - w.text().length())).equals(shape(w.text()));
                    break;
                }
            }
        }
        return aligned >= ALIGNED && matched;
    }

    // Letters as they are, any digit as 9: the shape a column's references share.
    private static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            out.append(Character.isDigit(c) ? '9' : Character.toUpperCase(c));
        }
        return out.toString();
    }
}
