package dev.pdfbulk.parse;

import java.util.List;
import java.util.Optional;

/** The rest of a row's date wrapped over a page break, alone under the next page's repeated header. Stateless. */
final class CarriedDate {

    private CarriedDate() {
    }

    // A date cell wrapped over the page break leaves the rest of the date ("25" of "19/12/20" "25", "Dec" of
    // "17" "Dec") alone under the repeated header: it belongs to the previous page's last row, and is no row
    // of its own. That row was read with a date too early to be whole, or ended the table for want of one.
    static boolean completes(List<Line> lines, int i, TableColumns columns, TableFragment before, float pageWidth,
                             CellReading cellReading) {
        Line line = lines.get(i);
        if (!CellStitcher.inDateCell(line, columns)) {
            return false;
        }
        Line cut = before.cut();
        if (cut == null) {
            // The last row has a date already: the line completes it only if it starts no date here ("30" over
            // "Dec" is a row's own date, though "29 Dec 30" would read as a year).
            for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
                if (CellStitcher.joinsDate(line, lines.get(j), columns)) {
                    return false;
                }
            }
            return before.completeLastDate(line.words());
        }
        Line whole = CellStitcher.completedOver(cut, line, before.columns());
        Optional<TableLine> row = whole == null ? Optional.empty()
                : LineClassifier.classify(whole, before.columns(), pageWidth, cellReading);
        // Only a row of its own: a cut line of wrapped text is no row whose date could have lost its end.
        if (row.isEmpty() || row.get().date() == null || !row.get().hasTransactionMoney()) {
            return false;
        }
        before.add(row.get(), whole);
        before.cutAt(null);
        return true;
    }
}
