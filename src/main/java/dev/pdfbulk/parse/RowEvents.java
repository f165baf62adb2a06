package dev.pdfbulk.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The events a table's finished rows and balance lines become: a row with money is a {@link TableEvent.Row} going
 * the way its own words or its section say; a dated row printing only a balance, and a balance line, are a
 * {@link TableEvent.BalanceMark} carrying the balance as its column or label signs it. Stateless and thread-safe;
 * the rows and lines given are never null and are only read.
 */
final class RowEvents {

    private RowEvents() {
    }

    static TableEvent.Row row(OpenRow row) {
        // The row's own debit/credit word says more than the section it is listed under.
        int direction = row.directionSeen ? row.direction : row.section;
        return new TableEvent.Row(row.page, row.date, row.text(), row.money, direction);
    }

    /** The total a total line prints in the amount columns, or null when it prints none there. */
    static TableEvent.Total total(TableLine line) {
        Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);
        for (ColumnKind kind : List.of(ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.AMOUNT)) {
            Amount a = line.money().get(kind);
            if (a != null) {
                money.put(kind, a);
            }
        }
        return money.isEmpty() ? null : new TableEvent.Total(money, line.page());
    }

    /** The event a closed row makes, or null when it makes none (no money, or an undated balance). */
    static TableEvent closed(OpenRow row) {
        if (row.hasTransactionMoney()) {
            return row(row);
        } else if (row.date != null && row.money.containsKey(ColumnKind.BALANCE)) {
            // A dated row printing a balance and no amount the table could read ("31 MAR Frais mensuels fixes 7,95
            // 1 693,02-", its 7,95 under a column of no known kind): whatever it moved, its balance is checked as a
            // balance row's is, never dropped unseen where the rows below it would then add up.
            return new TableEvent.BalanceMark(row.money.get(ColumnKind.BALANCE), row.page);
        }
        return null;
    }

    /**
     * The balance a balance row prints, or null when it prints none: a forward row with the balance cell blank
     * carries the totals of the debit and credit columns ("CARRIED FORWARD 22,672.29 18,960.90"), not a balance.
     * {@code balanceColumn}: the table has a balance column, so only a value in it is a balance.
     */
    static Amount balance(TableLine line, boolean balanceColumn) {
        Amount value = line.money().get(ColumnKind.BALANCE);
        if (value != null || balanceColumn) {
            // An unmarked balance is on the side its label names ("SOLDE DEBITEUR AU 31/03/2025 1 151,72").
            return BalanceSide.signed(value, line.description());
        }
        Amount single = null;
        ColumnKind singleKind = null;
        for (ColumnKind kind : List.of(ColumnKind.AMOUNT, ColumnKind.CREDIT, ColumnKind.DEBIT)) {
            Amount a = line.money().get(kind);
            if (a != null) {
                if (single != null) {
                    // Two amounts are column totals: no single figure is the balance.
                    return null;
                }
                single = a;
                singleKind = kind;
            }
        }
        // A balance printed under the debit column is a debit balance, under the credit column a credit balance,
        // whatever its label says (a contradiction then fails the check instead of being read the way that adds
        // up): overdrawn or not on a bank account, owed or not on a card ("Saldovortrag" under "Belastung CHF").
        if ((singleKind == ColumnKind.DEBIT || singleKind == ColumnKind.CREDIT) && single.mark() == Amount.Mark.NONE) {
            return new Amount(single.magnitude(), singleKind == ColumnKind.DEBIT ? Amount.Mark.DR : Amount.Mark.CR,
                    single.currency(), single.number());
        }
        return singleKind == ColumnKind.AMOUNT ? BalanceSide.signed(single, line.description()) : single;
    }
}
