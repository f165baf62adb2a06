package dev.pdfbulk.parse;

import java.util.List;
import java.util.Optional;

/**
 * A page going on with a table whose rows take their dates from day headings ("Tuesday 15 Apr 2025" over undated
 * rows), its header not repeated and its first row undated (the day's heading on the page before). Stateless.
 */
final class DayHeadedPage {

    private DayHeadedPage() {
    }

    /** Whether the table dates its rows by headings: a dated line with no money, and undated rows with money. */
    static boolean dayHeaded(TableFragment table) {
        boolean heading = false;
        boolean undated = false;
        for (TableLine l : table.lines()) {
            heading |= l.date() != null && l.money().isEmpty() && l.marker() == null;
            undated |= l.date() == null && l.marker() == null && l.hasTransactionMoney();
        }
        return heading && undated;
    }

    /** Whether a line read under the columns is a row: text and a transaction's money, no total or balance label. */
    static boolean readsAsRow(TableLine line) {
        return line.marker() == null && line.hasTransactionMoney() && !line.description().isBlank();
    }

    /**
     * Whether a line is a row's amounts alone, its text wrapped above and below it: a transaction's money, no date,
     * text, total or balance label (rows set on the middle of their description, as many lines above as below).
     */
    static boolean amountsAlone(TableLine line) {
        return line.marker() == null && line.date() == null && line.hasTransactionMoney()
                && line.description().isBlank();
    }

    /**
     * The first line reading as an undated row under the columns (text and money, or money alone with the row's text
     * around it), where the page holds two or more, or one and a line showing the table goes on to this page (a total
     * or balance line under the columns: its closing, a page total, a balance brought forward; or a title carried over
     * the break, "Your transactions (continued)"): its last row or day there; else -1.
     */
    static int firstRow(List<Line> lines, TableColumns columns, float pageWidth, CellReading cellReading) {
        int first = -1;
        int count = 0;
        boolean tableLine = false;
        for (int k = 0; k < lines.size(); k++) {
            Optional<TableLine> t = LineClassifier.classify(lines.get(k), columns, pageWidth, cellReading);
            if (t.isPresent() && (readsAsRow(t.get()) || amountsAlone(t.get()))) {
                first = first < 0 ? k : first;
                count++;
            } else if (t.isPresent() && first < 0 && t.get().date() != null && t.get().money().isEmpty()) {
                // A day's heading above the first row dates it: the rows start there.
                first = k;
            } else if (t.isPresent() && (t.get().marker() == Marker.TOTAL || t.get().marker() == Marker.BALANCE)
                    || !lines.get(k).words().isEmpty() && MarginWrap.continuedTitle(lines.get(k).words())) {
                tableLine = true;
            }
        }
        return count >= 2 || count == 1 && tableLine ? first : -1;
    }
}
