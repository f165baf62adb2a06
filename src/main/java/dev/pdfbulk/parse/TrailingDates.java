package dev.pdfbulk.parse;

import java.util.List;

/**
 * Whether a table without a date column prints each row's date on the line below its amounts, as blocks
 * ("Starbucks New York   -33.00   1,519.37" over "03.05.2025 · Mastercard •••• 4821"): then the date belongs to
 * the amount line above it, not to the next row. Decided once for the whole table, from its lines, never row
 * by row: every line bearing an amount has no date and is followed on its page, directly or past the one or two
 * lines its text wrapped onto ("Berlin" under "Card transaction of 25.68 EUR issued by Rewe Markt"), by a dated
 * line with no amount, every dated line follows such an amount line so, and so the first amount line has no
 * date above it and the last date no amount line below it. A table whose rows begin with their date ("01/03
 * CARD PAYMENT" over "TESCO  12.00") starts with a dated line and fails the test. Stateless and thread-safe.
 */
final class TrailingDates {

    // One block proves little: a lone amount line and date line read either way as far as the layout shows.
    private static final int MIN_ROWS = 2;
    // A row's text lines follow one another at its own pitch; half again as far is another block's or none.
    private static final float DETACHED_PITCHES = 1.5f;
    // The lines a row's text may wrap onto between its amount line and its date line.
    private static final int MAX_WRAPPED = 2;

    private TrailingDates() {
    }

    /**
     * The widest gap between a row's amount line and its date line when the lines, a table without a date column,
     * date every row on the line right below its amounts; NaN when they do not.
     */
    static float pitch(List<TableLine> lines) {
        int rows = 0;
        float widest = 0;
        for (int k = 0; k < lines.size(); k++) {
            TableLine line = lines.get(k);
            if (line.marker() != null || line.date() == null && line.money().isEmpty()) {
                continue;
            }
            boolean amount = line.hasTransactionMoney();
            boolean dated = line.date() != null;
            if (amount == dated || amount && datedLineBelow(lines, k) < 0 || dated && !amountLineAbove(lines, k)) {
                // A line with both, or with neither (a balance alone), or one not paired so, is no block's.
                return Float.NaN;
            }
            if (amount) {
                rows++;
                widest = Math.max(widest, lines.get(k + 1).y() - line.y());
            }
        }
        return rows >= MIN_ROWS ? widest : Float.NaN;
    }

    /**
     * How many of {@code text}, the text lines after a row whose last line is at {@code lastY} on {@code page},
     * are the row's: those set one under the other no further apart than half again {@code pitch}, the table's
     * widest gap between a row's amount and date lines. Text further below (a closing note under the last row)
     * is none of the row's.
     */
    static int attached(List<TableLine> text, int page, float lastY, float pitch) {
        float y = lastY;
        for (int k = 0; k < text.size(); k++) {
            if (text.get(k).page() != page || text.get(k).y() - y > DETACHED_PITCHES * pitch) {
                return k;
            }
            y = text.get(k).y();
        }
        return text.size();
    }

    // The dated line under a row's amounts, past the lines its text wrapped onto; -1 when there is none.
    private static int datedLineBelow(List<TableLine> lines, int k) {
        int j = k + 1;
        while (j < lines.size() && j <= k + MAX_WRAPPED && lines.get(j).isTextOnly()
                && lines.get(j).page() == lines.get(k).page()) {
            j++;
        }
        if (j >= lines.size()) {
            return -1;
        }
        TableLine below = lines.get(j);
        return below.page() == lines.get(k).page() && below.marker() == null && below.date() != null
                && below.money().isEmpty() ? j : -1;
    }

    private static boolean amountLineAbove(List<TableLine> lines, int k) {
        int j = k - 1;
        while (j >= 0 && j >= k - MAX_WRAPPED && lines.get(j).isTextOnly()
                && lines.get(j).page() == lines.get(k).page()) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        TableLine above = lines.get(j);
        return above.page() == lines.get(k).page() && above.marker() == null && above.date() == null
                && above.hasTransactionMoney();
    }
}
