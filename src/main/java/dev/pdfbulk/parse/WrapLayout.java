package dev.pdfbulk.parse;

import java.util.List;

/**
 * Where a table's wrapped rows print their amount, judged from the rows that leave no doubt. A row whose
 * first line bears the date and words but no amount, the amount coming on a later line, shows the amount
 * on the last line; a row whose amount line is followed by text lines and then a dated line, a balance or
 * total row, or the table's end shows it on the first. A statement keeps one layout, so when only the
 * first kind is seen, text lines between a complete row and an undated amount line begin that next row
 * (the same-day date being left out), however the lines are spaced. The other way round, a table whose rows
 * wrap below their first line (the line with the date and amount) and never above it keeps that too: text at the
 * top of a page, above its first row, ends the previous page's last row. Stateless and thread-safe.
 */
final class WrapLayout {

    private WrapLayout() {
    }

    /** True when the lines show amounts on the last line of wrapped rows, and never on the first. */
    static boolean amountOnLastLine(List<TableLine> lines) {
        boolean last = false;
        for (int k = 0; k < lines.size(); k++) {
            TableLine line = lines.get(k);
            if (line.marker() != null || !line.hasTransactionMoney() && (line.date() == null
                    || line.description().isEmpty())) {
                continue;
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly()) {
                j++;
            }
            TableLine after = j < lines.size() ? lines.get(j) : null;
            if (!line.hasTransactionMoney()) {
                // A dated line of words waiting for its amount: a later line brings it.
                last |= after != null && after.marker() == null && after.date() == null
                        && after.hasTransactionMoney();
            } else if (j > k + 1 && (after == null || after.marker() != null || after.date() != null)) {
                // Text after the amount that no later row can own: this table wraps after the amount.
                return false;
            }
        }
        return last;
    }

    /**
     * True when the lines show rows that wrap below their first line, the one bearing the amount: a complete row
     * followed by text lines and then by another row, a balance or total row, or the table's end, all on one page;
     * and no text set above a row's first line: none clearly nearer (by {@code clearlyNearer}, as rows are joined)
     * to the row below it than to the line above it. Lines of the same page only: a page break proves nothing.
     */
    static boolean wrapsBelowFirstLine(List<TableLine> lines, float clearlyNearer) {
        boolean below = false;
        for (int k = 0; k < lines.size(); k++) {
            TableLine line = lines.get(k);
            if (line.marker() != null || !line.hasTransactionMoney()) {
                continue;
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly() && lines.get(j).page() == line.page()) {
                j++;
            }
            if (j == k + 1) {
                continue;
            }
            TableLine after = j < lines.size() ? lines.get(j) : null;
            if (after != null && after.page() != line.page()) {
                continue;
            }
            if (after != null && after.marker() == null && (after.date() != null || after.hasTransactionMoney())) {
                for (int t = k + 1; t < j; t++) {
                    TableLine text = lines.get(t);
                    if (after.y() - text.y() < clearlyNearer * (text.y() - lines.get(t - 1).y())) {
                        // Text set nearer the row below than the line above: rows wrap above their first line too.
                        return false;
                    }
                }
            }
            below |= after == null || after.marker() != null || after.date() != null;
        }
        return below;
    }
}
