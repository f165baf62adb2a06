package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Widens a text column to where its cells start. A header may be centred over a wide description column
 * ("Descrizione operazioni", "Details" in the middle of the cell) whose cells are left-aligned: every description
 * then starts well left of the header word, at an x the cells share. A reader takes that shared edge as the
 * column's left; so does this, from the cells printed under the header between the column before it and the one
 * after it. Stateless.
 */
final class TextEdges {

    // Rows end at a wide vertical gap; what lies below belongs to another block of the page.
    private static final float GAP_HEIGHTS = 4f;
    // Cells starting within a point of the header's left edge start under it.
    private static final float UNDER_HEADER = 1f;
    // How near, in text heights, a cell must be to a column left out of the row to be read under it.
    private static final float OTHER_REACH_EM = 2f;
    // The fewest cells of a column that show where its values end, as for a shared edge.
    private static final int OWN_CELLS = 3;

    private TextEdges() {
    }

    /**
     * The columns with each text column's shared cell edge learned from {@code lines[from..]}, when its cells start
     * left of its header; a column whose cells here show none keeps the edge {@code earlier} learned under the same
     * header (a short last page). {@code earlier} may be null.
     */
    static TableColumns learn(TableColumns columns, List<Line> lines, int from, TableColumns earlier) {
        List<Column> out = new ArrayList<>(columns.columns());
        boolean same = earlier != null && columns.sameHeader(earlier);
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            Column c = out.get(k);
            if (c.kind() != ColumnKind.DESCRIPTION) {
                continue;
            }
            List<float[]> cells = cells(lines, from, columns, k);
            float edge = sharedEdge(cells);
            if (Float.isNaN(edge)) {
                edge = rightAlignedStart(cells, c);
            }
            if (Float.isNaN(edge) && same) {
                edge = earlier.columns().get(k).cellLeft();
            }
            // Cells that start under the header leave it where it is: the header reaches them already.
            if (edge < c.left() - UNDER_HEADER) {
                out.set(k, c.withCellLeft(edge));
                changed = true;
            }
        }
        return changed ? new TableColumns(out) : columns;
    }

    /*
     * Right-aligned text (a right-to-left statement's description, set against the header's right edge): when most
     * cells end on one edge within a point of the header's, the column starts where its widest cell does; else NaN.
     */
    private static float rightAlignedStart(List<float[]> cells, Column c) {
        SharedEdge.Vote vote = SharedEdge.of(cells, 2, 1);
        if (!vote.isMost(cells.size()) || Math.abs(vote.edge() - c.right()) > UNDER_HEADER) {
            return Float.NaN;
        }
        float start = Float.NaN;
        for (float[] cell : cells) {
            if (Math.abs(cell[2] - vote.edge()) <= SharedEdge.EDGE_EM * cell[1]) {
                start = Float.isNaN(start) ? cell[0] : Math.min(start, cell[0]);
            }
        }
        return start;
    }

    // The left edge most cells share, when enough and more than half do (SharedEdge); else NaN.
    private static float sharedEdge(List<float[]> cells) {
        SharedEdge.Vote vote = SharedEdge.of(cells, 0, 1);
        return vote.isMost(cells.size()) ? vote.edge() : Float.NaN;
    }

    /**
     * The first cell of text of each line starting between the end of the column before column {@code k} and the
     * start of the column after it, as {left, text height, right}, down to the first wide gap. A date, an amount, or a cell
     * lined up with a column left out of the row (a reference, a value date) is that column's, not text.
     */
    private static List<float[]> cells(List<Line> lines, int from, TableColumns columns, int k) {
        List<Column> all = columns.columns();
        Column text = all.get(k);
        float before = k + 1 < all.size() ? all.get(k + 1).left() : Float.MAX_VALUE;
        float after = Float.NEGATIVE_INFINITY;
        float headerEnd = Float.NEGATIVE_INFINITY;
        if (k > 0) {
            Column previousColumn = all.get(k - 1);
            headerEnd = Float.isNaN(previousColumn.valueRight()) ? previousColumn.right()
                    : Math.max(previousColumn.right(), previousColumn.valueRight());
            // A header word wider than its cells ("Transaction Date" over "01 MAY 2025") may overhang the text
            // cells: the boundary is where the column's own cells end, not where its header word does.
            after = Math.min(headerEnd, valuesEnd(lines, from, previousColumn));
        }
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
                // Under the overhang only words start text: a lone number there is a column with no header of its own.
                if (p.left() > after && p.left() < before && isText(p, columns, em)
                        && (p.left() > headerEnd || p.text().chars().anyMatch(Character::isLetter))) {
                    out.add(new float[] {p.left(), em, p.right()});
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Where the dates or amounts a column's cells hold end, when at least {@link #OWN_CELLS} of them start under its
     * header and every one ends left of the header's right edge; else the header's right edge. Down to the first
     * wide gap, as the text cells.
     */
    private static float valuesEnd(List<Line> lines, int from, Column column) {
        float end = Float.NEGATIVE_INFINITY;
        int count = 0;
        Line previous = null;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (previous != null && line.y() - previous.y() > GAP_HEIGHTS * Math.max(previous.height(), line.height())) {
                break;
            }
            previous = line;
            for (Phrase p : Phrase.split(line)) {
                if (p.left() < column.left() - UNDER_HEADER || p.left() >= column.right()) {
                    continue;
                }
                int date = DatePrefix.of(p.words(), LineClassifier.DATE_WORDS);
                float right = date > 0 ? p.words().get(date - 1).right()
                        : AmountParser.parse(p.text()).isPresent() ? p.right() : Float.NaN;
                if (!Float.isNaN(right)) {
                    end = Math.max(end, right);
                    count++;
                }
                break;
            }
        }
        return count >= OWN_CELLS && end < column.right() ? end : column.right();
    }

    private static boolean isText(Phrase p, TableColumns columns, float em) {
        if (DatePrefix.of(p.words(), 4) > 0 || AmountParser.parse(p.text()).isPresent()) {
            return false;
        }
        Word first = p.words().get(0);
        for (Column c : columns.columns()) {
            boolean leftOut = c.kind() == ColumnKind.OTHER || c.kind() == ColumnKind.FEE || c.kind() == ColumnKind.OTHER_DATE
                    || c.kind() == ColumnKind.SIGN;
            if (leftOut && c.misalignment(first.x(), first.right()) < OTHER_REACH_EM * em) {
                return false;
            }
        }
        return true;
    }
}
