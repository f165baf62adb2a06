package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops rows that repeat the sums of the debit and credit columns above them, which a total does and a transaction
 * does not: the sums of the rows since the previous such row (a day's subtotal) or of all rows so far (the period's
 * totals under the last row). A row is such a total when its debit and credit are each exactly the sum of its
 * column and one of these holds, each a shape no transaction takes:
 * <ul>
 *   <li>it prints only a date, a debit and a credit, no words ("03/05/2025  1,234.56  2,345.67");</li>
 *   <li>both its amounts are non-zero, whatever its label ("Cộng phát sinh trong kỳ", "Doanh số"): a transaction
 *       moves money one way, and two sums matching at once is no coincidence;</li>
 *   <li>its label counts the rows ("No of Withdrawal 46", "Number of credits", "Bil.", "Anzahl", "Nombre de");</li>
 *   <li>its label names a total ("TOTAL DEBITS FOR THE PERIOD", dated or long, which {@link Marker} leaves a row
 *       for "TOTAL WINE &amp; MORE") and its one amount sums at least two rows, never repeats a single one.</li>
 * </ul>
 * A line that does not add up so stays a row (and the balances judge it). Stateless.
 */
final class ColumnTotals {

    // Labels that count the rows whose amounts they total, in English, Malay ("Bil."), German, French, Spanish,
    // Portuguese, Italian, Dutch, Scandinavian and Polish.
    static final Pattern COUNT_ROW = Pattern.compile(
            "^(?:total )?(?:(?:no|nos|number|num|nbr|nb|count|nombre|numero|nro)\\.? ?(?:of|de|d'|di|do|da)\\b"
                    + "|(?:bil|bilangan|anzahl|aantal|antal|antall|liczba)(?:\\.|\\b))");

    private ColumnTotals() {
    }

    /** {@code events} without the rows that total the columns above them. */
    static List<TableEvent> dropped(List<TableEvent> events) {
        List<TableEvent> out = new ArrayList<>(events.size());
        Sums sinceTotal = new Sums();
        Sums all = new Sums();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row row) {
                if (isTotal(row, sinceTotal) || isTotal(row, all)) {
                    sinceTotal = new Sums();
                    continue;
                }
                sinceTotal.add(row);
                all.add(row);
            }
            out.add(e);
        }
        return out;
    }

    private static boolean isTotal(TableEvent.Row row, Sums sums) {
        Amount debit = row.money().get(ColumnKind.DEBIT);
        Amount credit = row.money().get(ColumnKind.CREDIT);
        int sides = (debit == null ? 0 : 1) + (credit == null ? 0 : 1);
        // A balance or a signed amount beside them makes the row more than the column sums.
        if (sides == 0 || row.money().size() != sides || debit != null && !sums.debits.is(debit)
                || credit != null && !sums.credits.is(credit)) {
            return false;
        }
        if (sides == 2 && (row.description().isBlank() || isNonZero(debit) && isNonZero(credit))) {
            return true;
        }
        String label = Folding.fold(row.description().strip());
        if (COUNT_ROW.matcher(label).lookingAt()) {
            return isNonZero(debit) || isNonZero(credit);
        }
        // One side summing a single row would be a transaction repeating the one above: at least two rows.
        return Marker.TOTAL_ROW.matcher(label).lookingAt()
                && (isNonZero(debit) && sums.debits.rows >= 2 || isNonZero(credit) && sums.credits.rows >= 2);
    }

    private static boolean isNonZero(Amount a) {
        return a != null && a.magnitude().signum() != 0;
    }

    /** The sum of one money column and how many rows add to it. */
    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private int rows;

        // A 0.00 printed in the column's empty cells adds no row.
        void add(Amount a) {
            if (isNonZero(a)) {
                total = total.add(a.magnitude());
                rows++;
            }
        }

        boolean is(Amount a) {
            return total.compareTo(a.magnitude()) == 0;
        }
    }

    /** The sums of the debit and credit columns over some rows. */
    private static final class Sums {
        private final Sum debits = new Sum();
        private final Sum credits = new Sum();

        void add(TableEvent.Row row) {
            debits.add(row.money().get(ColumnKind.DEBIT));
            credits.add(row.money().get(ColumnKind.CREDIT));
        }
    }
}
