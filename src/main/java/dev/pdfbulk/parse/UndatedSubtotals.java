package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops subtotal rows whose label names no total ("Lançamentos no cartão (final 1234)  4.880,53" under a card's
 * purchases): in a table whose every other row prints its own date, an undated row with one amount that is exactly
 * the sum of the two or more rows right above it repeats them, as a total does. Where undated rows are common (rows
 * sharing the date above), such a sum proves nothing and every row stays; a dropped row is still judged by the
 * balances, since it is missing from the sum they check. So is an undated row of one amount of 0.00 there ("Interest
 * Charge on Purchases $0.00" under a card's purchases, its block's title left on the page before): a label with a nil
 * amount, no transaction, that would take the date of the row above; dropping it changes no balance. Stateless.
 */
final class UndatedSubtotals {

    // A sum of one row is only a repeated amount, which a real transaction may well be.
    private static final int MIN_ROWS = 2;

    private UndatedSubtotals() {
    }

    /** {@code events} without the undated rows that sum the rows above them, when every other row is dated. */
    static List<TableEvent> dropped(List<TableEvent> events) {
        List<TableEvent> out = new ArrayList<>(events.size());
        // The signed amounts of the dated rows since the last balance or dropped subtotal, in order.
        List<BigDecimal> run = new ArrayList<>();
        boolean dropped = false;
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Total) {
                out.add(e);
                continue;
            }
            if (!(e instanceof TableEvent.Row row)) {
                run.clear();
                out.add(e);
                continue;
            }
            BigDecimal amount = signed(row);
            if (row.date() == null) {
                if (amount != null && amount.signum() == 0) {
                    dropped = true;
                    continue;
                }
                if (amount == null || !sumsRowsAbove(amount, run)) {
                    // An undated row that is no such sum: rows here share the date above, so no sum says total.
                    return events;
                }
                dropped = true;
                run.clear();
                continue;
            }
            run.add(amount == null ? BigDecimal.ZERO : amount);
            out.add(e);
        }
        return dropped ? out : events;
    }

    // Whether the amount is the sum of the last two or more rows of the run.
    private static boolean sumsRowsAbove(BigDecimal amount, List<BigDecimal> run) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = run.size() - 1; k >= 0; k--) {
            sum = sum.add(run.get(k));
            if (run.size() - k >= MIN_ROWS && sum.compareTo(amount) == 0) {
                return true;
            }
        }
        return false;
    }

    // The row's one amount, signed by its column or its mark; null when it prints none or several, or a balance.
    private static BigDecimal signed(TableEvent.Row row) {
        if (row.money().size() != 1) {
            return null;
        }
        Amount a = row.money().values().iterator().next();
        return switch (row.money().keySet().iterator().next()) {
            case AMOUNT -> a.signed();
            case DEBIT -> a.magnitude().negate();
            case CREDIT -> a.magnitude();
            default -> null;
        };
    }
}
