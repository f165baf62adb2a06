package dev.pdfbulk.parse;

import java.util.List;

/**
 * Whether a table's lines say on which side of its date a wrapped row sets its text. Where some rows wrap (text
 * between two rows: two lines or more, or one that is no heading) and none sets that text clearly nearer its row
 * above than that row is to the line before it and than the text is to the row below, the text may as well begin
 * the row below (a grid aligned to the bottom of its cells, without the padding {@link RowBlocks} reads): text
 * above the first row, taken for a heading, may then be that row's first line. Stateless and thread-safe.
 */
final class TextAboveRows {

    private TextAboveRows() {
    }

    /** True when rows wrap and nothing shows their text set below their date rather than above it. */
    static boolean sideUnproven(List<TableLine> lines, float clearlyNearer) {
        boolean wraps = false;
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine row = lines.get(k);
            if (!isRow(row)) {
                continue;
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly() && lines.get(j).page() == row.page()) {
                j++;
            }
            if (j == k + 1 || j == lines.size() || !isRow(lines.get(j)) || lines.get(j).page() != row.page()) {
                continue;
            }
            TableLine first = lines.get(k + 1);
            TableLine last = lines.get(j - 1);
            TableLine before = k > 0 && lines.get(k - 1).page() == row.page() ? lines.get(k - 1) : null;
            float under = first.y() - row.y();
            if (before != null && under < clearlyNearer * (row.y() - before.y())
                    && under < clearlyNearer * (lines.get(j).y() - last.y())) {
                // A wrapped line set tight under its row, the lines above and below further off: rows wrap below
                // their date (a row centred on its date sets its text as tight above it).
                return false;
            }
            wraps |= j > k + 2 || !RowHeading.headingLike(first);
        }
        return wraps;
    }

    // A line of a row: its amount on it (a balance or total row is none).
    private static boolean isRow(TableLine line) {
        return line.marker() == null && line.hasTransactionMoney();
    }
}
