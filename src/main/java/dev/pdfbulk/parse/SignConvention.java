package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns printed amounts into signed money from the account holder's view (out negative, in positive)
 * and printed balances into the statement's own sign. A bank account's balance is what the holder has;
 * a card printed from the issuer's side keeps what the holder owes, so a charge raises the balance and '-'
 * or CR marks a credit. A card printed from the holder's side ({@link CardMarks}) signs like a bank account.
 * Immutable and thread-safe.
 */
final class SignConvention {

    // A card whose marks are the issuer's: '-' is a credit and the balance is the amount owed.
    private final boolean card;
    private final Boolean unmarkedIsCredit;
    private final String doubt;

    private SignConvention(boolean card, Boolean unmarkedIsCredit, String doubt) {
        this.card = card;
        this.unmarkedIsCredit = unmarkedIsCredit;
        this.doubt = doubt;
    }

    /**
     * Learns what an unmarked value in a one-amount column means from the marks the other values carry; on a
     * card, first whose side its marks are printed from, by its rows and balances ({@code meta}'s included).
     */
    static SignConvention of(boolean card, List<TableEvent> events, MetadataReader.Raw meta) {
        String doubt = null;
        if (card) {
            CardMarks view = CardMarks.decide(events, meta);
            doubt = view.doubt();
            // Printed from the holder's side, a card's signs read as a bank account's.
            card = !view.holderSide();
        }
        return of(card, doubt, events, meta);
    }

    /**
     * A debt's (a loan's): its balance is the principal owed, read as a card's is where its marks are the lender's.
     * Its rows print no mark where a payment and an advance alike stand unmarked under "Principal": each row's side
     * is then the balance owed's, lowered by a payment, never the charge a card's unmarked row is.
     */
    static SignConvention debt(List<TableEvent> events, MetadataReader.Raw meta) {
        CardMarks view = CardMarks.decide(events, meta);
        SignConvention signs = of(!view.holderSide(), view.doubt(), events, meta);
        return signs.card && signs.unmarkedIsCredit == Boolean.FALSE && !marked(events)
                ? new SignConvention(true, null, signs.doubt) : signs;
    }

    // Whether any row's one amount carries a mark ('-', '+', CR, DR).
    private static boolean marked(List<TableEvent> events) {
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row row && row.money().containsKey(ColumnKind.AMOUNT)
                    && row.money().get(ColumnKind.AMOUNT).mark().sign() != Amount.Mark.NONE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other reading of the statement's balances: a card's from the issuer's side (the amount owed) where this
     * one reads them as a bank account's (the holder's money), and the reverse. Where the rows' side is printed by
     * their column or section, not by a mark, only the balances turn, so the arithmetic tells the two apart.
     */
    SignConvention otherSide(List<TableEvent> events, MetadataReader.Raw meta) {
        return of(!card, null, events, meta);
    }

    private static SignConvention of(boolean card, String cardDoubt, List<TableEvent> events, MetadataReader.Raw meta) {
        String doubt = cardDoubt;
        if (doubt == null) {
            doubt = SollHaben.doubt(events, meta);
        }
        Map<Amount.Mark, Integer> marks = new EnumMap<>(Amount.Mark.class);
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row row && row.money().containsKey(ColumnKind.AMOUNT)) {
                marks.merge(row.money().get(ColumnKind.AMOUNT).mark().sign(), 1, Integer::sum);
            }
        }
        int minus = marks.getOrDefault(Amount.Mark.MINUS, 0);
        int plus = marks.getOrDefault(Amount.Mark.PLUS, 0);
        int cr = marks.getOrDefault(Amount.Mark.CR, 0);
        int dr = marks.getOrDefault(Amount.Mark.DR, 0);
        Boolean unmarked;
        if (card) {
            unmarked = plus > 0 && minus == 0 && cr == 0 ? Boolean.TRUE : Boolean.FALSE;
        } else if (cr > 0 && minus == 0 && plus == 0 && dr == 0) {
            unmarked = Boolean.FALSE;
        } else if (minus > 0 || dr > 0) {
            unmarked = Boolean.TRUE;
        } else if (plus > 0) {
            unmarked = Boolean.FALSE;
        } else {
            unmarked = null;
        }
        return new SignConvention(card, unmarked, doubt);
    }

    /** Why no sign reading can be trusted (a card's balances and rows disagree on its marks), or null. */
    String doubt() {
        return doubt;
    }

    /** +1 when the balance moves with the holder's money (bank), -1 when it is money owed (card). */
    int direction() {
        return card ? -1 : 1;
    }

    /**
     * The holder's signed amount, or null when the layout leaves the sign open (unmarked values and
     * nothing to learn from); the caller then uses the change in the running balance. An unmarked amount
     * goes the way the row says ({@code direction} +1 money in, -1 money out, 0 when it does not say): by
     * its own debit/credit word ("Af"/"Bij"), or by the section heading above it ("Payments and Credits",
     * "Purchases"). A printed mark still rules, and so do debit and credit columns.
     */
    BigDecimal holderAmount(Map<ColumnKind, Amount> money, int direction) {
        Amount debit = money.get(ColumnKind.DEBIT);
        Amount credit = money.get(ColumnKind.CREDIT);
        if (debit != null || credit != null) {
            BigDecimal out = debit == null ? BigDecimal.ZERO : debit.magnitude();
            BigDecimal in = credit == null ? BigDecimal.ZERO : credit.magnitude();
            if (debit != null && credit != null && out.signum() != 0 && in.signum() != 0) {
                return null;
            }
            return in.subtract(out);
        }
        Amount amount = money.get(ColumnKind.AMOUNT);
        return switch (amount.mark().sign()) {
            case MINUS -> card ? amount.magnitude() : amount.magnitude().negate();
            case PLUS -> card ? amount.magnitude().negate() : amount.magnitude();
            case CR -> amount.magnitude();
            case DR -> amount.magnitude().negate();
            case NONE -> direction != 0 ? (direction > 0 ? amount.magnitude() : amount.magnitude().negate())
                    : unmarkedIsCredit == null ? null
                    : unmarkedIsCredit ? amount.magnitude() : amount.magnitude().negate();
            // sign() maps Soll and Haben to DR and CR.
            case SOLL, HABEN -> throw new IllegalStateException();
        };
    }

    /** A printed balance in the statement's own sign. */
    BigDecimal balance(Amount printed) {
        return switch (printed.mark().sign()) {
            case MINUS -> printed.magnitude().negate();
            case PLUS, NONE -> printed.magnitude();
            case CR -> card ? printed.magnitude().negate() : printed.magnitude();
            case DR -> card ? printed.magnitude() : printed.magnitude().negate();
            // sign() maps Soll and Haben to DR and CR.
            case SOLL, HABEN -> throw new IllegalStateException();
        };
    }

    /** The magnitude of the transaction money, whatever its column. */
    static BigDecimal magnitude(Map<ColumnKind, Amount> money) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ColumnKind k : List.of(ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.AMOUNT)) {
            Amount a = money.get(k);
            if (a != null) {
                sum = sum.max(a.magnitude());
            }
        }
        return sum;
    }
}
