package dev.pdfbulk.parse;

import java.util.List;

/**
 * Rows whose second line starts with a date of its own, the value date, and goes on with the row's text, as ING's
 * statements print them ("03.06.2024  Lastschrift Stadtwerke  -45,00" over "04.06.2024  Abschlag Strom Juni 2024").
 * A table is read so only when the rhythm holds for all of it: every dated line with an amount is followed right away
 * by a dated line with no money, and every dated line with no money follows one; no undated amount line. A single
 * dated line without an amount elsewhere means another layout (a row whose amount comes later). Stateless and
 * thread-safe.
 */
final class ValueDateLines {

    private ValueDateLines() {
    }

    /** True when each of the table's rows (two at least) has a value-date line right under its first line. */
    static boolean follow(List<TableLine> lines) {
        int rows = 0;
        for (int k = 0; k < lines.size(); k++) {
            TableLine line = lines.get(k);
            if (line.marker() != null || line.date() == null && line.money().isEmpty()) {
                continue;
            }
            if (line.date() == null || !line.hasTransactionMoney()) {
                return false;
            }
            TableLine next = k + 1 < lines.size() ? lines.get(k + 1) : null;
            if (next == null || !isValueLine(next)) {
                return false;
            }
            rows++;
            k++;
        }
        return rows >= 2;
    }

    /** True for a dated line with no money and no marker: in a table that {@link #follow}s, a row's second line. */
    static boolean isValueLine(TableLine line) {
        return line.marker() == null && line.date() != null && line.money().isEmpty();
    }
}
