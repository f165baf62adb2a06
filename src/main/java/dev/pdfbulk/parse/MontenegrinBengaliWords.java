package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Montenegrin, Bosnian and Serbian accounting columns (Duguje / Potražuje) and Bengali statements
 * (Bangladesh's banks) print: column headers, the balances the period starts from and ends on, the balance carried
 * over a page and the totals, folded where they are patterns (Bengali vowel signs are combining marks and fold away,
 * on both sides of a match). Plain data.
 */
final class MontenegrinBengaliWords {

    private MontenegrinBengaliWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Montenegrin, Bosnian and Serbian ledger words: "Duguje" (it owes) money out, "Potražuje" (it claims) money
        // in, in Latin and Cyrillic script.
        put.accept(ColumnKind.DEBIT, new String[] {"duguje", "дугује"});
        put.accept(ColumnKind.CREDIT, new String[] {"potražuje", "потражује"});
        // Bengali: "তারিখ" / "লেনদেনের তারিখ" (the transaction's date) the date, "বিবরণ" (the particulars) the text,
        // "উত্তোলন" (the withdrawal) / "ডেবিট" money out, "জমা" (deposited) / "ক্রেডিট" money in, "স্থিতি" / "ব্যালেন্স"
        // the balance, "পরিমাণ" (the sum) the amount, "চেক নং" the cheque's number.
        put.accept(ColumnKind.DATE, new String[] {"তারিখ", "লেনদেনের তারিখ"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"বিবরণ", "লেনদেনের বিবরণ"});
        put.accept(ColumnKind.DEBIT, new String[] {"উত্তোলন", "ডেবিট"});
        put.accept(ColumnKind.CREDIT, new String[] {"জমা", "ক্রেডিট"});
        put.accept(ColumnKind.BALANCE, new String[] {"স্থিতি", "ব্যালেন্স"});
        put.accept(ColumnKind.AMOUNT, new String[] {"পরিমাণ"});
        put.accept(ColumnKind.OTHER, new String[] {"চেক নং", "চেক নং.", "চেক নম্বর"});
    }

    /** Bengali "প্রারম্ভিক স্থিতি" (the opening balance) / "পূর্ববর্তী স্থিতি" (the previous balance). Folded. */
    static final String OPENING = Folding.fold("প্রারম্ভিক স্থিতি|পূর্ববর্তী স্থিতি");
    /** Bengali "সমাপনী স্থিতি" (the closing balance) / "সমাপ্তি স্থিতি" / "শেষ স্থিতি" (the final balance). Folded. */
    static final String CLOSING = Folding.fold("সমাপনী স্থিতি|সমাপ্তি স্থিতি|শেষ স্থিতি");
    /**
     * Rows of a balance: the opening, the closing and the balance carried to the next page or brought from the last:
     * Montenegrin and Bosnian "Prenos na sljedeću stranu" / "Prenos sa prethodne strane" (Serbian "sledeću", "s"),
     * Bengali "পরবর্তী পৃষ্ঠায় স্থানান্তর" / "পূর্ববর্তী পৃষ্ঠা থেকে স্থানান্তর" (moved to the next page / from the last
     * page: "স্থানান্তর", a transfer, alone is a row's text). Folded.
     */
    static final String ROWS = OPENING + "|" + CLOSING + "|"
            + Folding.fold("prenos (?:na (?:sljedeću|sledeću|narednu)|sa? (?:prethodne|predhodne)) stran[ue]\\b"
            + "|(?:পরবর্তী পৃষ্ঠায়|পূর্ববর্তী পৃষ্ঠা থেকে) স্থানান্তর");
    /**
     * Total rows: Montenegrin and Serbian "Promet" (the turnover: the period's debits and credits) alone in its cell
     * ("Auto promet", "Promet d.o.o." are firms), Bengali "মোট" (in all). Folded.
     */
    static final String TOTALS = Folding.fold("(?:promet|промет)(?=:?$)|মোট");
}
