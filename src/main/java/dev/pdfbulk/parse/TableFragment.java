package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/** The rows of one table on one page, under one header. Not thread-safe. */
final class TableFragment {

    private final int page;
    private final TableColumns columns;
    private final String title;
    // The baseline of the header's lowest line, NaN when the page repeats no header.
    private final float headerY;
    private final List<TableLine> lines = new ArrayList<>();
    // The last line that carried a date, as printed, and where its cells are in lines.
    private Line lastDated;
    private int lastDatedIndex = -1;
    // The page's last line when it ended the table unread, e.g. a row whose date cell lost its second part.
    private Line cut;
    // The line that ended the table unread although it looks like one of its rows, or null.
    private Line unreadRow;
    // The first line read as no row's text that a row's wrapped text could be (MarginWrap.loose), or null.
    private TableLine loose;
    // The first line whose reading its balances cannot prove (words printed over each other, a note set as a row's
    // text would be), and why, or null.
    private TableLine unproven;
    private String unprovenWhy;
    // Whether its title says it lists items not yet posted (PendingTitle).
    private boolean pending;
    // Whether it is a block of charges without dates under the table (UndatedCharges).
    private boolean undatedCharges;
    // The currency its header prints over its money columns (HeaderCurrency), or null.
    private String headerCurrency;
    // The page's lines it was read from, its header's first to its last row's (empty where not kept).
    private List<Line> printed = List.of();
    // Whether its header names the balance column for the principal (PrincipalBalance).
    private boolean principalBalance;

    TableFragment(int page, TableColumns columns, String title) {
        this(page, columns, title, Float.NaN);
    }

    TableFragment(int page, TableColumns columns, String title, float headerY) {
        this.page = page;
        this.columns = columns;
        this.title = title;
        this.headerY = headerY;
    }

    /** A copy to be written to on its own: the lines so far, and where the last page's rows stand. */
    TableFragment copy() {
        TableFragment c = new TableFragment(page, columns, title);
        c.lines.addAll(lines);
        c.lastDated = lastDated;
        c.lastDatedIndex = lastDatedIndex;
        c.cut = cut;
        c.unreadRow = unreadRow;
        c.loose = loose;
        c.unproven = unproven;
        c.unprovenWhy = unprovenWhy;
        c.pending = pending;
        c.undatedCharges = undatedCharges;
        c.headerCurrency = headerCurrency;
        c.printed = printed;
        c.principalBalance = principalBalance;
        return c;
    }

    /** Records that {@code line}, read as a heading or a note, may be the row above's wrapped text. */
    void loose(TableLine line) {
        loose = loose != null ? loose : line;
    }

    /** The first line recorded by {@link #loose(TableLine)} that is still this fragment's, or null. */
    TableLine loose() {
        return loose != null && lines.contains(loose) ? loose : null;
    }

    /** Records that how {@code line} was read is not proven by the balances, {@code why} (a doubt's words). */
    void unproven(TableLine line, String why) {
        if (unproven == null) {
            unproven = line;
            unprovenWhy = why;
        }
    }

    /** Why the first line recorded by {@link #unproven} that is still this fragment's is in doubt, or null. */
    String unprovenWhy() {
        return unproven != null && lines.contains(unproven) ? unprovenWhy : null;
    }

    /** Whether the last line read is a row with an amount. */
    boolean endsOnRow() {
        TableLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        return last != null && last.marker() == null && last.hasTransactionMoney();
    }

    /** Whether its last line is a row's or a row's text, no balance or total closing it: a row may go on below. */
    boolean endsOpen() {
        TableLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        return last != null && last.marker() == null;
    }

    /** The page's lines it was read from, its header's first to its last row's; empty where not kept. */
    List<Line> printed() {
        return printed;
    }

    void printed(List<Line> lines) {
        printed = List.copyOf(lines);
    }

    boolean principalBalance() {
        return principalBalance;
    }

    void principalBalance(boolean named) {
        principalBalance = named;
    }

