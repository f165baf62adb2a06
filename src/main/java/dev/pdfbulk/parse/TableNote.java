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
    // A row's wrapped line stands at most this many text heights from the lines around it: a line's pitch, no gap.
    private static final float ROW_TEXT_PITCH = 1.8f;
    // The least share of the line above's height a row's wrapped line has: the same type, give or take.
    private static final float SAME_TYPE = 0.9f;
    // A type this much smaller than the row's at most is another type: sizes are read from the font, exactly.
    private static final float SMALLER = 0.95f;

    private TableNote() {
    }

    /** The note at {@code lines.get(i)}, which the table could not read, as a furniture line; empty when none. */
    static Optional<TableLine> at(List<Line> lines, int i, TableColumns columns, float pageWidth, CellReading cellReading) {
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
            Optional<TableLine> row = LineClassifier.classify(next, columns, pageWidth, cellReading);
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

    /**
     * Whether the note at {@code lines.get(i)} is set as a row's wrapped text would be: from the description's column
     * (not the table's left edge, nor another text column such as a reference's), in the type of the table's line
     * {@code above}, and within a line's pitch of the line below (a row gap may part it from the row above). A description run long across the money columns reads as such a note ("... CARD ENDING 6544" under
     * "Debit", its amount on the next line); the balances cannot show it is no row's text.
     */
    static boolean setAsRowText(List<Line> lines, int i, Line above, TableColumns columns, float pageWidth) {
        Line line = lines.get(i);
        float em = Math.max(line.height(), 5f);
        float left = line.words().get(0).x();
        if (above == null || above.page() != line.page() || i + 1 >= lines.size()
                || lines.get(i + 1).page() != line.page() || left < columns.textLeft() - 1
                || TableColumns.textArea(columns.textAreas(pageWidth), left, left, em) < 0) {
            return false;
        }
        float pitch = ROW_TEXT_PITCH * em;
        return line.height() >= SAME_TYPE * above.height()
                && lines.get(i + 1).y() - line.y() <= pitch;
    }

    /**
     * Whether {@code lines.get(i)}, read as {@code text}, is set in a smaller type than the row above it ({@code
     * rowLine}, the table's last line with a date or an amount) and ends the rows: a note on them ("Dólar de conversão
     * R$ 5,5231" between a section's last purchase and its total), no part of that row. Only the total's line, or
     * nothing, may follow it (after more lines of the note): where rows follow, the smaller type is that of the rows'
     * own second lines (a reference, a rate), which a row keeps.
     */
    static boolean smallerType(List<Line> lines, int i, TableLine text, Line rowLine, TableColumns columns,
                               float pageWidth) {
        Line line = lines.get(i);
        if (rowLine == null || !text.isTextOnly() || !smaller(line, rowLine, columns, pageWidth)) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            Line next = lines.get(k);
            if (next.page() != line.page()) {
                return true;
            }
            if (!next.isRule() && !smaller(next, rowLine, columns, pageWidth)) {
                return Marker.of(next.text(), false) == Marker.TOTAL;
            }
        }
        return true;
    }

    // Set in a smaller type than the row line's text on the same page: sizes are read from the font, exactly.
    private static boolean smaller(Line line, Line rowLine, TableColumns columns, float pageWidth) {
        return line.page() == rowLine.page() && line.height() < SMALLER * rowLine.height()
                && line.height() < SMALLER * textType(rowLine, columns, pageWidth);
    }

    /**
     * The type of a row line's text: its tallest word in the text column. Amounts in a larger type, or a summary box
     * beside the table whose larger words share the rows' lines ("Closing Balance 68,085.03Cr" at 8 pt beside 7.5 pt
     * rows), make the line taller, not its row's type: the row's wrapped text under it is no note in a smaller type.
     * The line's own height where no word stands in the text column.
     */
    static float textType(Line line, TableColumns columns, float pageWidth) {
        float left = columns.textLeft() - 1;
        float right = columns.textRight(pageWidth);
        float type = 0;
        for (Word w : line.words()) {
            if (w.x() >= left && w.x() < right) {
                type = Math.max(type, w.height());
            }
        }
        return type > 0 ? type : line.height();
    }

    /** The note at {@code line} as furniture: no row, no part of any row's description. */
    static TableLine furniture(Line line) {
        return new TableLine(line.page(), line.y(), null, line.text(), Map.of(), Marker.FURNITURE, 0);
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
