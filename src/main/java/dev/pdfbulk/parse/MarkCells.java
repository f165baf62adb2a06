package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A cell of mark characters only ("##", "*", "†") standing apart at the end of a description: the mark of a
 * column with no header of its own (a service-fee mark, a footnote reference), not text the description prints.
 * Stateless and thread-safe.
 */
final class MarkCells {

    // Characters that mark a row rather than say anything of it.
    private static final Pattern MARK = Pattern.compile("[#*\u2020\u2021\u00a7]+");
    // A gap this many text heights wide parts a cell from the text before it: far wider than any space.
    private static final float APART_EM = 3f;

    // How far, in text heights, an empty money cell's placeholder may sit from its column's header edges.
    private static final float EMPTY_REACH_EM = 1f;

    // A dash printed for an empty cell.
    private static final Pattern DASH = Pattern.compile("[-\u2013\u2014]{1,2}");

    private MarkCells() {
    }

    /** True when a text cell's line is only a dash: a field printed empty ("-" under a transfer's details). */
    static boolean isDashOnly(String text) {
        return text.length() <= 2 && DASH.matcher(text).matches();
    }

    /**
     * The money column a lone dash or the word "blank" lines up with, set apart from every text column: that amount
     * cell printed empty (ANZ prints "blank" in the Withdrawals, Deposits or Balance cell a row leaves empty, many
     * banks a "-" in an empty debit, credit or balance cell), no text across the money columns; null for any other
     * cell. The caller keeps the line only when no amount
     * of its own lands in that column.
     */
    static Column emptyMoneyCell(Phrase cell, TableColumns columns, List<TableColumns.TextArea> areas, float em) {
        if (cell.words().size() != 1) {
            return null;
        }
        String t = cell.words().get(0).text();
        boolean blank = "blank".equalsIgnoreCase(t);
        if (!(blank || t.length() <= 2 && DASH.matcher(t).matches())
                || TableColumns.textArea(areas, cell.left(), cell.right(), em) >= 0) {
            return null;
        }
        for (Column c : columns.money()) {
            // A dash under the balance column is that cell printed empty too ("-" where a row shows no balance): a
            // dash that signs the balance above it was joined to it before (CellStitcher), one on a row of its own not.
            if (c.misalignment(cell.left(), cell.right()) <= EMPTY_REACH_EM * em) {
                return c;
            }
        }
        return null;
    }

    /**
     * True when the cell is a lone dash under a reference column ("-" under "Ref No./Cheque No."): that cell printed
     * empty, as a placeholder, which is no text of the row even where it stands at the description's edge.
     */
    static boolean isEmptyReference(Phrase cell, TableColumns columns, float em) {
        if (cell.words().size() != 1 || !DASH.matcher(cell.words().get(0).text()).matches()) {
            return false;
        }
        for (Column c : columns.columns()) {
            if (c.kind() == ColumnKind.OTHER && c.misalignment(cell.left(), cell.right()) <= 0.5f * em) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code phrases[k]} is only marks, set at least {@link #APART_EM} text heights after text of the same
     * text area, and no text follows it on the line: it ends the description's cell from a column of its own.
     */
    static boolean isMark(List<Phrase> phrases, int k, List<TableColumns.TextArea> areas, float em) {
        Phrase mark = phrases.get(k);
        for (Word w : mark.words()) {
            if (!MARK.matcher(w.text()).matches()) {
                return false;
            }
        }
        if (k == 0) {
            return false;
        }
        Phrase before = phrases.get(k - 1);
        int area = TableColumns.textArea(areas, mark.left(), mark.right(), em);
        if (area < 0 || TableColumns.textArea(areas, before.left(), before.right(), em) != area
                || mark.left() - before.right() < APART_EM * em) {
            return false;
        }
        // Text after it would make it a word inside a description, however wide the gap.
        for (int j = k + 1; j < phrases.size(); j++) {
            Phrase p = phrases.get(j);
            if (TableColumns.textArea(areas, p.left(), p.right(), em) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code phrases[k]} is a currency unit alone ("EUR", "€") right before a cell that reads as an
     * amount: the unit of that amount, printed in a currency column with no header. Outside every text area; or,
     * for a sign ("$", "£"; never a code, which a description may end with: "AMAZON 12.00 USD"), set apart inside
     * the description's area while its amount stands outside every text area ("$" aligned at a money cell's left).
     */
    static boolean isUnitOfNext(List<Phrase> phrases, int k, List<TableColumns.TextArea> areas, float em) {
        Phrase unit = phrases.get(k);
        if (unit.words().size() != 1 || !HeaderQualifiers.isCurrencyUnit(unit.text()) || k + 1 >= phrases.size()) {
            return false;
        }
        Phrase next = phrases.get(k + 1);
        if (TableColumns.textArea(areas, unit.left(), unit.right(), em) >= 0
                && (!isSign(unit.text()) || TableColumns.textArea(areas, next.left(), next.right(), em) >= 0)) {
            return false;
        }
        return AmountParser.parse(next.text()).isPresent();
    }

    // A currency sign with no letters, or letters before a "$" ("US$", "R$").
    private static boolean isSign(String s) {
        int n = s.length();
        if (n == 1) {
            return "$£€¥₹₺₽₸₴₦₱฿₫₩₪".indexOf(s.charAt(0)) >= 0;
        }
        if (n > 4 || s.charAt(n - 1) != '$') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
