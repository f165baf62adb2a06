package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Whose side a credit card statement's signs are printed from, decided as a reader decides it. An issuer prints
 * what the holder owes: charges unmarked (or "+"), payments and refunds "-" or "CR", the amount owed unmarked
 * (US, UK cards). A holder-side print signs like a bank account: charges "-", credits "+" or unmarked, the amount
 * owed itself "-" (German cards: "Saldo 1.348,17-"). The two readings invert every amount and every balance
 * together, so the arithmetic agrees under both and cannot choose: the evidence does. The printed balances of a
 * card are mostly amounts owed, so the mark they carry is the debit mark; and the bulk of a card's rows are
 * charges, so the mark the bulk carries is the charge mark. Evidence that points both ways leaves the signs in
 * doubt. Immutable and thread-safe.
 *
 * @param holderSide true when '-' marks a charge (the holder's view), false for the issuer's view
 * @param doubt      why the signs are in doubt (the balances and the rows disagree), or null
 */
record CardMarks(boolean holderSide, String doubt) {

    // The bulk of the rows: at least this many, and more than twice the rows marked the other way.
    private static final int BULK_ROWS = 3;

    /** Decides from the rows' marks in a one-amount column and from every printed balance. */
    static CardMarks decide(List<TableEvent> events, MetadataReader.Raw meta) {
        int minusRows = 0;
        int otherRows = 0;
        List<Amount> balances = new ArrayList<>();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.BalanceMark mark) {
                balances.add(mark.value());
            } else if (e instanceof TableEvent.Row row) {
                Amount amount = row.money().get(ColumnKind.AMOUNT);
                if (amount != null && amount.magnitude().signum() != 0) {
                    if (amount.mark() == Amount.Mark.MINUS) {
                        minusRows++;
                    } else if (amount.mark() == Amount.Mark.NONE || amount.mark() == Amount.Mark.PLUS) {
                        otherRows++;
                    }
                }
                Amount balance = row.money().get(ColumnKind.BALANCE);
                if (balance != null) {
                    balances.add(balance);
                }
            }
        }
        if (meta != null) {
            for (Amount a : new Amount[] {meta.opening(), meta.closing()}) {
                if (a != null) {
                    balances.add(a);
                }
            }
        }
        Boolean byRows = bulk(minusRows, otherRows);
        Boolean byBalances = byBalances(balances);
        // One balance printed twice (the summary box's previous balance and the table's first row) is one piece of
        // evidence: where only the repeat tips the balances against the rows, they say nothing.
        if (byRows != null && byBalances != null && !byRows.equals(byBalances)
                && byBalances(distinct(balances)) == null) {
            byBalances = null;
        }
        // Rows marked '-' outnumbering the others, if short of the bulk, are no issuer's: its '-' marks payments and
        // refunds, the fewer rows. Against balances printed unmarked as owed (money held prints so too) they leave the
        // signs open, as the bulk would.
        if (byRows == null && Boolean.FALSE.equals(byBalances) && minusRows >= BULK_ROWS && minusRows > otherRows) {
            byRows = Boolean.TRUE;
        }
        if (byRows != null && byBalances != null && !byRows.equals(byBalances)) {
            // In doubt the rows' reading is given, the signs as the rows print them for the most part.
            return new CardMarks(byRows, "the card's signs are in doubt: its balances are printed "
                    + (byBalances ? "with '-'" : "unmarked") + " as amounts owed, yet the bulk of its rows are "
                    + (byRows ? "marked '-'" : "unmarked") + " as charges");
        }
        return new CardMarks(byRows != null ? byRows : byBalances != null && byBalances, null);
    }

    /**
     * True when a row's printed mark stands against the section it is listed under as a bank account reads the mark:
     * a "-" under a section of money in ("Payments", "Credits"), a "+" under one of money out. A card issuer marks its
     * credits so; a bank does not. Where card wording is printed, such rows say the card reading is the right one,
     * though it does not add up: the bank reading, which inverts every sign and so adds up whenever the card's
     * would, is then no proof that the wording misled.
     */
    static boolean marksOpposeSections(List<TableEvent> events) {
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row row && row.direction() != 0) {
                Amount amount = row.money().get(ColumnKind.AMOUNT);
                if (amount != null && amount.magnitude().signum() != 0
                        && (amount.mark() == Amount.Mark.MINUS && row.direction() > 0
                        || amount.mark() == Amount.Mark.PLUS && row.direction() < 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    // True when the rows marked '-' are the bulk (the holder's view), false when the others are, null when neither.
    private static Boolean bulk(int minus, int other) {
        if (minus >= BULK_ROWS && minus > 2 * other) {
            return Boolean.TRUE;
        }
        if (other >= BULK_ROWS && other > 2 * minus) {
            return Boolean.FALSE;
        }
        return null;
    }

    // The balances as figures printed: the same magnitude with the same mark once.
    private static List<Amount> distinct(List<Amount> balances) {
        List<Amount> out = new ArrayList<>();
        for (Amount a : balances) {
            if (out.stream().noneMatch(b -> b.mark() == a.mark() && b.magnitude().compareTo(a.magnitude()) == 0)) {
                out.add(a);
            }
        }
        return out;
    }

    // The amount owed is what a card's balances mostly print: true when they carry '-', false when unmarked.
    private static Boolean byBalances(List<Amount> balances) {
        int minus = 0;
        int unmarked = 0;
        for (Amount a : balances) {
            if (a.magnitude().signum() == 0) {
                continue;
            }
            if (a.mark() == Amount.Mark.MINUS) {
                minus++;
            } else if (a.mark() == Amount.Mark.NONE) {
                unmarked++;
            }
        }
        return minus == unmarked ? null : minus > unmarked;
    }
}
