package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

/**
 * A cell of a column that holds neither text nor money running on right of its header into the unheaded gap before
 * the next column: Apple Card's "Daily Cash" set over its "2%" only, the "$0.56" beside it under no header. The word
 * belongs to the column whose cell it follows on the line, as the rest of that cell does: never the row's money, and
 * no reason to drop the line. Stateless.
 */
final class OtherCellRunOn {

    private OtherCellRunOn() {
    }

    /**
     * {@code previous}, the column the line's word before lined up with, when it holds no text nor money and
     * {@code w} lies wholly between its header's right edge and the next column's start; else null.
     */
    static Column column(Column previous, Word w, TableColumns columns) {
        if (previous == null || previous.kind() != ColumnKind.OTHER || w.x() <= previous.right()) {
            return null;
        }
        for (Column c : columns.columns()) {
            if (c != previous && c.start() > previous.right() && c.start() < w.right()) {
                return null;
            }
        }
        return previous;
    }
}
