package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of some tables (the transaction list, maybe with its charges) as {@link RowAssembler} reads them, each
 * table assembled on its own, with column totals and undated subtotals left out; and why their descriptions are in
 * doubt ({@code doubt}: null when they are not). Immutable once made; the lists given are never null and are only
 * read. Made by one thread and read by it.
 */
record AssembledRows(List<TableEvent> events, String doubt) {

    // Each table is assembled on its own: a row or section heading of one never runs on into another.
    static AssembledRows of(List<TableFragment> fragments) {
        DateBand.restamp(fragments);
        List<TableEvent> events = new ArrayList<>();
        RowAssembler rows = new RowAssembler();
        String doubt = null;
        String signature = null;
        for (TableFragment f : fragments) {
            if (signature != null && !signature.equals(f.columns().signature())) {
                events.addAll(rows.events());
                doubt = doubt != null ? doubt : rows.doubt();
                rows = new RowAssembler();
            }
            signature = f.columns().signature();
            rows.accept(f);
        }
        events.addAll(rows.events());
        doubt = doubt != null ? doubt : rows.doubt();
        for (TableFragment f : fragments) {
            TableLine loose = f.loose();
            if (loose != null && doubt == null) {
                // A line from the left margin between two rows, read as a heading or a note, joins no row: the
                // amounts add up either way, so they cannot show it was not the row above's wrapped text.
                doubt = "a line between two rows (page " + loose.page() + ": \"" + loose.description()
                        + "\") may be the row above's wrapped description";
            }
            doubt = doubt != null ? doubt : f.unprovenWhy();
        }
        return new AssembledRows(UndatedSubtotals.dropped(ColumnTotals.dropped(events)), doubt);
    }

    /** The dates the rows among {@code events} print, in order; undated rows and balance marks give none. */
    static List<RawDate> dates(List<TableEvent> events) {
        List<RawDate> rowDates = new ArrayList<>();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r && r.date() != null) {
                rowDates.add(r.date());
            }
        }
        return rowDates;
    }
}
