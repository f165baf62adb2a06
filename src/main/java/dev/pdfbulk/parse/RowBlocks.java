package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rows told apart by the whitespace between them, as a reader tells them apart: a grid pads each row, so the gap
 * between two rows is clearly wider than the pitch of the wrapped lines inside one. Where a table's lines show
 * such a rhythm consistently (every block of lines set at the narrow pitch holds one row line at most: a line
 * with its amount, or a balance row; a block of text alone is a heading, one short line; a day's heading, a date
 * alone, set apart as a row is, dates the rows under it and is no row), a block is one row,
 * and its text lines belong to its row line whether they sit above it (a row aligned to the bottom of its cell,
 * or centred on it) or below it; a gap only a little wider does so where every wrapped row's text lies above its row
 * line. A block of text alone at a page's foot, over only its carried-forward balance, is a row's upper lines parted
 * from its amounts by the break where every row sets its text above its amounts: it begins the next page's first
 * row. Tables without that rhythm are left to the nearness of lines
 * ({@link RowAssembler}). Stateless and thread-safe.
 */
final class RowBlocks {

    // A gap between rows at least this much wider than the pitch inside a row sets rows apart.
    private static final float CLEARLY_WIDER = 1.3f;
    // A gap only this much wider sets rows apart where every wrapped row sets its text above its row line (a grid
    // aligned to the bottom of its cells with little padding, lines 11 pt apart and rows 13): text nearer the row
    // below than the row above, every time, is read as the row below's, as a reader reads it.
    private static final float WIDER_ALL_ABOVE = 1.15f;
    // Rows of several lines the rhythm must show on: one alone proves no layout.
    private static final int MIN_WRAPPED_ROWS = 2;

    private RowBlocks() {
    }

    /**
     * The side of its block's row line each text line lies on, for the text lines of blocks holding one row line
     * (with its amount): true when above it (the text begins that row), false when below (it continues it). Empty
     * when the lines show no consistent rhythm of rows.
     */
    static Map<TableLine, Boolean> sides(List<TableLine> lines) {
        TreeSet<Float> gaps = new TreeSet<>();
        for (int k = 1; k < lines.size(); k++) {
            float gap = gap(lines.get(k - 1), lines.get(k));
            if (gap > 0) {
                gaps.add(gap);
            }
        }
        List<Float> sorted = new ArrayList<>(gaps.descendingSet());
        // The widest split first: blocks as large as the rhythm allows (a centred row's lines sit at two pitches).
        for (int k = 0; k + 1 < sorted.size(); k++) {
            float wide = sorted.get(k);
            boolean clearly = wide >= CLEARLY_WIDER * sorted.get(k + 1);
            if (clearly || wide >= WIDER_ALL_ABOVE * sorted.get(k + 1)) {
                Map<TableLine, Boolean> sides = sidesSplitAt(lines, wide);
                if (sides != null && (clearly || !sides.containsValue(Boolean.FALSE))) {
                    return sides;
                }
            }
        }
        return Map.of();
    }

