package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Kyrgyz (Cyrillic) statements print: column headers, the balances the period starts from and ends on, the
 * balance carried over a page and the totals, folded where they are patterns ("ү", "ө" and "ң" are letters of their
 * own and stay). Plain data.
 */
final class KyrgyzWords {

    private KyrgyzWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // "Күнү" (its day) / "Операциянын күнү" the date, "Операциянын мазмуну" (the operation's content) / "Төлөмдүн
        // максаты" (the payment's purpose) the text, "Чыгым" / "Чыгаша" money out, "Кириш" / "Киреше" money in,
        // "Калдык" the balance, "Сумма" an amount.
        put.accept(ColumnKind.DATE, new String[] {"күнү", "операциянын күнү", "төлөм күнү"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"операциянын мазмуну", "мазмуну", "төлөмдүн максаты",
            "операциянын сүрөттөмөсү", "сүрөттөмө"});
        put.accept(ColumnKind.DEBIT, new String[] {"чыгым", "чыгаша"});
        put.accept(ColumnKind.CREDIT, new String[] {"кириш", "киреше"});
        put.accept(ColumnKind.BALANCE, new String[] {"калдык"});
    }

    /** "Мезгилдин башындагы калдык" (the balance at the period's start), "Баштапкы калдык" (the first balance). Folded. */
    static final String OPENING = Folding.fold("мезгилдин башындагы калдык|баштапкы калдык");
    /** "Мезгилдин аягындагы калдык" (the balance at the period's end), "Акыркы калдык" (the last balance). Folded. */
    static final String CLOSING = Folding.fold("мезгилдин аягындагы калдык|акыркы калдык");
    /**
     * Rows of a balance: the opening, the closing and the balance carried to the next page ("Кийинки бетке") or
     * brought from the last ("Мурунку беттен"). Folded.
     */
    static final String ROWS = OPENING + "|" + CLOSING + "|" + Folding.fold("(?:кийинки бетке|мурунку беттен)(?: |:|$)");
    /** Total rows: "Жүгүртүү" (the turnover), "Бардыгы" / "Жыйынтык" (in all). Folded. */
    static final String TOTALS = Folding.fold("жүгүртүү|бардыгы|жыйынтык");
}