    String headerCurrency() {
        return headerCurrency;
    }

    void headerCurrency(String code) {
        headerCurrency = code;
    }

    int page() {
        return page;
    }

    TableColumns columns() {
        return columns;
    }

    /** Text printed just above the header, e.g. "Interest summary"; empty when none. */
    String title() {
        return title;
    }

    /** Whether its title says it lists items not yet posted, outside the statement's balances. */
    boolean pending() {
        return pending;
    }

    void markPending() {
        pending = true;
    }

    /** Whether it is a block of undated charges under the table ({@link UndatedCharges}), apart from the list. */
    boolean undatedCharges() {
        return undatedCharges;
    }

    void markUndatedCharges() {
        undatedCharges = true;
    }

    /** The baseline of the header's lowest line; NaN for a page that continues the table without one. */
    float headerY() {
        return headerY;
    }

    List<TableLine> lines() {
        return lines;
    }

    /** Adds a line read from {@code source}. */
    void add(TableLine line, Line source) {
        if (line.date() != null) {
            lastDated = source;
            lastDatedIndex = lines.size();
        }
        lines.add(line);
    }

    /** Records that the table ended, unread, on {@code line}, the last line of its page. */
    void cutAt(Line line) {
        if (line == null && unreadRow == cut) {
            // The cut row was completed from the next page: it is read after all.
            unreadRow = null;
        }
        cut = line;
    }

    /** Records that the table ended on {@code line}, which looks like a row of it that could not be read. */
    void endedOnUnreadRow(Line line) {
        unreadRow = line;
    }

    /** The row-like line the table ended on unread, or null; see {@link #endedOnUnreadRow}. */
    Line unreadRow() {
        return unreadRow;
    }

    /** The page's last line when it ended the table unread, or null; see {@link #cutAt}. */
    Line cut() {
        return cut;
    }

    /**
     * Completes the date of this fragment's last dated row with {@code orphan}, the rest of its date cell
     * printed at the top of the next page (date-column words only). Returns false, changing nothing, when
     * the words do not complete that date.
     */
    boolean completeLastDate(List<Word> orphan) {
        if (lastDated == null) {
            return false;
        }
        RawDate date = CellStitcher.dateCompletedBy(lastDated, columns, orphan);
        if (date == null) {
            return false;
        }
        TableLine old = lines.get(lastDatedIndex);
        lines.set(lastDatedIndex, old.withDate(date));
        lastDated = null;
        return true;
    }

    /** A fragment of this one's lines before {@code end}, under its header; the table goes on below it. */
    TableFragment head(int end) {
        TableFragment c = new TableFragment(page, columns, title, headerY);
        c.lines.addAll(lines.subList(0, end));
        c.loose = loose;
        c.unproven = unproven;
        c.unprovenWhy = unprovenWhy;
        c.lastDated = lastDatedIndex < end ? lastDated : null;
        c.lastDatedIndex = lastDatedIndex < end ? lastDatedIndex : -1;
        c.pending = pending;
        c.undatedCharges = undatedCharges;
        c.headerCurrency = headerCurrency;
        c.printed = printed;
        c.principalBalance = principalBalance;
        return c;
    }

    /** A fragment of this one's lines from {@code from} on, under no header of its own. */
    TableFragment tail(int from) {
        TableFragment c = new TableFragment(page, columns, title);
        c.lines.addAll(lines.subList(from, lines.size()));
        c.loose = loose;
        c.unproven = unproven;
        c.unprovenWhy = unprovenWhy;
        c.cut = cut;
        c.unreadRow = unreadRow;
        c.pending = pending;
        c.undatedCharges = undatedCharges;
        c.headerCurrency = headerCurrency;
        c.printed = printed;
        c.principalBalance = principalBalance;
        return c;
    }

    long dataLines() {
        return lines.stream().filter(l -> l.marker() == null && (l.date() != null || l.hasTransactionMoney())).count();
    }
}
