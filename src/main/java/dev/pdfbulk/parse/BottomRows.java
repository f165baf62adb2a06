package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows aligned to the bottom of their cells where nothing parts them ({@link RowBlocks} reads padding): each row's
 * date and amounts on its last line, its wrapped text above them, every line evenly spaced. The distances say nothing
 * then; the words do. A description wraps where its next word no longer fits ({@link WordWrap}), so a row whose line
 * had room for the first word of the text under it ends there, and that text begins the row below, whatever the
 * table's alignment. A table keeps one alignment: to the top (text under the amounts), the bottom, the middle (as
 * many lines under the amounts as over them, or one more), or a fixed number of lines over the amounts and the rest
 * under them; in all but the top one a row sets text under its amounts only where it sets over them as many lines
 * as the table's fullest rows do. So the page proves every line between two rows the row below's where its rows
 * print their text with their amounts, nothing stands under its last row or over a day's heading (a date with no
 * amount), text stands over its first row or under a day's heading before its first row (no row above owns it: no
 * table aligned to the top sets text so, whatever breaks its descriptions, a detail line under a short row being no
 * wrap), every block over a row is set as a wrapped row's first lines are (each line too full for the next one's
 * first word), twice at least a row's line had room for the first word of the text under it, one row with text
 * over it shows none under it (no centred table does), and every other block between two rows follows a row that
 * had room for its first word or sets fewer lines over its amounts than a row shown to own all its lines over them
 * (so it has none under them), or some row is shown to set three lines or more over its amounts, all its own (a
 * table setting a fixed number over its amounts and the rest under them sets one or two). Each text line then begins
 * the row below it, across a page break too. Stateless and thread-safe.
 */
final class BottomRows {

    // Room to spare, in points, for a word to count as fitting: glyph advances are rounded, kerning ignored.
    private static final float TOLERANCE = 0.5f;
    // Rows whose line had room for the first word of the text under it: one alone proves no layout.
    private static final int MIN_ROOM = 2;
    // The most lines a table setting a fixed number of lines over its amounts and the rest under them sets there: a
    // payee's line or two over the amounts' line, the details under it (probes valign=two). No statement sets three or
    // more over its amounts and wraps the rest under them: rows shown to set more, all their own, are aligned to the
    // bottom of their cells, so every other row sets its text over its amounts too.
    private static final int FIXED_OVER = 2;

    private BottomRows() {
    }

    /**
     * Every text line of the table mapped to true (it begins the row below it) where the page proves its rows aligned
     * to the bottom of their cells as described above; empty otherwise.
     */
    static Map<TableLine, Boolean> sides(List<TableLine> lines) {
        List<Integer> rows = rows(lines);
        Width width = rows.size() < 2 ? null : Width.of(lines);
        int n = rows.size();
        // Whether a day's heading (a date with no amount) stands over row i, after the row before it: the text under
        // it is the row's own, as the first row's is.
        boolean[] headed = new boolean[n];
        List<List<TableLine>> blocks = width == null ? null : blocks(lines, rows, width, headed);
        if (blocks == null) {
            return Map.of();
        }
        // Whether the row above had room for the first word of the block over row i: that block begins row i.
        boolean[] room = new boolean[n];
        int rooms = 0;
        for (int i = 1; i < n; i++) {
            room[i] = !headed[i] && !blocks.get(i).isEmpty()
                    && width.room(lines.get(rows.get(i - 1)), blocks.get(i).get(0));
            rooms += room[i] ? 1 : 0;
        }
        // Text under the table's header or a day's heading is its row's own, as text under a row with room is.
        boolean[] ownFirst = new boolean[n];
        for (int i = 0; i < n; i++) {
            ownFirst[i] = i == 0 || headed[i] || room[i];
        }
        if (rooms < MIN_ROOM || !textUnderAHeading(blocks, headed) || !noneUnderShown(blocks, ownFirst)
                || !allOwn(blocks, ownFirst)) {
            return Map.of();
        }
        Map<TableLine, Boolean> sides = new IdentityHashMap<>();
        blocks.forEach(b -> b.forEach(line -> sides.put(line, true)));
        return sides;
    }

