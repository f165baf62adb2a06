package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;

/**
 * Tells a day and month printed with a dot or a hyphen and no year ("03.05", "03-05"), or as two numbers a space
 * apart ("05 01"), from an amount or a range: anywhere else they read as a number, under the date column they are a
 * date. Stateless.
 */
final class DayMonthCell {

    private DayMonthCell() {
    }

    /**
     * The number of leading words of the cell (1 for "03.05", 2 for "05 01"; 0 when none) that read as a day and
     * month ({@link DateParser#parseInDateColumn}) and line up with the date column, within the reach a value has,
     * better than with any money column and off the amount edges of the money columns not yet {@code taken}: a
     * money column's "12.05" stays money.
     */
    static int words(List<Word> words, TableColumns columns, Set<ColumnKind> taken, float em) {
        if (isDate(words.get(0).text(), words.get(0).x(), words.get(0).right(), columns, taken, em)) {
            return 1;
        }
        boolean pair = words.size() >= 2 && isSmallNumber(words.get(0).text()) && isSmallNumber(words.get(1).text());
        return pair && isDate(words.get(0).text() + " " + words.get(1).text(), words.get(0).x(), words.get(1).right(),
                columns, taken, em) ? 2 : 0;
    }

    private static boolean isDate(String text, float x, float right, TableColumns columns, Set<ColumnKind> taken,
                                  float em) {
        if (DateParser.parseInDateColumn(text).isEmpty() || AmountEdges.columnOf(columns, x, right, em, taken) != null) {
            return false;
        }
        float dateMiss = columns.date().misalignment(x, right);
        if (dateMiss > LineClassifier.REACH_EM * em) {
            return false;
        }
        for (Column c : columns.money()) {
            if (c.misalignment(x, right) <= dateMiss) {
                return false;
            }
        }
        return true;
    }

    // One or two digits: a day or a month number.
    private static boolean isSmallNumber(String text) {
        return !text.isEmpty() && text.length() <= 2 && text.chars().allMatch(c -> RegexChars.isDigit((char) c));
    }
}
