package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.Set;

/**
 * Tells a day and month printed with a dot or a hyphen and no year ("03.05", "03-05") in the date column from an
 * amount or a range: anywhere else they read as a number, under the date column they are a date. Stateless.
 */
final class DayMonthCell {

    private DayMonthCell() {
    }

    /**
     * True when {@code w} reads as a day and month ({@link DateParser#parseInDateColumn}) and lines up with the date
     * column, within the reach a value has, better than with any money column and off the amount edges of the money
     * columns not yet {@code taken}: a money column's "12.05" stays money.
     */
    static boolean isDate(Word w, TableColumns columns, Set<ColumnKind> taken, float em) {
        if (DateParser.parseInDateColumn(w.text()).isEmpty()
                || AmountEdges.columnOf(columns, w.x(), w.right(), em, taken) != null) {
            return false;
        }
        float dateMiss = columns.date().misalignment(w.x(), w.right());
        if (dateMiss > LineClassifier.REACH_EM * em) {
            return false;
        }
        for (Column c : columns.money()) {
            if (c.misalignment(w.x(), w.right()) <= dateMiss) {
                return false;
            }
        }
        return true;
    }
}
