package dev.pdfbulk.parse;

import java.util.List;

/**
 * The last row of a page, closed by the forward or total rows after it ("Übertrag", "Transport"): text under those
 * rows on a later page, where rows wrap below their first line, is its rest, split by the page break. Keeps the row,
 * its event's index and the page it ended on. Not thread-safe: one {@link RowAssembler}'s own.
 */
final class SplitRow {

    private OpenRow row;
    private int event;
    private int page;

    /** Keeps {@code closed}, just added as the last of {@code events}; null keeps the row kept before. */
    void keep(OpenRow closed, List<TableEvent> events) {
        if (closed != null) {
            row = closed;
            event = events.size() - 1;
            page = closed.lastPage;
        }
    }

    /** A row or section heading came between: no later text is the kept row's. */
    void forget() {
        row = null;
    }

    /** Whether a row is kept and ended on a page before {@code later}. */
    boolean endedBefore(int later) {
        return row != null && page < later;
    }

    /** Adds the text line to the kept row and rewrites its event when the line is on a later page; else false. */
    boolean take(TableLine text, List<TableEvent> events) {
        if (row == null || text.page() <= page) {
            return false;
        }
        row.add(text);
        events.set(event, RowEvents.row(row));
        return true;
    }
}
