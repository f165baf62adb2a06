package dev.pdfbulk.parse;

import java.util.List;

/**
 * Whether a table's lines say on which side of its date a wrapped row sets its text. Where some rows wrap (text
 * between two rows: two lines or more, or one that is no heading) and none sets that text clearly nearer its row
 * above than that row is to the line before it and than the text is to the row below, the text may as well begin
 * the row below (a grid aligned to the bottom of its cells, without the padding {@link RowBlocks} reads): text
 * above the first row, taken for a heading, may then be that row's first line. Wrapped text set a tenth nearer its
 * row above than the row below, every time (a row's own lines a point or two closer than rows are), shows it too.
 * Stateless and thread-safe.
 */
final class TextAboveRows {

    // Nearer by this factor at least: baselines are exact, and a row's own lines sit a point or two closer than rows.
    private static final float NEARER = 0.9f;

    private TextAboveRows() {
    }

    /** True when rows wrap and nothing shows their text set below their date rather than above it. */
    static boolean sideUnproven(List<TableLine> lines, float clearlyNearer) {
        boolean wraps = false;
        // Wrapped text set nearer the row above it than the row below, and nearer the row below than the row above.
        int nearerAbove = 0;
        int nearerBelow = 0;
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
            if (j > k + 2 || !RowHeading.headingLike(first)) {
                wraps = true;
                float over = lines.get(j).y() - last.y();
                nearerAbove += under < NEARER * over ? 1 : 0;
                nearerBelow += over < NEARER * under ? 1 : 0;
            }
        }
        // Every wrap set tighter under its row than above the next (a row's lines closer than rows are): rows wrap
        // below their date, as a grid aligned to the bottom of its cells never sets them.
        return wraps && (nearerAbove == 0 || nearerBelow > 0);
    }

    // A line of a row: its amount on it (a balance or total row is none).
    private static boolean isRow(TableLine line) {
        return line.marker() == null && line.hasTransactionMoney();
    }
}
