package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins table lines into transactions. A dated line starts a row; an amount on a line without a date
 * either completes a row still waiting for its amount (amount printed on the last wrapped line) or
 * starts a row on the same date. A line of text only is part of a wrapped description: it waits
 * ({@link PendingText}) until the next row line, then joins the row whose lines are vertically nearest, so layouts that centre the date and amount in a tall row (text
 * above and below them) read as well as top-aligned ones; but where the table's wrapped rows end on their
 * amount ({@link WrapLayout}), text after a complete row begins the next row whose amount it precedes.
 * Lines are assembled when {@link #events} is called, once the whole table is known. Not thread-safe.
 */
final class RowAssembler {

    private final List<TableEvent> events = new ArrayList<>();
    // The text lines waiting for the next row line to show whose they are; made once the table's rhythm is known.
    private PendingText pending;
    private OpenRow open;
    // The direction named by the last section heading ("Payments and Credits": +1), 0 when none.
    private int section;
    // Whether the table being fed has a balance column: then only a value in it is a balance.
    private boolean balanceColumn;
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
        rhythm = TableRhythm.of(all, fragments.stream().allMatch(f -> f.columns().date() == null),
                PendingText.CLEARLY_NEARER);
        pending = new PendingText(rhythm, new AssemblingRows());
        pageFoot = PageFootMarkers.of(all);
        for (TableFragment fragment : fragments) {
            balanceColumn = fragment.columns().first(ColumnKind.BALANCE) != null;
            if (!fragment.title().isEmpty()) {
                // A section title right above the header ("CHECKS PAID", "FEES (continued)") names the rows under it.
                section = Marker.sectionDirection(fragment.title());
            }
            pending.above(fragment.page(), fragment.headerY());
            EdgeTotals.find(fragment.lines(), edgeTotals);
            fragment.lines().forEach(this::accept);
        }
        fragments.clear();
    }

    private void accept(TableLine line) {
        if (line.isTextOnly()) {
            pending.add(line);
            return;
        }
        if (line.marker() == Marker.RUN_ON) {
            // A reference cell run on alone under its row: the row's text ended above it, so the text under it,
            // however set, begins the next row and heads no rows.
            pending.settle(null);
            pause(false);
            pending.above(line.page(), Float.NaN);
            pending.nextRowOwns();
            return;
        }
        if (line.marker() != null) {
            if (RowHeading.headsNilTotal(pending.lines(), line)) {
                // "FEES CHARGED" over "TOTAL FEES FOR THIS PERIOD $0.00" under the last row: an empty section's
                // heading, no text of the row above.
                pending.lines().clear();
            }
            // A total row printing, under the balance column, the balance the rows have reached ("Total  3,27,235.88
            // 2,12,606.79  1,34,086.31 Cr"): the table's closing balance, where no closing row or label prints it.
            Amount reached = line.marker() == Marker.TOTAL && open != null && open.hasTransactionMoney()
                    ? open.money.get(ColumnKind.BALANCE) : null;
            if (doubt == null && pageFoot.contains(line)) {
                doubt = pending.doubtAtPageFoot(open);
            }
            pending.settle(null);
            // A section's total ("Total Purchases for this Period") ends its rows: text after it, on the next page
            // too, is no rest of the row above it, as text under a forward row may be.
            pause(line.marker() != Marker.SECTION
                    && !(line.marker() == Marker.TOTAL && Marker.sectionDirection(line.description()) != 0));
            pending.above(line.page(), line.y());
            TableEvent.Total total = line.marker() == Marker.TOTAL ? RowEvents.total(line) : null;
            if (total != null) {
                events.add(total);
            }
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
            pending.settle(null);
            open.date = line.date();
            open.add(line);
            return;
        }
        if (line.date() == null && open != null && !open.hasTransactionMoney()
                && (line.hasTransactionMoney() || line.money().containsKey(ColumnKind.BALANCE))) {
            // The row's amount comes on a later line: everything in between is its text.
            pending.giveAll(open);
            open.add(line);
            return;
        }
        if (rhythm.valueDates() && open != null && open.hasTransactionMoney() && ValueDateLines.isValueLine(line)) {
            // The value date starting the row's second line: its text is the row's, the date none of its.
            pending.settle(null);
            open.add(line);
            return;
        }
        if (edgeTotals.contains(line)) {
            // A row of its own, for ColumnTotals to judge, taking no text: the text under it is another row's.
            pending.settle(null);
            pause(true);
            OpenRow totals = new OpenRow(line, section);
            totals.add(line);
            events.add(RowEvents.row(totals));
            pending.above(line.page(), line.y());
            return;
        }
        if (open != null && ForeignAmountLine.under(line, open.money)) {
            // "76,38 €" under the row's bare amount: the same money in the operation's currency, the text the row's.
            pending.settle(null);
            open.add(line);
            return;
        }
        if (line.date() != null || line.hasTransactionMoney()) {
            List<TableLine> carried = pending.settle(line);
            close();
            split.forget();
            open = new OpenRow(line, section);
            open.date = open.date != null ? open.date : heading;
            heading = null;
            open.prepend(carried);
            open.add(line);
            return;
        }
        pending.settle(null);
        if (open != null && open.hasTransactionMoney() && line.repeatsBalance(open.money.get(ColumnKind.BALANCE))) {
            // The balance the rows have reached, repeated under a label the vocabulary does not know ("DÖNEM SONU
            // BAKİYESİ"): a balance row, never more text of the row above.
            close();
            pending.above(line.page(), line.y());
            events.add(new TableEvent.BalanceMark(line.money().get(ColumnKind.BALANCE), line.page()));
            return;
        }
        if (open != null) {
            open.add(line);
        }
    }

    List<TableEvent> events() {
        assemble();
        pending.settle(null);
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

    // The assembler's rows as the waiting text sees them.
    private final class AssemblingRows implements PendingText.Rows {
        @Override
        public OpenRow open() {
            return open;
        }

        @Override
        public void close() {
            RowAssembler.this.close();
        }

        @Override
        public void section(int direction) {
            section = direction;
        }

        @Override
        public String doubt() {
            return doubt;
        }

        @Override
        public void doubt(String why) {
            doubt = why;
        }

        @Override
        public boolean restOfSplitRow(TableLine text) {
            return split.take(text, events);
        }

        @Override
        public boolean completeRowBefore(int page) {
            return open != null ? open.hasTransactionMoney() && open.lastPage < page : split.endedBefore(page);
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