    // The sides of the text lines when gaps of at least {@code wide} part the rows; null when a block holds two row
    // lines or a line of neither kind, or text alone that is no heading, or too few blocks hold a row of several lines.
    private static Map<TableLine, Boolean> sidesSplitAt(List<TableLine> lines, float wide) {
        Map<TableLine, Boolean> sides = new IdentityHashMap<>();
        int wrapped = 0;
        int start = 0;
        boolean footed = false;
        for (int k = 1; k <= lines.size(); k++) {
            boolean ends = k == lines.size() || gap(lines.get(k - 1), lines.get(k)) < 0
                    || gap(lines.get(k - 1), lines.get(k)) >= wide;
            if (!ends) {
                continue;
            }
            List<TableLine> block = lines.subList(start, k);
            if (block.size() == 1 && DayHeading.is(block.get(0))) {
                // A day's heading set apart as rows are, dating the rows under it: no row, and no row's text.
                start = k;
                continue;
            }
            int row = rowLine(block);
            int foot = footText(lines, start, k);
            if (foot > start && (foot - start > 1 || wrapsOntoNextPage(lines, start, k))) {
                // A row's upper lines at a page's foot, parted from its amounts by the break: they begin the next
                // page's first row, where every row sets its text above its amounts (checked below).
                footed = true;
                lines.subList(start, foot).forEach(line -> sides.put(line, true));
                start = k;
                continue;
            }
            if (row == -2 || row == -1 && (block.size() > 1 || !RowHeading.headingLike(block.get(0)))) {
                // Text set apart from every row is no part of a rhythm of rows, unless a heading on a row of its own.
                return null;
            }
            if (row >= 0 && block.size() > 1 && block.get(row).marker() == null) {
                wrapped++;
                for (int t = 0; t < block.size(); t++) {
                    if (t != row) {
                        sides.put(block.get(t), t < row);
                    }
                }
            }
            start = k;
        }
        return wrapped >= MIN_WRAPPED_ROWS && !(footed && sides.containsValue(Boolean.FALSE)) ? sides : null;
    }

    // The end of the text a block from line {@code start} to {@code k} sets at its page's foot, or -1: text alone, or
    // text over the page's closing forward or total rows set at the narrow pitch under it (a page total right under a
    // row's upper lines), where the table goes on over the page.
    private static int footText(List<TableLine> lines, int start, int k) {
        int end = start;
        while (end < k && lines.get(end).isTextOnly()) {
            end++;
        }
        // endsPage checks the block's lines under the text too (a block never crosses a page).
        return end > start && endsPage(lines, end) ? end : -1;
    }

    // Whether the one line of text at a page's foot (from {@code start}) is set as a wrapped description's first line
    // over the next page's first row: too full for that row's first word, in a table whose descriptions run up against
    // a width ({@link WordWrap}). A heading ends where its words end, short of the width, and dates no row above a
    // day's heading opening the next page.
    private static boolean wrapsOntoNextPage(List<TableLine> lines, int start, int k) {
        int next = k;
        while (next < lines.size() && (lines.get(next).marker() == Marker.BALANCE
                || lines.get(next).marker() == Marker.TOTAL)) {
            next++;
        }
        if (next == lines.size() || lines.get(next).page() == lines.get(start).page()
                || DayHeading.is(lines.get(next)) || WordWrap.fullLines(lines).isEmpty()) {
            return false;
        }
        return WordWrap.tooFullFor(lines.get(start), lines.get(next), WordWrap.widest(lines));
    }

    // Whether the block ending before line k ends its page's rows: only carried-forward balances or page totals follow
    // it there, and the table goes on over the page.
    private static boolean endsPage(List<TableLine> lines, int k) {
        int page = lines.get(k - 1).page();
        int j = k;
        while (j < lines.size() && lines.get(j).page() == page) {
            Marker m = lines.get(j).marker();
            if (m != Marker.BALANCE && m != Marker.TOTAL) {
                return false;
            }
            j++;
        }
        return j < lines.size();
    }

    // The index of the block's one row line, -1 when it has none (text only), -2 when it has several or a line
    // that is neither a row line nor text (a date waiting for its amount: not this layout).
    private static int rowLine(List<TableLine> block) {
        int row = -1;
        for (int k = 0; k < block.size(); k++) {
            TableLine line = block.get(k);
            if (line.isTextOnly()) {
                continue;
            }
            boolean rowLine = line.marker() != null || line.hasTransactionMoney();
            if (!rowLine || row >= 0) {
                return -2;
            }
            row = k;
        }
        return row;
    }

    // The vertical gap from one line to the next, negative across a page break (always a block's end).
    private static float gap(TableLine a, TableLine b) {
        return a.page() == b.page() ? b.y() - a.y() : -1;
    }
}
