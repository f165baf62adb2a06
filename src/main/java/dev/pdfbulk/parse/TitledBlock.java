package dev.pdfbulk.parse;

import java.util.List;
import java.util.Optional;

/**
 * A titled block printed below a table ("Saldo-overzicht" over its Beginsaldo/Eindsaldo lines, "Account summary"):
 * a short line of words alone, set clearly further below the last row than any two lines of the table are apart,
 * and not leading into a row of the table. A reader sees the table end there; the block is read as text outside
 * it (its balance labels give the opening and closing). Stateless and thread-safe.
 */
final class TitledBlock {

    // The gap must exceed every line pitch of the table by half again: wrapped text and row spacing never do.
    private static final float GAP_OVER_WIDEST_PITCH = 1.5f;
    private static final int MIN_PITCHES = 3;
    private static final int MAX_TITLE_WORDS = 6;
    // Description lines that may stand above a row's date before the row itself (centred layouts).
    private static final int MAX_LEADING_TEXT = 3;

    private TitledBlock() {
    }

    /**
     * Whether line {@code i} is the title of a block that ends the table: {@code previous} is the table's last
     * line read, {@code pitches} the vertical distances between its lines so far.
     */
    static boolean startsAt(List<Line> lines, int i, Line previous, TablePitches pitches, TableColumns columns,
                            float pageWidth) {
        Line line = lines.get(i);
        if (pitches.size() < MIN_PITCHES || line.words().size() > MAX_TITLE_WORDS) {
            return false;
        }
        float widest = pitches.widest();
        if (line.y() - previous.y() <= GAP_OVER_WIDEST_PITCH * widest || !textOnly(line, columns, pageWidth)) {
            return false;
        }
        return !leadsIntoRow(lines, i, columns, pageWidth);
    }

    /**
     * Whether the text at line {@code i} stands over a row of the table: the first line below it, within a few
     * text lines, that is no text alone reads as a dated or money row of the table.
     */
    static boolean leadsIntoRow(List<Line> lines, int i, TableColumns columns, float pageWidth) {
        // Text over a row of the table is that row's description (or a section heading): the table goes on.
        for (int k = i + 1; k < Math.min(lines.size(), i + 1 + MAX_LEADING_TEXT); k++) {
            if (!textOnly(lines.get(k), columns, pageWidth)) {
                Optional<TableLine> next = LineClassifier.classify(lines.get(k), columns, pageWidth);
                return next.isPresent() && next.get().marker() == null
                        && (next.get().date() != null || next.get().hasTransactionMoney());
            }
        }
        return false;
    }

    /** Whether the line reads, in the table's columns, as text alone: a wrapped description line, were it one. */
    static boolean textOnly(Line line, TableColumns columns, float pageWidth) {
        Optional<TableLine> t = LineClassifier.classify(line, columns, pageWidth);
        return t.isPresent() && t.get().isTextOnly();
    }
}
