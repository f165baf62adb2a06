package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of one transaction table, left to right, as read from its header row.
 *
 * @param columns the columns in x order; one is {@link ColumnKind#DATE}, or none when the rows print their dates
 *                at the start of the text ({@link DatedTextRows}), and then one is {@link ColumnKind#DESCRIPTION}
 */
record TableColumns(List<Column> columns) {

    // A header repeated on the next page is set where it was, give or take rounding.
    private static final float SAME_PLACE = 1f;

    TableColumns {
        columns = List.copyOf(columns);
    }

    /** The date column, or null when the rows print their dates at the start of the text. */
    Column date() {
        return first(ColumnKind.DATE);
    }

    Column description() {
        return first(ColumnKind.DESCRIPTION);
    }

    Column first(ColumnKind kind) {
        for (Column c : columns) {
            if (c.kind() == kind) {
                return c;
            }
        }
        return null;
    }

    List<Column> money() {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.kind().isMoney()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Left edge of the description text: where its cells start, else just right of the date column. */
    float textLeft() {
        Column d = description();
        return d != null ? d.start() : date().right() + 2;
    }

    /** Where description text must end: the first column after the description start that is not text. */
    float textRight(float pageWidth) {
        float left = textLeft();
        float limit = pageWidth;
        for (Column c : columns) {
            if (c.kind() != ColumnKind.DESCRIPTION && c.left() > left + 1) {
                limit = Math.min(limit, c.left());
            }
        }
        return limit;
    }

    /**
     * The stretches of a row that hold description text, left to right: one for each text column, from where its
     * cells start to the next column's; without a text column, the one right of the date up to {@link #textRight}.
     */
    List<TextArea> textAreas(float pageWidth) {
        List<TextArea> out = new ArrayList<>(1);
        for (Column d : columns) {
            if (d.kind() == ColumnKind.DESCRIPTION) {
                float limit = pageWidth;
                for (Column c : columns) {
                    // Text columns side by side end at each other; a text column never ends at a text column before it.
                    if (c != d && c.left() > d.left() + 1) {
                        limit = Math.min(limit, c.start());
                    }
                }
                out.add(new TextArea(d.start(), limit));
            }
        }
        if (out.isEmpty()) {
            out.add(new TextArea(textLeft(), textRight(pageWidth)));
        }
        return out;
    }

    /**
     * Which of {@code areas} a word lies in, within the reach a word may stray from its column's edges; -1 for none.
     * The first area that holds it wins: a word set wholly left of a text column's header belongs to the one before.
     */
    static int textArea(List<TextArea> areas, float left, float right, float em) {
        for (int k = 0; k < areas.size(); k++) {
            TextArea a = areas.get(k);
            // A word starting at or past the next column's edge is that column's ("/" in a "收/支" cell), however narrow.
            if (left >= a.left() - 1.5f * em && right <= a.right() + 0.5f * em && left < a.right()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The text area a word set from its left edge runs on past ("MEHTA-SBIN-XXXXXXXX1204-REFUND" under a narrow
     * "Narration", over the next column's header), or -1: a word with no space cannot be two cells, and one starting
     * where the area's text starts is that area's, whatever column its end reaches.
     */
    static int runsOnFrom(List<TextArea> areas, float left, float right, float em) {
        for (int k = 0; k < areas.size(); k++) {
            TextArea a = areas.get(k);
            if (right > a.right() && Math.abs(left - a.left()) <= em) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The stretch of a row under one text column.
     *
     * @param left  where the column's cells start: its header's left edge, or the cells' own ({@link Column#start})
     * @param right left edge of the next column, or the page's right edge
     */
    record TextArea(float left, float right) {
    }

    /**
     * The same header repeated, as on a table's next page: the same kinds in order, each header word within a point
     * of where it was. Only the header counts, not the edges learned from the cells under it.
     */
    boolean sameHeader(TableColumns other) {
        if (!signature().equals(other.signature())) {
            return false;
        }
        for (int k = 0; k < columns.size(); k++) {
            Column x = columns.get(k);
            Column y = other.columns.get(k);
            if (Math.abs(x.left() - y.left()) > SAME_PLACE || Math.abs(x.right() - y.right()) > SAME_PLACE) {
                return false;
            }
        }
        return true;
    }

    /** The kinds in order: two tables with the same signature are parts of one table. */
    String signature() {
        return columns.stream().map(c -> c.kind().name()).collect(Collectors.joining(","));
    }

    /** Where the money columns begin: the left edge of the leftmost one ({@link Float#MAX_VALUE} with none). */
    float moneyLeft() {
        float left = Float.MAX_VALUE;
        for (Column c : money()) {
            left = Math.min(left, c.start());
        }
        return left;
    }

    /**
     * The column left out of the row (reference, posting date, fee, sign) that a word from {@code left} to
     * {@code right} lines up with best, within two ems ({@code em}), or null.
     */
    Column otherAt(float left, float right, float em) {
        Column best = null;
        float bestMiss = 2f * em;
        for (Column c : columns) {
            if (c.kind() == ColumnKind.OTHER || c.kind() == ColumnKind.FEE || DateCells.isOtherDate(c.kind())
                    || c.kind() == ColumnKind.SIGN) {
                float miss = c.misalignment(left, right);
                if (miss < bestMiss) {
                    best = c;
                    bestMiss = miss;
                }
            }
        }
        return best;
    }
}
