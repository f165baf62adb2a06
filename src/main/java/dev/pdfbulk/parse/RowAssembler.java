package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins table lines into transactions. A dated line starts a row; an amount on a line without a date
 * either completes a row still waiting for its amount (amount printed on the last wrapped line) or
 * starts a row on the same date. A line of text only is part of a wrapped description: it joins the row
 * whose lines are vertically nearest, so layouts that centre the date and amount in a tall row (text
 * above and below them) read as well as top-aligned ones; but where the table's wrapped rows end on their
 * amount ({@link WrapLayout}), text after a complete row begins the next row whose amount it precedes.
 * Lines are assembled when {@link #events} is called, once the whole table is known. Not thread-safe.
 */
final class RowAssembler {

    // Text goes to the next row only when clearly nearer to it; evenly spaced lines stay with the row above.
    static final float CLEARLY_NEARER = 0.75f;

    private final List<TableEvent> events = new ArrayList<>();
    private final List<TableLine> pendingText = new ArrayList<>();
    private OpenRow open;
    // The direction named by the last section heading ("Payments and Credits": +1), 0 when none.
    private int section;
    // Whether the table being fed has a balance column: then only a value in it is a balance.
    private boolean balanceColumn;
    // With no row open, the line above the next row: the header or a balance or section row (NaN: none).
    private int abovePage;
    private float aboveY = Float.NaN;
    private final List<TableFragment> fragments = new ArrayList<>();
    // How the table's rows lie, learnt from all its lines before any row is assembled.
    private TableRhythm rhythm;
    // Why the rows' descriptions are in doubt, or null: text set above a row that no rhythm gives to it.
    private String doubt;
    // The last row, closed by a forward or total row after it: text under those rows on a later page is its rest.
    private final SplitRow split = new SplitRow();
    // A date alone closed by a total or forward row (a day heading at a page's foot), for the next undated row.
    private RawDate heading;
    // Forward rows carrying the columns' totals under a label the vocabulary may not know (EdgeTotals).
    private final Set<TableLine> edgeTotals = new HashSet<>();
    // Forward and total rows closing a page the table goes on after (PageFootMarkers).
    private Set<TableLine> pageFoot = Set.of();

    /** Feeds the lines of the table's next fragment (one page's part), in order. */
    void accept(TableFragment fragment) {
        fragments.add(fragment);
    }

    // The rows are assembled once the whole table is known: its wrapped rows show where it prints amounts.
    private void assemble() {
        List<TableLine> all = new ArrayList<>();
        fragments.forEach(f -> all.addAll(f.lines()));
        rhythm = TableRhythm.of(all, fragments.stream().allMatch(f -> f.columns().date() == null), CLEARLY_NEARER);
        pageFoot = PageFootMarkers.of(all);
        for (TableFragment fragment : fragments) {
            balanceColumn = fragment.columns().first(ColumnKind.BALANCE) != null;
            if (!fragment.title().isEmpty()) {
                // A section title right above the header ("CHECKS PAID", "FEES (continued)") names the rows under it.
                section = Marker.sectionDirection(fragment.title());
            }
            above(fragment.page(), fragment.headerY());
            EdgeTotals.find(fragment.lines(), edgeTotals);
            fragment.lines().forEach(this::accept);
        }
        fragments.clear();
    }

    private void accept(TableLine line) {
        if (line.isTextOnly()) {
            pendingText.add(line);
            return;
        }
        if (line.marker() != null) {
            if (RowHeading.headsNilTotal(pendingText, line)) {
                // "FEES CHARGED" over "TOTAL FEES FOR THIS PERIOD $0.00" under the last row: an empty section's
                // heading, no text of the row above.
                pendingText.clear();
            }
            // A total row printing, under the balance column, the balance the rows have reached ("Total  3,27,235.88
            // 2,12,606.79  1,34,086.31 Cr"): the table's closing balance, where no closing row or label prints it.
            Amount reached = line.marker() == Marker.TOTAL && open != null && open.hasTransactionMoney()
                    ? open.money.get(ColumnKind.BALANCE) : null;
            if (doubt == null && pageFoot.contains(line) && !pendingText.isEmpty() && open != null
                    && open.hasTransactionMoney() && open.lastPage == pendingText.get(0).page()) {
                // Text under a complete row, over the forward or total rows the page break prints: where the table
                // sets text above its amounts, it may begin the next page's first row.
                doubt = TextAboveRows.atPageFoot(pendingText.get(pendingText.size() - 1),
                        rhythm.side() == TextAboveRows.ABOVE_SEEN || rhythm.blockSides().containsValue(Boolean.TRUE));
            }
            settlePending(null);
            // A section's total ("Total Purchases for this Period") ends its rows: text after it, on the next page
            // too, is no rest of the row above it, as text under a forward row may be.
            pause(line.marker() != Marker.SECTION
                    && !(line.marker() == Marker.TOTAL && Marker.sectionDirection(line.description()) != 0));
            above(line.page(), line.y());
            if (line.printsBalance(reached)) {
                events.add(new TableEvent.BalanceMark(line.money().get(ColumnKind.BALANCE), line.page()));
            }
            if (line.marker() == Marker.SECTION) {
                section = Marker.sectionDirection(line.description());
            }
            if (line.marker() == Marker.BALANCE) {
                Amount value = RowEvents.balance(line, balanceColumn);
                if (value != null) {
                    events.add(new TableEvent.BalanceMark(value, line.page()));
                }
            }
            return;
        }
        if (rhythm.datesTrail() && line.date() != null && open != null && open.date == null) {
            // The date under a row's amounts is that row's: its line continues the row.
            settlePending(null);
            open.date = line.date();
            open.add(line);
            return;
        }
        if (line.date() == null && open != null && !open.hasTransactionMoney()
                && (line.hasTransactionMoney() || line.money().containsKey(ColumnKind.BALANCE))) {
            // The row's amount comes on a later line: everything in between is its text.
            pendingText.forEach(open::add);
            pendingText.clear();
            open.add(line);
            return;
        }
        if (rhythm.valueDates() && open != null && open.hasTransactionMoney() && ValueDateLines.isValueLine(line)) {
            // The value date starting the row's second line: its text is the row's, the date none of its.
            settlePending(null);
            open.add(line);
            return;
        }
        if (edgeTotals.contains(line)) {
            // A row of its own, for ColumnTotals to judge, taking no text: the text under it is another row's.
            settlePending(null);
            pause(true);
            OpenRow totals = new OpenRow(line, section);
            totals.add(line);
            events.add(RowEvents.row(totals));
            above(line.page(), line.y());
            return;
        }
        if (open != null && ForeignAmountLine.under(line, open.money)) {
            // "76,38 €" under the row's bare amount: the same money in the operation's currency, the text the row's.
            settlePending(null);
            open.add(line);
            return;
        }
        if (line.date() != null || line.hasTransactionMoney()) {
            List<TableLine> carried = settlePending(line);
            close();
            split.forget();
            open = new OpenRow(line, section);
            open.date = open.date != null ? open.date : heading;
            heading = null;
            open.prepend(carried);
            open.add(line);
            return;
        }
        settlePending(null);
        if (open != null && open.hasTransactionMoney() && line.repeatsBalance(open.money.get(ColumnKind.BALANCE))) {
            // The balance the rows have reached, repeated under a label the vocabulary does not know ("DÖNEM SONU
            // BAKİYESİ"): a balance row, never more text of the row above.
            close();
            above(line.page(), line.y());
            events.add(new TableEvent.BalanceMark(line.money().get(ColumnKind.BALANCE), line.page()));
            return;
        }
        if (open != null) {
            open.add(line);
        }
    }

    /**
     * Gives each pending text line to the open row, or carries it over to the row starting at
     * {@code next} when that row's first line is nearer. Returns the lines carried over.
     */
    private List<TableLine> settlePending(TableLine next) {
        List<TableLine> carried = new ArrayList<>();
        // Where wrapped rows end on their amount, text after a complete row starts the next undated one.
        boolean startsNext = rhythm.amountLast() && next != null && next.date() == null && next.hasTransactionMoney()
                && open != null && open.hasTransactionMoney();
        if (next != null && next.date() != null && open != null && open.hasTransactionMoney()
                && pendingText.size() == 1 && RowHeading.titlesACardMember(pendingText.get(0))) {
            // "JOHN D REYES  Card Ending 1-41017" between two rows: the title of the next card's rows, no text of the
            // row above however near it is set; the section the rows are listed under goes on.
            TableLine title = pendingText.remove(0);
            close();
            above(title.page(), title.y());
            return List.of();
        }
        if (next != null && open != null && open.hasTransactionMoney() && pendingText.size() == 1
                && !rhythm.blockSides().containsKey(pendingText.get(0))
                && RowHeading.heads(pendingText.get(0), next, rhythm.rowPitch())
                && (nearer(pendingText.get(0), next) || rhythm.sectionNamesOnly())
                && !(endsPreviousPage(pendingText.get(0)) && !RowHeading.namesASection(pendingText.get(0)))) {
            // "PURCHASES & DEBITS" between two rows: it names the rows below and joins neither. Under a page's
            // repeated header, where rows wrap below their first line, a short line of capitals that names no section
            // ("GEICO AUTO") is the previous page's last row's rest: across the page break, nearness proves nothing.
            TableLine heading = pendingText.remove(0);
            close();
            section = Marker.sectionDirection(heading.description());
            above(heading.page(), heading.y());
            return List.of();
        }
        if (next == null && rhythm.datesTrail() && open != null) {
            // Where dates trail, text set well below the last row (a closing note) is none of its.
            pendingText.subList(TrailingDates.attached(pendingText, open.lastPage, open.lastY, rhythm.blockPitch()),
                    pendingText.size()).clear();
        }
        // Text above a row taken for a heading: in doubt where it may be the row's first line.
        TableLine dropped = null;
        for (TableLine text : pendingText) {
            Boolean above = rhythm.blockSides().get(text);
            if (above == null && open == null && carried.isEmpty() && rhythm.wrapsBelow() && split.take(text, events)) {
                // Under the forward rows at the top of the next page: the rest of the row the page break split.
                continue;
            }
            if (above != null) {
                // The whitespace between rows says which row the line is set in, above or below its date.
                if (above || open == null) {
                    carried.add(text);
                } else {
                    open.add(text);
                }
                continue;
            }
            boolean nearerNext = next != null && carried.isEmpty() && nearer(text, next) && !endsPreviousPage(text)
                    || startsNext;
            // "Payments" right under the header, in a table whose rows wrap below their date or never wrap: a
            // section's name heading the rows, no first line of the row below.
            boolean namesTheRows = open == null && next != null && (rhythm.wrapsBelow() || rhythm.sectionNamesOnly())
                    && RowHeading.namesASection(text);
            if (open == null && nearerNext && (namesTheRows
                    || RowHeading.headsTheRows(text, next, abovePage, aboveY, rhythm.rowPitch()))) {
                dropped = dropped != null ? dropped : text;
                if (RowHeading.namesASection(text)) {
                    // "Purchases" under the header or a section's total: the rows below are of its kind.
                    section = Marker.sectionDirection(text.description());
                }
                continue;
            }
            if (nearerNext || !carried.isEmpty() || open == null) {
                carried.add(text);
            } else {
                if (doubt == null && open.hasTransactionMoney() && open.lastPage == text.page()) {
                    doubt = next != null && next.page() > text.page()
                            ? TextAboveRows.atPageFoot(text, rhythm.side() == TextAboveRows.ABOVE_SEEN
                                    || rhythm.blockSides().containsValue(Boolean.TRUE))
                            : TextAboveRows.givenAbove(text, open.lastY, next, rhythm.side(),
                                    rhythm.beginningBelow().contains(text));
                }
                open.add(text);
            }
        }
        pendingText.clear();
        if (dropped != null && doubt == null && (rhythm.side() != TextAboveRows.BELOW && !RowHeading.namesACard(dropped)
                || !carried.isEmpty())) {
            // Where rows may wrap above their date (a card's title stays one), or the lines under it went part to
            // the row, part to no row.
            doubt = "text above a row (page " + dropped.page() + ": \"" + dropped.description()
                    + "\") may be its description's first line";
        }
        return next == null ? List.of() : carried;
    }

    // Whether the text line is the next row's by distance: clearly nearer to it than to the open row.
    private boolean nearer(TableLine text, TableLine next) {
        return next.page() == text.page() && (open == null || open.lastPage != text.page()
                || next.y() - text.y() < CLEARLY_NEARER * (text.y() - open.lastY));
    }

    // Where rows wrap below their first line, text above a page's first row (under the repeated header) is the
    // rest of the previous page's last row, split by the page break, as the rest of a wrapped date is.
    private boolean endsPreviousPage(TableLine text) {
        return rhythm.wrapsBelow() && open != null && open.hasTransactionMoney() && text.page() > open.lastPage;
    }

    private void above(int page, float y) {
        abovePage = page;
        aboveY = y;
    }

    List<TableEvent> events() {
        assemble();
        settlePending(null);
        close();
        return events;
    }

    /**
     * Why the rows' descriptions are in doubt once {@link #events} has run, or null: text set above a row that joins
     * none, taken for a heading, may be the row's first line where nothing shows on which side of their date the
     * table's rows wrap, or where the lines right under it went to the row; text given to the row above though set
     * nearer the row below ({@link TextAboveRows#givenAbove}); or a dated line with text and no amount
     * joined no row: the amounts add up either way.
     */
    String doubt() {
        return doubt;
    }

    // Closes the open row; {@code keep}: a forward or total row follows, whose page break may split the row's text.
    private void pause(boolean keep) {
        OpenRow interrupted = open != null && open.hasTransactionMoney() ? open : null;
        if (open != null && open.date != null && open.money.isEmpty() && open.text().isEmpty()) {
            // A day's heading at a page's foot, over its page total: it dates the undated rows the next page opens with.
            heading = open.date;
        }
        close();
        if (keep) {
            split.keep(interrupted, events);
        } else {
            split.forget();
        }
    }

    private void close() {
        TableEvent closed = open != null ? RowEvents.closed(open) : null;
        if (closed != null) {
            events.add(closed);
        } else if (open != null && open.date != null && doubt == null && !open.text().isEmpty()) {
            // A dated line with text and no amount joins no row (a value date over the row's second line): the
            // balances cannot show whether that text belonged to a row, so they may not vouch for the descriptions.
            doubt = "a dated line with no amount (page " + open.page + ": \"" + open.text()
                    + "\") joins no row";
        }
        open = null;
    }
}
