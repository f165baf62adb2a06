package dev.pdfbulk.parse;

import java.util.List;

/**
 * Whether a table's lines say on which side of its date a wrapped row sets its text. Where some rows wrap (text
 * between two rows: two lines or more, or one that is no heading) and none sets that text clearly nearer its row
 * above than that row is to the line before it and than the text is to the row below, the text may as well begin
 * the row below (a grid aligned to the bottom of its cells, without the padding {@link RowBlocks} reads): text
 * above the first row, taken for a heading, may then be that row's first line. Wrapped text set a tenth nearer its
 * row above than the row below, every time (a row's own lines a point or two closer than rows are), shows it too.
 * Text the rows' distances give to the row above is in doubt where it is set nearer the row below ({@link
 * #givenAbove}). Stateless and thread-safe.
 */
final class TextAboveRows {

    // Nearer by this factor at least: baselines are exact, and a row's own lines sit a point or two closer than rows.
    private static final float NEARER = 0.9f;
    // Two text lines this much further apart than the table's tightest wrapped lines at most hold a row line between.
    private static final float MIDWAY = 1.25f;
    // A line over the first row this close, against the rows' wrapped lines under them, is set as a wrap is.
    private static final float WRAP_PITCH = 1.05f;

    /** Rows set their text below their date, or do not wrap: {@link #side}'s answer. */
    static final int BELOW = 0;
    /** Rows wrap and nothing shows their text set below their date rather than above it. */
    static final int UNPROVEN = 1;
    /**
     * As {@link #BELOW}, shown only by text under a row that no row below can own, the wraps evenly spaced: {@link
     * TableRhythm} reads it as {@link #BELOW} and still asks the words ({@link WordWrap}).
     */
    static final int BELOW_AT_END = 3;
    /** As {@link #UNPROVEN}, and some wrapped text is set a tenth nearer the row below than the row above. */
    static final int ABOVE_SEEN = 2;

    private TextAboveRows() {
    }

