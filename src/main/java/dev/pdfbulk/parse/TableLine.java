package dev.pdfbulk.parse;

import java.util.EnumMap;
import java.util.Map;

/**
 * One line of a transaction table split into its cells.
 *
 * @param page        page number
 * @param y           baseline of the line on its page
 * @param date        date printed in the date column, or null
 * @param description text in the description area, possibly empty
 * @param money       amounts by column kind (debit, credit, amount, balance)
 * @param marker      non-null when the line is a balance, total or furniture row
 * @param direction   what a debit/credit word in a column of its own says of the line's unsigned amount: +1 money
 *                    in, -1 money out, 0 no such word
 */
record TableLine(int page, float y, RawDate date, String description, Map<ColumnKind, Amount> money, Marker marker,
                 int direction) {

    TableLine {
        money = money.isEmpty() ? Map.of() : new EnumMap<>(money);
    }

    /** Only text: a wrapped part of some row's description. */
    boolean isTextOnly() {
        return marker == null && date == null && money.isEmpty() && !description.isEmpty();
    }

    boolean hasTransactionMoney() {
        return money.containsKey(ColumnKind.DEBIT) || money.containsKey(ColumnKind.CREDIT)
                || money.containsKey(ColumnKind.AMOUNT);
    }
}
