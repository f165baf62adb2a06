package dev.pdfbulk.parse;

import java.util.List;

/**
 * A paragraph printed under a table (a legend "ACCOUNT ISSUE: Please notify us ...", a disclaimer): a line of running
 * text in one cell, set from the table's left part right across a money column (or, from left of the text, across
 * a column right of the text), clearly further below the last row
 * than any two lines of the table are apart, and leading into no row of the table. A wrapped description line is set
 * as near as the table's lines are and stays in the text column; this one is read as text outside the table, never
 * as more of the last row's description. Stateless and thread-safe.
 */
final class ProseBelow {

    // The gap must exceed every line pitch of the table clearly: wrapped text and row spacing never do.
    private static final float GAP_OVER_WIDEST_PITCH = 1.3f;
    private static final int MIN_PITCHES = 3;

    private ProseBelow() {
    }

    /**
     * Whether line {@code i} is prose below the table that ends it: {@code previous} is the table's last line read,
     * {@code pitches} the vertical distances between its lines so far.
     */
    static boolean startsAt(List<Line> lines, int i, Line previous, TablePitches pitches, TableColumns columns,
                            float pageWidth) {
        Line line = lines.get(i);
        if (pitches.size() < MIN_PITCHES) {
            return false;
        }
        float widest = pitches.widest();
        // The gap first: it is cheap, and most lines of a table are near the one above.
        return line.y() - previous.y() > GAP_OVER_WIDEST_PITCH * widest && across(line, columns, pageWidth)
                && TitledBlock.textOnly(line, columns, pageWidth)
                && !TitledBlock.leadsIntoRow(lines, i, columns, pageWidth);
    }

    // One cell that starts left of a money column and runs past its header's right end: a sentence across the table.
    // So is one that starts left of the text and runs past a column right of it (M-Pesa's "Transaction Status",
    // before the money): a wrapped description line stays between the two.
    private static boolean across(Line line, TableColumns columns, float pageWidth) {
        List<Phrase> phrases = Phrase.split(line);
        if (phrases.size() != 1) {
            return false;
        }
        Phrase cell = phrases.get(0);
        for (Column money : columns.money()) {
            if (cell.left() < money.start() && cell.right() > money.right()) {
                return true;
            }
        }
        if (cell.left() >= columns.textLeft()) {
            return false;
        }
        float textRight = columns.textRight(pageWidth);
        for (Column c : columns.columns()) {
            if (c.kind() != ColumnKind.DESCRIPTION && c.left() >= textRight && cell.right() > c.right()) {
                return true;
            }
        }
        return false;
    }
}
