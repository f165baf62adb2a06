package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows centred on their date and amounts (a grid aligned to the middle of its cells) where no padding parts them
 * ({@link RowBlocks} reads padding): each row sets as many of its text lines above its row line as below it. The
 * lines over the first row are its upper half, so as many under it are its lower half and the rest up to the next row
 * that row's upper half, and so on down the table, whose end must leave the last row exactly its lower half (a day's
 * heading stands over its rows, in neither half of any row: each day's rows are counted so, a run of their own). The
 * page proves that reading where the count holds over every row, rows of an even number of lines print their row line
 * with no text of its own midway between their two middle lines (no row aligned to the top or bottom of its cell
 * does), twice at least, and no gap inside a row is wider than a gap between two rows. Each text line then lies on a
 * known side of its row line, as in {@link RowBlocks}'s blocks; a row's half parted from it by a page break keeps its
 * row. A row whose amounts stand on its page's last line with its lower half on the next page may set one line more
 * under them (its middle fell on the break, where no line could print them midway); the count must then hold in one
 * way only. Stateless and thread-safe.
 */
final class CentredRows {

    // Baselines are exact: midway, and no wider than the gaps between rows, within half a point.
    private static final float TOLERANCE = 0.5f;
    // Row lines with no text set midway between their lines: one alone proves no layout.
    private static final int MIN_CENTRED = 2;

    private CentredRows() {
    }

