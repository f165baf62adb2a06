package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notice printed inside the transaction table, one sentence in a cell spanning the columns ("Important: the
 * interest rate on this account changed on 1 March 2025. ..."): the table cannot read it cell by cell, yet dated
 * rows in the same columns follow it on the page, so it is a note between rows, not the table's end. It is no row
 * and no part of any row's description. A line of several cells, one that looks like a row ({@link UnreadRow}),
 * holds an amount or reads as a total is never a note, and neither is one followed by anything but a dated row.
 * Stateless and thread-safe.
 */
final class TableNote {

    // A notice may wrap over a few lines before the rows go on.
    private static final int MAX_NOTE_LINES = 3;
    // The next row must be set as near as rows are: a gap wider than this many text heights is the table's end.
    private static final float MAX_GAP_HEIGHTS = 4f;

    private TableNote() {
    }

    /** The note at {@code lines.get(i)}, which the table could not read, as a furniture line; empty when none. */
    static Optional<TableLine> at(List<Line> lines, int i, TableColumns columns, float pageWidth, boolean ungrouped) {
        Line line = lines.get(i);
        if (!isNoteLine(line, columns, pageWidth)) {
            return Optional.empty();
        }
        Line last = line;
        for (int k = i + 1; k < Math.min(lines.size(), i + 1 + MAX_NOTE_LINES); k++) {
            Line next = lines.get(k);
            if (next.isRule()) {
                continue;
            }
            if (next.y() - last.y() > MAX_GAP_HEIGHTS * Math.max(next.height(), last.height())) {
                return Optional.empty();
            }
            Optional<TableLine> row = LineClassifier.classify(next, columns, pageWidth, ungrouped);
            if (row.isPresent()) {
                // Dated money rows in the same columns go on below the notice: the table goes on.
                boolean dated = row.get().date() != null && row.get().hasTransactionMoney()
                        && row.get().marker() == null;
                return dated ? Optional.of(new TableLine(line.page(), line.y(), null, line.text(), Map.of(),
                        Marker.FURNITURE, 0)) : Optional.empty();
            }
            if (!isNoteLine(next, columns, pageWidth)) {
                return Optional.empty();
            }
            last = next;
        }
        return Optional.empty();
    }

    // Text the table cannot read, in one cell, that is neither a row it lost nor a total, and names no amount: a line
    // with money in it ("Minimum payment 25.00 due") may be a row the table could not read, never skipped as a note.
    private static boolean isNoteLine(Line line, TableColumns columns, float pageWidth) {
        // One cell spanning the columns: cells set apart ("JOHN A SMITH Card Ending 7-81005 ... Amount") are a title.
        if (Phrase.split(line).size() != 1 || UnreadRow.looksLikeRow(line, columns, pageWidth)
                || Marker.of(line.text(), false) == Marker.TOTAL) {
            return false;
        }
        for (Word w : line.words()) {
            if (AmountParser.parse(w.text()).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
