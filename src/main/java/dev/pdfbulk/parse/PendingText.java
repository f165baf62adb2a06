package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of text only that wait between a table's rows until the next line with a date or an amount shows whose
 * they are, and the rules that place them: each joins the open row above, is carried to the row starting below (when
 * clearly nearer to it, or where the table's rows begin above their date or amount), heads the rows as a section or
 * card title and joins none, or is the rest of a row a page break split; where nothing on the page can tell, the
 * reading is put in doubt. {@link RowAssembler}'s own; not thread-safe.
 */
final class PendingText {

    // Text goes to the next row only when clearly nearer to it; evenly spaced lines stay with the row above.
    static final float CLEARLY_NEARER = 0.75f;
    // A gap under text given to the row above this much narrower than the gap over it parts no rows there.
    private static final float SPLIT_NARROWER = 0.9f;

    /** What the waiting text needs of the rows being assembled around it. */
    interface Rows {
        /** The row still open (the one above the waiting text), or null. */
        OpenRow open();

        /** Closes the open row, adding its event. */
        void close();

        /** Sets the direction the rows below are listed under (a section heading's). */
        void section(int direction);

        /** Why the rows' descriptions are in doubt, or null. */
        String doubt();

        /** Sets why the rows' descriptions are in doubt (null: they are not). */
        void doubt(String why);

        /** Adds the line to the row a page break split when it is that row's rest; else false. */
        boolean restOfSplitRow(TableLine text);

        /** Whether the last row, complete, ended on a page before {@code page}, its text open to a rest there. */
        boolean completeRowBefore(int page);
    }

    private final List<TableLine> lines = new ArrayList<>();
    private final TableRhythm rhythm;
    private final Rows rows;
    // With no row open, the line above the next row: the header or a balance or section row (NaN: none).
    private int abovePage;
    private float aboveY = Float.NaN;
    // The row above ended where its reference ran on alone: the text after it, over any forward or total rows, is the
    // next row's.
    private boolean nextRowOwns;

    PendingText(TableRhythm rhythm, Rows rows) {
        this.rhythm = rhythm;
        this.rows = rows;
    }

    void add(TableLine text) {
        lines.add(text);
    }

    /** The waiting lines, in order (a live view). */
    List<TableLine> lines() {
        return lines;
    }

    /** Gives every waiting line to the open row: the row's amount comes on a later line. */
    void giveAll(OpenRow open) {
        lines.forEach(open::add);
        lines.clear();
    }

    /** The row above has ended (its reference ran on alone under it): the text from here on is the next row's. */
    void nextRowOwns() {
        nextRowOwns = true;
    }

    /** Notes the line right above the next row: the header, a balance, total or section row, a heading. */
    void above(int page, float y) {
        abovePage = page;
        aboveY = y;
    }

    /**
     * Over the forward or total rows a page break prints, why text waiting under the complete row {@code open} may be
     * in doubt, or null: where the table sets text above its amounts, it may begin the next page's first row.
     */
    String doubtAtPageFoot(OpenRow open) {
        if (lines.isEmpty() || open == null || !open.hasTransactionMoney() || open.lastPage != lines.get(0).page()
                || lines.stream().allMatch(rhythm.blockSides()::containsKey)) {
            // No text, or text whose row the rows' layout proves: nothing the page break may have split.
            return null;
        }
        return TextAboveRows.atPageFoot(lines.get(lines.size() - 1),
                rhythm.side() == TextAboveRows.ABOVE_SEEN || rhythm.blockSides().containsValue(Boolean.TRUE));
    }

    /**
     * Gives each waiting text line to the open row, or carries it over to the row starting at {@code next} when that
     * row's first line is nearer. Returns the lines carried over.
     */
    List<TableLine> settle(TableLine next) {
        OpenRow open = rows.open();
        List<TableLine> carried = new ArrayList<>();
        // Where wrapped rows end on their amount, text after a complete row starts the next undated one.
        boolean startsNext = rhythm.amountLast() && next != null && next.date() == null && next.hasTransactionMoney()
                && open != null && open.hasTransactionMoney();
        if (next != null && next.date() != null && open != null && open.hasTransactionMoney()
                && lines.size() == 1 && RowHeading.titlesACardMember(lines.get(0))) {
            // "JOHN D REYES  Card Ending 1-41017" between two rows: the title of the next card's rows, no text of the
            // row above however near it is set; the section the rows are listed under goes on.
            TableLine title = lines.remove(0);
            rows.close();
            above(title.page(), title.y());
            return List.of();
        }
        if (next != null && open != null && open.hasTransactionMoney() && lines.size() == 1
                && !rhythm.blockSides().containsKey(lines.get(0))
                && RowHeading.heads(lines.get(0), next, rhythm.rowPitch())
                && (nearer(lines.get(0), next, open) || rhythm.sectionNamesOnly())
                && !(endsPreviousPage(lines.get(0), open) && !RowHeading.namesASection(lines.get(0)))) {
            // "PURCHASES & DEBITS" between two rows: it names the rows below and joins neither. Under a page's
            // repeated header, where rows wrap below their first line, a short line of capitals that names no section
            // ("GEICO AUTO") is the previous page's last row's rest: across the page break, nearness proves nothing.
            TableLine heading = lines.remove(0);
            rows.close();
            rows.section(Marker.sectionDirection(heading.description()));
            above(heading.page(), heading.y());
            return List.of();
        }
        if (next == null && rhythm.datesTrail() && open != null) {
            // Where dates trail, text set well below the last row (a closing note) is none of its.
            lines.subList(TrailingDates.attached(lines, open.lastPage, open.lastY, rhythm.blockPitch()),
                    lines.size()).clear();
        }
        // Text above a row taken for a heading: in doubt where it may be the row's first line.
        TableLine dropped = null;
        List<TableLine> held = new ArrayList<>();
        // The last text line given to the row above by nearness, and the gap over it.
        TableLine givenUp = null;
        float givenUpGap = 0;
        for (TableLine text : lines) {
            TableLine justGivenUp = givenUp;
            givenUp = null;
            if (open == null && next != null && next.date() != null && RowHeading.titlesACardMember(text)) {
                // "J SMITH Card ending 7730" under a card's totals: the next card's title, heading its rows, no text
                // of the row below however the whitespace around it is set.
                dropped = dropped != null ? dropped : text;
                continue;
            }
            Boolean above = nextRowOwns ? Boolean.TRUE : rhythm.blockSides().get(text);
            if (above == null && open == null && carried.isEmpty() && rhythm.wrapsBelow() && rows.restOfSplitRow(text)) {
                // Under the forward rows at the top of the next page: the rest of the row the page break split.
                continue;
            }
            if (above != null) {
                // The whitespace between rows says which row the line is set in, above or below its date.
                if (above && next == null) {
                    // The upper half of the next page's first row, over this page's forward or total rows: it waits.
                    held.add(text);
                } else if (!above && open == null && !rows.restOfSplitRow(text)) {
                    // The lower half of a row closed by a page's forward rows it could not rejoin: say so.
                    carried.add(text);
                    if (rows.doubt() == null) {
                        rows.doubt("text under a row (page " + text.page() + ": \"" + text.description()
                                + "\") could not rejoin its row across the page break");
                    }
                } else if (above) {
                    carried.add(text);
                } else if (open != null) {
                    open.add(text);
                }
                continue;
            }
            boolean nearerNext = next != null && carried.isEmpty() && nearer(text, next, open)
                    && !endsPreviousPage(text, open) || startsNext;
            // "Payments" right under the header, in a table whose rows wrap below their date or never wrap: a
            // section's name heading the rows, no first line of the row below.
            boolean namesTheRows = open == null && next != null && (rhythm.wrapsBelow() || rhythm.sectionNamesOnly())
                    && RowHeading.namesASection(text);
            // Where a row's text is shown set above its amounts (after a reference run on alone), text under the
            // header or a balance row, over a row of its page and titling no rows, is that row's first line.
            boolean firstLine = open == null && rhythm.aboveProven() && next != null && next.page() == text.page()
                    && !RowHeading.titleOfRows(text);
            if (open == null && nearerNext && !firstLine && (namesTheRows
                    || RowHeading.headsTheRows(text, next, abovePage, aboveY, rhythm.rowPitch()))) {
                // A line under a card's title is no title: the doubt below asks of it, not of the title.
                dropped = dropped == null || cardTitle(dropped) && !cardTitle(text) ? text : dropped;
                if (!RowHeading.namesASection(text) && !RowHeading.namesACard(text)) {
                    // Taken for a heading over the page's first row, it may as well be the previous page's rest.
                    doubtPageTop(text, next);
                }
                if (RowHeading.namesASection(text)) {
                    // "Purchases" under the header or a section's total: the rows below are of its kind.
                    rows.section(Marker.sectionDirection(text.description()));
                }
                continue;
            }
            if (nearerNext || !carried.isEmpty() || open == null) {
                doubtPageTop(text, next);
                doubtSplit(justGivenUp, givenUpGap, text);
                carried.add(text);
            } else {
                givenUp = open.lastPage == text.page() ? text : null;
                givenUpGap = text.y() - open.lastY;
                if (rows.doubt() == null && open.hasTransactionMoney() && open.lastPage == text.page()) {
                    // A day's heading opening the next page stands over that day's rows: text above it begins none.
                    rows.doubt(next != null && next.page() > text.page()
                            ? TextAboveRows.atPageFoot(text, !(DayHeading.is(next) && !rhythm.datesTrail())
                                    && (rhythm.side() == TextAboveRows.ABOVE_SEEN
                                    || rhythm.blockSides().containsValue(Boolean.TRUE)))
                            : TextAboveRows.givenAbove(text, open.lastY, next, rhythm.side(),
                                    rhythm.beginningBelow().contains(text)));
                }
                open.add(text);
            }
        }
        lines.clear();
        lines.addAll(held);
        nextRowOwns &= next == null;
        if (dropped != null && rows.doubt() == null && (rhythm.side() != TextAboveRows.BELOW
                && !RowHeading.namesACard(dropped) && !RowHeading.titlesACardMember(dropped)
                || !carried.isEmpty() && !titleApart(dropped, carried))) {
            // Where rows may wrap above their date (a card's title stays one), or the lines under it went part to
            // the row, part to no row.
            rows.doubt("text above a row (page " + dropped.page() + ": \"" + dropped.description()
                    + "\") may be its description's first line");
        }
        return next == null ? List.of() : carried;
    }

    // A card's title the rows' layout leaves in no row, over lines it places in the row below (CentredRows counts
    // the rows after a title as a run of their own): the title stands apart, the lines under it are proven that row's.
    private boolean titleApart(TableLine title, List<TableLine> carried) {
        return RowHeading.titlesACardMember(title) && !rhythm.blockSides().containsKey(title)
                && carried.stream().allMatch(rhythm.blockSides()::containsKey);
    }

    private static boolean cardTitle(TableLine text) {
        return RowHeading.namesACard(text) || RowHeading.titlesACardMember(text);
    }

    // Text between two rows parted where the gap is narrower than the one over the part given to the row above: a
    // reader parts them at the wider gap, so that part may begin the row below (the amounts add up either way).
    private void doubtSplit(TableLine givenUp, float givenUpGap, TableLine text) {
        if (givenUp != null && rows.doubt() == null && text.page() == givenUp.page()
                && text.y() - givenUp.y() < SPLIT_NARROWER * givenUpGap) {
            rows.doubt("text between two rows (page " + givenUp.page() + ": \"" + givenUp.description()
                    + "\") may begin the row below");
        }
    }

    // Text carried to a page's first row, the page before having ended on a complete row: where the table's rows
    // may set text below their date and amounts, it may be that row's rest; no distance across the break can tell.
    private void doubtPageTop(TableLine text, TableLine next) {
        if (next != null && next.page() == text.page() && rows.doubt() == null && !rhythm.textAboveOnly()
                && rows.completeRowBefore(text.page())) {
            rows.doubt("text at the top of page " + text.page() + " (\"" + text.description()
                    + "\") may end the previous page's last row");
        }
    }

    // Whether the text line is the next row's by distance: clearly nearer to it than to the open row.
    private static boolean nearer(TableLine text, TableLine next, OpenRow open) {
        return next.page() == text.page() && (open == null || open.lastPage != text.page()
                || next.y() - text.y() < CLEARLY_NEARER * (text.y() - open.lastY));
    }

    // Where rows wrap below their first line, text above a page's first row (under the repeated header) is the
    // rest of the previous page's last row, split by the page break, as the rest of a wrapped date is.
    private boolean endsPreviousPage(TableLine text, OpenRow open) {
        return rhythm.wrapsBelow() && open != null && open.hasTransactionMoney() && text.page() > open.lastPage;
    }
}