    /**
     * The side of its row line each text line lies on (true above it: the text begins that row; false below: it
     * continues it) where the table's rows are centred on their row lines as described above; empty otherwise.
     */
    static Map<TableLine, Boolean> sides(List<TableLine> lines) {
        List<Integer> rows = new ArrayList<>();
        // Where each run of rows ends: at a day's heading, and at the table's end.
        List<Integer> ends = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            TableLine line = lines.get(k);
            if (line.marker() == null && line.hasTransactionMoney()) {
                rows.add(k);
            } else if (DayHeading.is(line) || line.isTextOnly() && RowHeading.titlesACardMember(line)) {
                // A day's heading stands over its day's rows, in no row's halves: each day is a run of its own; so
                // does a card member's title ("J SMITH Card ending 7730" under a card's totals), but no section's
                // name or masked card number, which may be a row's half ("POS PURCHASE", "CARD 4587XXXXXXXX2291").
                ends.add(k);
            } else if (line.marker() == null ? !line.isTextOnly() : line.marker() == Marker.SECTION) {
                // A date waiting for its amount, or a section's heading between rows: not this layout.
                return Map.of();
            }
        }
        ends.add(lines.size());
        if (rows.size() < 2) {
            return Map.of();
        }
        // Each row's first and last line (indexes into lines), counted as the centred reading gives them.
        int[] first = new int[rows.size()];
        int[] last = new int[rows.size()];
        int from = 0;
        int i = 0;
        for (int end : ends) {
            int runFrom = i;
            while (i < rows.size() && rows.get(i) < end) {
                i++;
            }
            if (!countRun(lines, rows.subList(runFrom, i), from, end, first, last, runFrom)) {
                return Map.of();
            }
            from = end + 1;
        }
        return provenSides(lines, rows, first, last);
    }

    // Counts one run of rows, lines [from, end): the text over its first row is that row's upper half, and so on down
    // to the run's end, which must leave its last row exactly its lower half (a run of no rows, no text). A row whose
    // middle fell on a page break may set one line more under its amounts (middleOnBreak): the count must then hold in
    // one way only. Fills first and last from {@code at}; false where the count fails or holds in several ways.
    private static boolean countRun(List<TableLine> lines, List<Integer> rows, int from, int end, int[] first,
                                    int[] last, int at) {
        if (rows.isEmpty()) {
            return text(lines, from, end).isEmpty();
        }
        List<List<Integer>> unders = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            unders.add(text(lines, rows.get(i) + 1, i + 1 < rows.size() ? rows.get(i + 1) : end));
        }
        // For each row, the upper halves the count may give it: how many counts reach it (2: several), and from
        // which upper half and lower half of the row above.
        List<Map<Integer, int[]>> reach = new ArrayList<>();
        reach.add(Map.of(text(lines, from, rows.get(0)).size(), new int[] {1, -1, -1}));
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> under = unders.get(i);
            boolean lastRow = i + 1 == rows.size();
            Map<Integer, int[]> next = new HashMap<>();
            for (Map.Entry<Integer, int[]> e : reach.get(i).entrySet()) {
                int half = e.getKey();
                int most = half + (middleOnBreak(lines, rows.get(i), under) ? 1 : 0);
                for (int lower = half; lower <= most && lower <= under.size(); lower++) {
                    if (!lastRow || under.size() == lower) {
                        int ways = e.getValue()[0];
                        next.merge(under.size() - lower, new int[] {ways, half, lower},
                                (a, b) -> new int[] {Math.min(2, a[0] + b[0]), b[1], b[2]});
                    }
                }
            }
            if (next.isEmpty()) {
                return false;
            }
            reach.add(next);
        }
        int[] counted = reach.get(rows.size()).get(0);
        if (counted == null || counted[0] != 1) {
            return false;
        }
        // The one count, row by row from the last.
        int below = 0;
        for (int i = rows.size() - 1; i >= 0; i--) {
            int[] way = reach.get(i + 1).get(below);
            int half = way[1];
            int row = rows.get(i);
            List<Integer> upper = i == 0 ? text(lines, from, row)
                    : unders.get(i - 1).subList(unders.get(i - 1).size() - half, unders.get(i - 1).size());
            first[at + i] = half == 0 ? row : upper.get(0);
            last[at + i] = way[2] == 0 ? row : unders.get(i).get(way[2] - 1);
            below = half;
        }
        return true;
    }

    // A row whose amounts stand on its page's last line of text, its lower half opening the next page: where its middle
    // fell on the break, no line there to print its amounts midway on, they went on the line above the break, so the
    // row may set one line more under them than over them.
    private static boolean middleOnBreak(List<TableLine> lines, int row, List<Integer> under) {
        TableLine rowLine = lines.get(row);
        return !rowLine.description().isEmpty() && !under.isEmpty()
                && lines.get(under.get(0)).page() > rowLine.page();
    }

    // The sides, where the rows' row lines without text sit midway, twice at least, and no gap inside a row is wider
    // than one between rows on the same page; null-free, empty where the page does not prove the reading.
    private static Map<TableLine, Boolean> provenSides(List<TableLine> lines, List<Integer> rows, int[] first,
                                                       int[] last) {
        int centred = 0;
        float pitch = textPitch(lines);
        float widestInside = 0;
        float narrowestBetween = Float.MAX_VALUE;
        Map<TableLine, Boolean> sides = new IdentityHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            TableLine rowLine = lines.get(row);
            if (rowLine.description().isEmpty() && first[i] < row) {
                TableLine above = lines.get(row - 1);
                TableLine below = lines.get(row + 1);
                // Only a row line between two lines of its own row can show it takes no line (not one under a
                // page's forward row).
                if (above.isTextOnly() && below.isTextOnly() && row + 1 <= last[i]
                        && above.page() == rowLine.page() && below.page() == rowLine.page()) {
                    // Midway and taking no line of its own: a row line printed in a line of its own (rows aligned
                    // to the top or bottom, evenly spaced) is midway too, a whole pitch from each neighbour.
                    if (Math.abs((rowLine.y() - above.y()) - (below.y() - rowLine.y())) > TOLERANCE
                            || !(below.y() - above.y() <= pitch + TOLERANCE)) {
                        return Map.of();
                    }
                    centred++;
                }
            }
            for (int k = first[i]; k <= last[i]; k++) {
                if (k != row && lines.get(k).isTextOnly()) {
                    sides.put(lines.get(k), k < row);
                }
                // A row line with no text midway between two lines sits half a pitch from each: measure those lines.
                boolean halfPitch = rowLine.description().isEmpty() && (k == row || k == row - 1);
                if (k < last[i] && !halfPitch && samePage(lines, k, k + 1)) {
                    widestInside = Math.max(widestInside, lines.get(k + 1).y() - lines.get(k).y());
                }
            }
            if (i + 1 < rows.size() && samePage(lines, last[i], first[i + 1])) {
                narrowestBetween = Math.min(narrowestBetween, lines.get(first[i + 1]).y() - lines.get(last[i]).y());
            }
        }
        return centred >= MIN_CENTRED && widestInside <= narrowestBetween + TOLERANCE ? sides : Map.of();
    }

    // The narrowest pitch of two text lines one after the other on a page, the table's line pitch; NaN where none.
    private static float textPitch(List<TableLine> lines) {
        float pitch = Float.NaN;
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine line = lines.get(k);
            TableLine next = lines.get(k + 1);
            if (line.isTextOnly() && next.isTextOnly() && line.page() == next.page()
                    && !(next.y() - line.y() >= pitch)) {
                pitch = next.y() - line.y();
            }
        }
        return pitch;
    }

    // The indexes of the text lines in [from, to).
    private static List<Integer> text(List<TableLine> lines, int from, int to) {
        List<Integer> text = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (lines.get(k).isTextOnly()) {
                text.add(k);
            }
        }
        return text;
    }

    // Whether lines k to m lie on one page with no balance or total row between them.
    private static boolean samePage(List<TableLine> lines, int k, int m) {
        for (int j = k; j <= m; j++) {
            if (lines.get(j).page() != lines.get(k).page() || lines.get(j).marker() != null) {
                return false;
            }
        }
        return true;
    }
}
