package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Proves the rows before a table's first printed balance, which the balances check against nothing where no opening
 * is printed, by a total printed under them ("Page total" on page 1, a card's totals mid-table). A total summing
 * every row from the table's first down to a checked balance (on the last of them, or on a balance line right
 * after) proves them: the balances prove the rows after the first balance, so the rows before it carry just what
 * the total leaves. A total names each column the rows use (debit and credit, or the signed amount), and sums two
 * rows at least, so a line repeating one row's amount proves nothing. Stateless.
 */
final class TotalProof {

    private TotalProof() {
    }

    /** The debit and credit cells of a row or a total, as magnitudes; null where not printed. */
    record Sides(BigDecimal debit, BigDecimal credit) {

        static Sides of(Map<ColumnKind, Amount> money) {
            Amount debit = money.get(ColumnKind.DEBIT);
            Amount credit = money.get(ColumnKind.CREDIT);
            return new Sides(debit == null ? null : debit.magnitude(), credit == null ? null : credit.magnitude());
        }

        boolean printed() {
            return debit != null || credit != null;
        }
    }

    /** A total's signed amount where it prints only the signed amount column, as the rows are signed; else null. */
    static BigDecimal signed(Map<ColumnKind, Amount> money, SignConvention signs) {
        if (money.containsKey(ColumnKind.DEBIT) || money.containsKey(ColumnKind.CREDIT)
                || !money.containsKey(ColumnKind.AMOUNT)) {
            return null;
        }
        return signs.holderAmount(money, 0);
    }

    /**
     * True when a printed total, with the balances, proves the first {@code before} rows of {@code entries}
     * (printed order, oldest first), whose balances have all agreed.
     */
    static boolean provesFirstRows(List<StatementBuilder.Entry> entries, int before) {
        if (before == 0) {
            return false;
        }
        Sums sums = new Sums();
        // Whether the last row's balance, or a balance line after it, was checked; a total matching before it waits.
        boolean checked = false;
        boolean matched = false;
        // The totals so far added up: page totals, each of its page's rows, sum the rows from the first together.
        Sides totalSides = null;
        BigDecimal totalAmount = null;
        int totals = 0;
        for (StatementBuilder.Entry e : entries) {
            if (e.mark() != null) {
                if (matched) {
                    return true;
                }
                checked = sums.rows > 0;
                continue;
            }
            if (e.total()) {
                totalSides = totals == 0 ? e.sides() : new Sides(plus(totalSides.debit(), e.sides().debit()),
                        plus(totalSides.credit(), e.sides().credit()));
                totalAmount = totals == 0 ? e.amount() : totalAmount == null || e.amount() == null ? null
                        : totalAmount.add(e.amount());
                totals++;
                if (sums.rows >= Math.max(before, 2) && (sums.agree(e.sides(), e.amount())
                        || totals > 1 && sums.agree(totalSides, totalAmount))) {
                    if (checked) {
                        return true;
                    }
                    matched = true;
                }
                continue;
            }
            if (e.date() == null || e.amount() == null) {
                return false;
            }
            matched = false;
            sums.add(e);
            checked = e.balance() != null;
        }
        return false;
    }

    // Two columns' sums, either maybe not printed.
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** The signed amounts, debits and credits of the rows from the table's first. */
    private static final class Sums {
        private BigDecimal net = BigDecimal.ZERO;
        private BigDecimal debits = BigDecimal.ZERO;
        private BigDecimal credits = BigDecimal.ZERO;
        private int rows;

        void add(StatementBuilder.Entry e) {
            net = net.add(e.amount());
            debits = e.sides().debit() == null ? debits : debits.add(e.sides().debit());
            credits = e.sides().credit() == null ? credits : credits.add(e.sides().credit());
            rows++;
        }

        // Each column the rows use printed and equal to its sum; every row's amount from those columns.
        boolean agree(Sides s, BigDecimal amount) {
            if (s.printed()) {
                return net.compareTo(credits.subtract(debits)) == 0
                        && same(s.debit(), debits) && same(s.credit(), credits)
                        && (s.debit() != null ? s.debit() : BigDecimal.ZERO).add(
                                s.credit() != null ? s.credit() : BigDecimal.ZERO).signum() != 0;
            }
            return amount != null && net.signum() != 0 && amount.compareTo(net) == 0;
        }

        // A column's sum: equal where printed; nothing to sum where not.
        private static boolean same(BigDecimal printed, BigDecimal sum) {
            return printed != null ? printed.compareTo(sum) == 0 : sum.signum() == 0;
        }
    }
}