    // The text over each row, back to the row before it or a day's heading under that row (the first row's: all text
    // over it), or null where a block is not set as a wrapped row's first lines or text stands over a day's heading
    // (under a row, that row's under its amounts; over the first, a title). Marks in {@code headed} the rows a day's
    // heading stands over.
    private static List<List<TableLine>> blocks(List<TableLine> lines, List<Integer> rows, Width width,
                                                boolean[] headed) {
        List<List<TableLine>> blocks = new ArrayList<>();
        int from = 0;
        for (int row : rows) {
            List<TableLine> block = new ArrayList<>();
            for (int k = from; k < row; k++) {
                if (lines.get(k).isTextOnly()) {
                    block.add(lines.get(k));
                } else if (dayHeading(lines.get(k))) {
                    if (!block.isEmpty()) {
                        return null;
                    }
                    headed[blocks.size()] = true;
                }
            }
            if (!setAsFirstLines(block, lines.get(row), width)) {
                return null;
            }
            blocks.add(block);
            from = row + 1;
        }
        return blocks;
    }

    // Whether text stands over the first row or under a day's heading, before a row: no row above owns it, so the rows
    // set text over their amounts (no table aligned to the top does), whether its descriptions wrap by width or not.
    private static boolean textUnderAHeading(List<List<TableLine>> blocks, boolean[] headed) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).isEmpty() && (i == 0 || headed[i])) {
                return true;
            }
        }
        return false;
    }

    // Whether a row with text over it, all its own ({@code ownFirst}: under the table's header or a day's heading, or
    // under a row that had room for its first word), shows no text under its amounts (none follows, or the text
    // after it is the row below's own): no centred table sets its rows so.
    private static boolean noneUnderShown(List<List<TableLine>> blocks, boolean[] ownFirst) {
        for (int i = 0; i < blocks.size(); i++) {
            boolean ownOver = !blocks.get(i).isEmpty() && ownFirst[i];
            boolean noneUnder = i + 1 == blocks.size() || blocks.get(i + 1).isEmpty() || ownFirst[i + 1];
            if (ownOver && noneUnder) {
                return true;
            }
        }
        return false;
    }

    // Whether every block is its row's own: it follows a row that had room for its first word, or a row setting fewer
    // lines over its amounts than one shown to own all its lines over them (the table sets that many at least, so
    // that row sets none under its amounts); or any, where a row is shown to own more lines over its amounts than a
    // table with a fixed number over them sets.
    private static boolean allOwn(List<List<TableLine>> blocks, boolean[] ownFirst) {
        int n = blocks.size();
        boolean[] own = new boolean[n];
        int mostOwn = 0;
        for (int i = 0; i < n; i++) {
            own[i] = blocks.get(i).isEmpty() || ownFirst[i];
            mostOwn = own[i] ? Math.max(mostOwn, blocks.get(i).size()) : mostOwn;
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int i = 1; i < n; i++) {
                if (!own[i] && blocks.get(i - 1).size() < mostOwn) {
                    own[i] = true;
                    mostOwn = Math.max(mostOwn, blocks.get(i).size());
                    grew = true;
                }
            }
        }
        if (mostOwn > FIXED_OVER) {
            // More lines over its amounts than a table setting a fixed number over them and the rest under sets.
            return true;
        }
        for (boolean o : own) {
            if (!o) {
                return false;
            }
        }
        return true;
    }

    // The indexes of the row lines (a line with its amount and its text), or none where the table holds a line this
    // layout does not explain: a dated line without an amount, a section's or a card's name, a total between two rows
    // of a page, text under the last row, a row with no text of its own (centred between two lines), or a second
    // text column.
    private static List<Integer> rows(List<TableLine> lines) {
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            TableLine line = lines.get(k);
            if (line.marker() == null && line.hasTransactionMoney()) {
                if (line.description().isEmpty() || line.cells().size() != 1) {
                    return List.of();
                }
                rows.add(k);
            } else if (line.isTextOnly()) {
                if (line.cells().size() != 1 || RowHeading.namesASection(line) || RowHeading.namesACard(line)
                        || RowHeading.titlesACardMember(line)) {
                    return List.of();
                }
            } else if (dayHeading(line)) {
                continue;
            } else if (line.marker() != Marker.BALANCE && line.marker() != Marker.TOTAL) {
                return List.of();
            } else if (!rows.isEmpty() && !PageFootMarkers.closesPage(lines, k)
                    && lines.get(rows.get(rows.size() - 1)).page() == line.page() && rowBelow(lines, k)) {
                // A total between two rows of one page (a card's, mid-table): the rows around it are no one block.
                return List.of();
            }
        }
        if (rows.isEmpty()) {
            return rows;
        }
        for (int k = rows.get(rows.size() - 1) + 1; k < lines.size(); k++) {
            if (lines.get(k).isTextOnly()) {
                return List.of();
            }
        }
        return rows;
    }

    // A day's heading over its rows: a date with no amount ("Monday 03 Mar 2025"), the rows under it dated by it.
    private static boolean dayHeading(TableLine line) {
        return line.marker() == null && line.date() != null && line.money().isEmpty();
    }

    private static boolean rowBelow(List<TableLine> lines, int k) {
        for (int j = k + 1; j < lines.size(); j++) {
            if (lines.get(j).marker() == null && lines.get(j).hasTransactionMoney()) {
                return true;
            }
        }
        return false;
    }

    // Whether the block's lines are set as a wrapped row's first lines over its row line: each too full for the next
    // line's first word (a line short of that shows descriptions broken other than by width).
    private static boolean setAsFirstLines(List<TableLine> block, TableLine row, Width width) {
        for (int t = 0; t < block.size(); t++) {
            if (!width.full(block.get(t), t + 1 < block.size() ? block.get(t + 1) : row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The width the table's descriptions wrap at: counted in characters (its widest line with a space), and where every
     * line was measured, in points (the right end of its widest line).
     */
    private record Width(int characters, float points) {

        // Null where the descriptions show no width they wrap at, or some run past the next column's start.
        static Width of(List<TableLine> lines) {
            int widest = WordWrap.widest(lines);
            float right = Float.NEGATIVE_INFINITY;
            float reach = Float.POSITIVE_INFINITY;
            boolean measured = true;
            for (TableLine line : lines) {
                if (line.marker() != null) {
                    continue;
                }
                TableLine.Fit fit = line.fit();
                measured &= fit != null;
                if (fit != null) {
                    reach = Math.min(reach, fit.reach());
                }
                if (line.description().indexOf(' ') > 0 && fit != null) {
                    right = Math.max(right, fit.right());
                }
            }
            if (WordWrap.fullLines(lines).isEmpty() || measured && !(right < reach)) {
                return null;
            }
            return new Width(widest, measured ? right : Float.NaN);
        }

        // Whether the line, half the width at least, is too full for the first word of the one after it, counted in
        // characters (type is not monospaced: in points a line wrapped by its characters may end short of the widest);
        // or shorter, too full for a word over half the width, which wraps whatever short line stands before it
        // ("NETFLIX" over "SUBSCRIPTION" at 16 characters).
        boolean full(TableLine line, TableLine after) {
            if (WordWrap.tooFullFor(line, after, characters)) {
                return true;
            }
            String next = after.description();
            int word = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
            return 2 * word > characters && line.description().length() + 1 + word > characters;
        }

        // Whether the line had room, a tenth of the width to spare (and in points, within the widest line), for the
        // first word of the one after it: the description would have taken it there.
        boolean room(TableLine line, TableLine after) {
            if (!WordWrap.roomFor(line, after, characters)) {
                return false;
            }
            return Float.isNaN(points) || line.fit().right() + after.fit().lead() <= points - TOLERANCE;
        }
    }
}
