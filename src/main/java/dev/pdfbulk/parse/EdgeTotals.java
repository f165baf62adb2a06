package dev.pdfbulk.parse;

import java.util.List;
import java.util.Set;

/**
 * Forward rows that carry the columns' totals over a page break under a label the vocabulary may not know
 * ("Overgedragen", "Áthozott összeg"): an undated line that prints a debit and a credit and nothing else, as the
 * first or last line of a page's table. Read as a row, such a line took the text under it (the rest of a row the page
 * break split) and lost it when {@link ColumnTotals} dropped it as the sums it is: it is a row of its own that takes
 * no text. Stateless.
 */
final class EdgeTotals {

    private EdgeTotals() {
    }

    /** Adds to {@code into} the first and last lines of one page's table that are such totals. */
    static void find(List<TableLine> lines, Set<TableLine> into) {
        if (lines.isEmpty()) {
            return;
        }
        for (TableLine edge : List.of(lines.get(0), lines.get(lines.size() - 1))) {
            if (edge.date() == null && edge.marker() == null && edge.money().size() == 2
                    && edge.money().containsKey(ColumnKind.DEBIT) && edge.money().containsKey(ColumnKind.CREDIT)) {
                into.add(edge);
            }
        }
    }
}