    /** On which side of their date the rows set their text: {@link #BELOW}, {@link #UNPROVEN} or {@link #ABOVE_SEEN}. */
    static int side(List<TableLine> lines, float clearlyNearer) {
        if (centredRow(lines)) {
            return ABOVE_SEEN;
        }
        boolean wraps = false;
        // Wrapped text set nearer the row above it than the row below, and nearer the row below than the row above.
        int nearerAbove = 0;
        int nearerBelow = 0;
        // Text after a row that no row below can own: the rows wrap below their date.
        boolean belowShown = false;
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine row = lines.get(k);
            if (!isRow(row)) {
                continue;
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly() && lines.get(j).page() == row.page()) {
                j++;
            }
            if (j == k + 1) {
                continue;
            }
            TableLine first = lines.get(k + 1);
            TableLine last = lines.get(j - 1);
            TableLine before = k > 0 && lines.get(k - 1).page() == row.page() ? lines.get(k - 1) : null;
            float under = first.y() - row.y();
            if (j == lines.size() || lines.get(j).page() != row.page() || !isRow(lines.get(j))) {
                // Text after a row, then a balance or total row, or the table's end, on the row's page: no row below
                // owns it, so it is the row's own, set below its date (a row's pitch at most: a note set well below
                // the table is none). Not over the forward or total rows of a page the table goes on after: the next
                // page's first row may own it.
                belowShown |= (j == lines.size() || lines.get(j).page() == row.page() && lines.get(j).marker() != null
                        && !PageFootMarkers.closesPage(lines, j))
                        && before != null && !RowHeading.namesASection(first) && under <= row.y() - before.y() + 0.5f;
                continue;
            }
            if (before != null && under < clearlyNearer * (row.y() - before.y())
                    && under < clearlyNearer * (lines.get(j).y() - last.y())) {
                // A wrapped line set tight under its row, the lines above and below further off: rows wrap below
                // their date (a row centred on its date sets its text as tight above it).
                return BELOW;
            }
            float over = lines.get(j).y() - last.y();
            // One short line of capitals or a section's name, clearly nearer the row below, heads it: no wrap. Set
            // further off, it is read as the row above's text, and is a wrap like any other.
            if (j > k + 2 || !RowHeading.headingLike(first)
                    || !RowHeading.namesASection(first) && over >= clearlyNearer * under) {
                wraps = true;
                nearerAbove += under < NEARER * over ? 1 : 0;
                nearerBelow += over < NEARER * under ? 1 : 0;
            }
        }
        if (textAfterRunOn(lines, false)) {
            // A row's reference run on alone under it ends that row: the text after it, over the next row's
            // amounts, is that row's first lines.
            wraps = true;
            nearerBelow++;
        }
        if (textUnderDayHeading(lines, clearlyNearer)) {
            // A day's first row sets its text above its amount: so may any row, whatever the distances say.
            wraps = true;
            nearerBelow++;
        }
        // Every wrap set tighter under its row than above the next (a row's lines closer than rows are): rows wrap
        // below their date, as a grid aligned to the bottom of its cells never sets them.
        if (!wraps || nearerBelow == 0 && nearerAbove > 0) {
            return BELOW;
        }
        if (nearerBelow == 0 && belowShown && !textOverFirstRow(lines)) {
            return BELOW_AT_END;
        }
        return nearerBelow > 0 ? ABOVE_SEEN : UNPROVEN;
    }

    /**
     * Whether the table proves that its rows set text above their amounts: after a row's reference run on alone under
     * it (that row's text ended above), text naming no section nor card stands over the next row's amounts on the
     * page, so it can be that row's only. Text over the table's first row then is that row's as well.
     */
    static boolean runOnShowsAbove(List<TableLine> lines) {
        return textAfterRunOn(lines, true);
    }

    // Text right after a reference cell run on alone under a row, up to the next row on the page; {@code untitled}:
    // two lines or more, or one that names no section nor card (a title may stand between rows too).
    private static boolean textAfterRunOn(List<TableLine> lines, boolean untitled) {
        for (int k = 0; k + 1 < lines.size(); k++) {
            if (lines.get(k).marker() != Marker.RUN_ON || !lines.get(k + 1).isTextOnly()) {
                continue;
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly() && lines.get(j).page() == lines.get(k).page()) {
                j++;
            }
            if (j < lines.size() && lines.get(j).page() == lines.get(k).page() && isRow(lines.get(j))
                    && (!untitled || j > k + 2 || !RowHeading.titleOfRows(lines.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    // A row line with no text of its own set between two text lines of its page, those no further apart than the
    // table's wrapped lines are: its amounts midway in its text, centred on it, so rows set text above their amounts.
    private static boolean centredRow(List<TableLine> lines) {
        float pitch = Float.MAX_VALUE;
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine a = lines.get(k);
            TableLine b = lines.get(k + 1);
            if (a.isTextOnly() && b.isTextOnly() && a.page() == b.page() && b.y() > a.y()) {
                pitch = Math.min(pitch, b.y() - a.y());
            }
        }
        if (pitch == Float.MAX_VALUE) {
            return false;
        }
        for (int k = 1; k + 1 < lines.size(); k++) {
            TableLine row = lines.get(k);
            if (!isRow(row) || !row.description().isEmpty()) {
                continue;
            }
            TableLine above = lines.get(k - 1);
            TableLine below = lines.get(k + 1);
            if (above.isTextOnly() && below.isTextOnly() && above.page() == row.page() && below.page() == row.page()
                    && row.y() > above.y() && below.y() > row.y() && below.y() - above.y() <= MIDWAY * pitch) {
                return true;
            }
        }
        return false;
    }

    // Text between a day's heading (a line of a date alone, no words, no money) and the day's first row, undated, on
    // one page: no row above the heading can own it, so it is that row's, set above its amount; two lines, or one no
    // heading, or one short line of capitals naming no section nor card set no nearer the row than the heading (a
    // card's or a section's name may head a day's rows, as one set clearly nearer them does). Probe fz_027_L4: a grid
    // aligned to the bottom of its cells, evenly spaced, so no distance shows the side.
    private static boolean textUnderDayHeading(List<TableLine> lines, float clearlyNearer) {
        for (int k = 0; k + 2 < lines.size(); k++) {
            TableLine heading = lines.get(k);
            if (!DayHeading.is(heading)) {
                continue;
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly() && lines.get(j).page() == heading.page()) {
                j++;
            }
            if (j > k + 1 && j < lines.size() && lines.get(j).page() == heading.page() && isRow(lines.get(j))
                    && lines.get(j).date() == null && (j > k + 2 || wrapLike(lines.get(k + 1), heading, lines.get(j),
                    clearlyNearer))) {
                return true;
            }
        }
        return false;
    }

    // One line between a heading and a row that is no heading of the row: a wrap.
    private static boolean wrapLike(TableLine text, TableLine heading, TableLine row, float clearlyNearer) {
        return !RowHeading.headingLike(text) || !RowHeading.namesASection(text) && !RowHeading.namesACard(text)
                && !RowHeading.titlesACardMember(text) && row.y() - text.y() >= clearlyNearer * (text.y() - heading.y());
    }

    // Text over the first row that no heading explains (two lines, or one no heading, or one short line of capitals
    // naming no section set as close over the row as its wrapped lines are under rows: probes fz_380_L9, fz_472_L9):
    // with text under the last row too, evenly spaced, rows may set lines on both sides of their date, and text under
    // a row proves only one side.
    private static boolean textOverFirstRow(List<TableLine> lines) {
        int first = 0;
        while (first < lines.size() && !isRow(lines.get(first))) {
            first++;
        }
        if (first == lines.size()) {
            return false;
        }
        int text = 0;
        while (text < first && lines.get(first - 1 - text).isTextOnly()
                && lines.get(first - 1 - text).page() == lines.get(first).page()) {
            text++;
        }
        TableLine over = text == 1 ? lines.get(first - 1) : null;
        return text >= 2 || over != null && (!RowHeading.headingLike(over)
                || !RowHeading.namesASection(over) && lines.get(first).y() - over.y() <= WRAP_PITCH * wrapPitch(lines));
    }

    // The tightest distance from a row to the text right under it on its page (its wrapped lines' pitch), or 0.
    private static float wrapPitch(List<TableLine> lines) {
        float pitch = Float.MAX_VALUE;
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine row = lines.get(k);
            TableLine under = lines.get(k + 1);
            if (isRow(row) && under.isTextOnly() && under.page() == row.page() && under.y() > row.y()) {
                pitch = Math.min(pitch, under.y() - row.y());
            }
        }
        return pitch == Float.MAX_VALUE ? 0 : pitch;
    }

    /**
     * Why {@code text}, given to the complete row above it (its last line at {@code lastY} on the text's page) rather
     * than to the row starting at {@code next}, is in doubt, or null: it is set a tenth nearer the row below, or, where
     * the table sets some wrapped text above its row's amounts ({@link #ABOVE_SEEN}), or its words show it the row
     * below's first line ({@code wordsSayBelow}, {@link WordWrap}), not a tenth nearer the row above.
     * It may as well begin (or head) the row below, and the amounts add up either way.
     */
    static String givenAbove(TableLine text, float lastY, TableLine next, int side, boolean wordsSayBelow) {
        if (next == null || next.page() != text.page()) {
            return null;
        }
        float up = text.y() - lastY;
        float down = next.y() - text.y();
        boolean notNearerAbove = up >= NEARER * down;
        return down < NEARER * up || notNearerAbove && (side == ABOVE_SEEN || wordsSayBelow)
                ? "text between two rows (page " + text.page() + ": \"" + text.description() + "\") may begin the row below"
                : null;
    }

    /**
     * Why {@code text}, given to the complete row above it at a page's foot, the next row being on a later page, is in
     * doubt, or null: where the table sets some wrapped text above its rows' amounts ({@code aboveSeen}: nearer the
     * row below, or in the block of the row below), the page break may have split the next page's first row from its
     * first lines; no distance across the break can tell.
     */
    static String atPageFoot(TableLine text, boolean aboveSeen) {
        return aboveSeen ? "text at the foot of page " + text.page() + " (\"" + text.description()
                + "\") may begin the next page's first row" : null;
    }

    // A line of a row: its amount on it (a balance or total row is none).
    private static boolean isRow(TableLine line) {
        return line.marker() == null && line.hasTransactionMoney();
    }
}
