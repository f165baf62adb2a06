package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops subtotal rows that print no label: a dated line holding only a debit and a credit, no text and no
 * balance ("03/05/2025  1,234.56  2,345.67" after the day's rows), whose debit and credit are exactly the sums of
 * the debits and credits of the rows since the previous such line. It repeats the rows above it, as a total
 * does; a line that does not add up so stays a row (and the balances judge it). Stateless.
 */
final class DaySubtotals {

    private DaySubtotals() {
    }

    /** {@code events} without the unlabelled subtotal rows. */
    static List<TableEvent> dropped(List<TableEvent> events) {
        List<TableEvent> out = new ArrayList<>(events.size());
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row row) {
                if (isSubtotalShaped(row) && magnitude(row, ColumnKind.DEBIT).compareTo(debits) == 0
                        && magnitude(row, ColumnKind.CREDIT).compareTo(credits) == 0) {
                    debits = BigDecimal.ZERO;
                    credits = BigDecimal.ZERO;
                    continue;
                }
                debits = debits.add(magnitude(row, ColumnKind.DEBIT));
                credits = credits.add(magnitude(row, ColumnKind.CREDIT));
            }
            out.add(e);
        }
        return out;
    }

    // A date, a debit and a credit, nothing else: no transaction prints both sides and no words.
    private static boolean isSubtotalShaped(TableEvent.Row row) {
        return row.description().isBlank() && row.money().size() == 2
                && row.money().containsKey(ColumnKind.DEBIT) && row.money().containsKey(ColumnKind.CREDIT);
    }

    private static BigDecimal magnitude(TableEvent.Row row, ColumnKind kind) {
        Amount a = row.money().get(kind);
        return a == null ? BigDecimal.ZERO : a.magnitude();
    }
}
