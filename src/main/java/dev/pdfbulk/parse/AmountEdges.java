package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Widens a money column to what its amounts occupy. A header word may be printed at the left of a column whose
 * amounts are right-aligned ("Debit" over "95.22" and "2,963.83"): a short amount then starts well right of the
 * header and lines up with none of its edges. A reader takes the right edge the column's amounts share as the
 * column's; so does this, from the amounts printed under the header between its start and the next header's start.
 * Stateless.
 */
final class AmountEdges {

    private static final float EDGE_EM = SharedEdge.EDGE_EM;
    // Rows end at a wide vertical gap; what lies below belongs to another block of the page.
    private static final float GAP_HEIGHTS = 4f;

    private AmountEdges() {
    }

    /** The columns with each money column's shared amount edge learned from {@code lines[from..]}, when it has one. */
    static TableColumns learn(TableColumns columns, List<Line> lines, int from) {
        float moneyLeft = Float.MAX_VALUE;
        for (Column c : columns.money()) {
            moneyLeft = Math.min(moneyLeft, c.left());
        }
        List<float[]> amounts = amounts(lines, from, moneyLeft);
        if (amounts.isEmpty()) {
            return columns;
        }
        List<Column> out = new ArrayList<>(columns.columns());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            Column c = out.get(k);
            if (!c.kind().isMoney()) {
                continue;
            }
            float edge = sharedEdge(amounts, c.left(), nextLeft(out, k));
            if (!Float.isNaN(edge)) {
                out.set(k, c.withValueRight(edge));
                changed = true;
            }
        }
        return changed ? new TableColumns(out) : columns;
    }

    /**
     * The money column still free in {@code taken} whose amounts share the right edge of a value at
     * {@code [left, right]}, the value lying between that column's header start and the next header's start;
     * null when none. The spans of the columns do not overlap, so at most one column qualifies.
     */
    static Column columnOf(TableColumns columns, float left, float right, float em, Set<ColumnKind> taken) {
        List<Column> all = columns.columns();
        float tolerance = EDGE_EM * em;
        for (int k = 0; k < all.size(); k++) {
            Column c = all.get(k);
            if (!c.kind().isMoney() || Float.isNaN(c.valueRight()) || taken.contains(c.kind())) {
                continue;
            }
            if (Math.abs(right - c.valueRight()) <= tolerance && left >= c.left() - tolerance
                    && right < nextLeft(all, k)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The columns with the edges {@code earlier} learned kept for the money columns this page gave none: a table
     * continued under the same header (the same kinds, each header word where it was) keeps its columns' reach,
     * so a short last page, with fewer than three amounts in a column, reads them as the pages before did.
     * Returns {@code columns} when {@code earlier} is null or another header.
     */
    static TableColumns carried(TableColumns columns, TableColumns earlier) {
        if (earlier == null || !columns.sameHeader(earlier)) {
            return columns;
        }
        List<Column> out = new ArrayList<>(columns.columns());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            Column c = out.get(k);
            float learned = earlier.columns().get(k).valueRight();
            if (c.kind().isMoney() && Float.isNaN(c.valueRight()) && !Float.isNaN(learned)) {
                out.set(k, c.withValueRight(learned));
                changed = true;
            }
        }
        return changed ? new TableColumns(out) : columns;
    }

    // Where the next column starts: its header word, or its text cells where they start left of a centred header.
    private static float nextLeft(List<Column> columns, int k) {
        return k + 1 < columns.size() ? columns.get(k + 1).start() : Float.MAX_VALUE;
    }

    /*
     * The right edge most amounts in [left, nextLeft) end at, when enough and more than half do (SharedEdge); else NaN.
     * Fewer amounts give the edge when they all end on it and the span is bounded by the next header: a reader takes
     * an amount lying wholly between its header's start and the next header's start as that column's, however few
     * the column holds on the page (a lone credit among debits).
     */
    private static float sharedEdge(List<float[]> amounts, float left, float nextLeft) {
        List<float[]> inside = new ArrayList<>();
        for (float[] a : amounts) {
            if (a[0] >= left - EDGE_EM * a[2] && a[1] < nextLeft) {
                inside.add(a);
            }
        }
        SharedEdge.Vote vote = SharedEdge.of(inside, 1, 2);
        boolean all = vote.count() > 0 && vote.count() == inside.size() && nextLeft < Float.MAX_VALUE;
        return vote.isMost(inside.size()) || all ? vote.edge() : Float.NaN;
    }

    // Every cell right of moneyLeft that reads as an amount, as {left, right, text height}, down to the first wide gap.
    private static List<float[]> amounts(List<Line> lines, int from, float moneyLeft) {
        List<float[]> out = new ArrayList<>();
        Line previous = null;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (previous != null && line.y() - previous.y() > GAP_HEIGHTS * Math.max(previous.height(), line.height())) {
                break;
            }
            previous = line;
            float em = Math.max(line.height(), 5f);
            for (Phrase p : Phrase.split(line)) {
                // Cells left of every money column (dates, descriptions) are no column's amounts: not worth parsing.
                if (p.left() >= moneyLeft - EDGE_EM * em && AmountParser.parse(p.text()).isPresent()) {
                    out.add(new float[] {p.left(), p.right(), em});
                }
            }
        }
        return out;
    }
}
