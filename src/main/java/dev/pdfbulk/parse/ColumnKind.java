package dev.pdfbulk.parse;

/** What a column of a transaction table holds, decided from its header. */
enum ColumnKind {
    /** The transaction date. */
    DATE,
    /** A second date (value date, or a posting date beside the transaction date), not used. */
    OTHER_DATE,
    /**
     * A posting or booking date as the header names it: the row's date where the header names no transaction date
     * (the table's column is then {@link #DATE}); beside a transaction date, the date of the rows that leave theirs
     * blank (a card's interest and fees), else left out like {@link #OTHER_DATE}.
     */
    POSTING_DATE,
    /** Free text describing the transaction. */
    DESCRIPTION,
    /** Money out (withdrawals, debits, charges). */
    DEBIT,
    /** Money in (deposits, credits, payments on a card). */
    CREDIT,
    /** One signed amount. */
    AMOUNT,
    /** Running balance. */
    BALANCE,
    /**
     * A balance the holder may spend ("Available balance", "Saldo disponible"): beside another balance column never
     * the running balance. Only headers being read hold it; a table's columns hold {@link #BALANCE} or {@link #OTHER}.
     */
    AVAILABLE_BALANCE,
    /** Anything else (cheque number, reference): neither description nor money. */
    OTHER,
    /**
     * A fee column: where its cell holds an amount, the fee the row was charged, money out that adds to the row's
     * debit; where it holds a mark ("##", a fee charged later as a row of its own), no part of the row, like OTHER.
     */
    FEE,
    /** Debit/credit words ("Af"/"Bij", "D"/"C") that sign the unsigned amount on their row. */
    SIGN;

    boolean isMoney() {
        return this == DEBIT || this == CREDIT || this == AMOUNT || this == BALANCE;
    }

    boolean isTransactionMoney() {
        return this == DEBIT || this == CREDIT || this == AMOUNT;
    }
}
