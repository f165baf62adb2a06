package dev.pdfbulk.parse;


/**
 * The number set under a label heading a cell of a grid ("CARD NUMBER" over "4890-XXXX-XXXX-3321 | 15/10/25 | ..."):
 * on the next line, no further down than a grid's row, in a cell starting where the label starts or centred under it.
 * Stateless.
 */
final class LabelledGrid {

    // How far down, in text heights, the row under a label may be.
    private static final float ROW_HEIGHTS = 2.5f;

    private LabelledGrid() {
    }

    /**
     * The number after a colon on the line just above {@code label} (a cell of {@code line}), right of the label's start
     * and less than a line above it: a label stacked in two languages with its value set between their lines
     * ("NOMBOR AKAUN" over ": 164012-345678" over "ACCOUNT NUMBER", as Malaysian banks print it); else null.
     */
    static AccountNumber between(Line above, Line line, Phrase label) {
        if (above.page() != line.page() || line.y() - above.y() > Math.max(above.height(), line.height())) {
            return null;
        }
        AccountTokens tokens = AccountTokens.of(above);
        if (tokens.size() < 2 || !tokens.raw().get(0).equals(":") && !tokens.raw().get(0).equals("：")
                || tokens.cellEnd(0) != tokens.size() || tokens.cell(0).left() < label.left()) {
            return null;
        }
        return AccountNumber.read(tokens.raw(), 1, tokens.size());
    }

    /** The number under {@code label} (a cell of {@code above}) on {@code line}, or null. */
    static AccountNumber under(Line above, Line line, Phrase label) {
        if (line.page() != above.page() || line.y() - above.y() > ROW_HEIGHTS * Math.max(above.height(), line.height())) {
            return null;
        }
        AccountTokens tokens = AccountTokens.of(line);
        float tolerance = Math.max(above.height(), line.height());
        for (int t = 0; t < tokens.size(); t = tokens.cellEnd(t)) {
            Phrase cell = tokens.cell(t);
            boolean aligned = Math.abs(cell.left() - label.left()) <= tolerance
                    || Math.abs(cell.centre() - label.centre()) <= tolerance;
            if (aligned) {
                int end = tokens.cellEnd(t);
                int j = t;
                while (j < end && AccountLabels.numberWord(tokens.folded(j))) {
                    j++;
                }
                return AccountNumber.read(tokens.raw(), j, end);
            }
            if (cell.left() > label.right()) {
                break;
            }
        }
        return null;
    }
}
