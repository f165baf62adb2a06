package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Catalan (Andorra's banks), Swahili (Tanzania's and Kenya's) and Hindi statements print: column headers,
 * the balances the period starts from and ends on, the balance carried over a page and the totals, folded where they
 * are patterns (Devanagari vowel signs are combining marks and fold away, on both sides of a match). Plain data.
 */
final class CatalanSwahiliHindiWords {

    private CatalanSwahiliHindiWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Catalan: "Data" / "Data operació" the date ("Data valor" the value date, as Portuguese), "Concepte" /
        // "Descripció" the text, "Càrrec" (a charge) money out, "Abonament" money in, "Import" the signed amount.
        put.accept(ColumnKind.DATE, new String[] {"data operació", "data d'operació"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"concepte", "descripció", "concepte del moviment"});
        put.accept(ColumnKind.DEBIT, new String[] {"càrrec", "càrrecs", "deure"});
        put.accept(ColumnKind.CREDIT, new String[] {"abonament", "abonaments"});
        put.accept(ColumnKind.AMOUNT, new String[] {"import"});
        // Swahili: "Tarehe" the date ("Tarehe ya thamani" the value date), "Maelezo" (the explanation) the text,
        // "Kutoa" (to take out) money out, "Kuweka" (to put in) money in, "Salio" the balance, "Kumbukumbu" (the
        // record: a reference) a column of its own.
        put.accept(ColumnKind.DATE, new String[] {"tarehe", "tarehe ya muamala"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"tarehe ya thamani"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"maelezo", "maelezo ya muamala"});
        put.accept(ColumnKind.DEBIT, new String[] {"kutoa", "kiasi kilichotolewa"});
        put.accept(ColumnKind.CREDIT, new String[] {"kuweka", "kiasi kilichowekwa"});
        put.accept(ColumnKind.BALANCE, new String[] {"salio"});
        put.accept(ColumnKind.OTHER, new String[] {"kumbukumbu", "namba ya kumbukumbu"});
        // Hindi: "दिनांक" / "तारीख" the date, "विवरण" (the particulars) the text, "नामे" (debited) / "निकासी" (the
        // withdrawal) money out, "जमा" (deposited) money in, "शेष" (the remainder) the balance, "राशि" (the sum) the
        // amount, "चेक नं." the cheque's number.
        put.accept(ColumnKind.DATE, new String[] {"दिनांक", "तारीख", "लेनदेन दिनांक"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"विवरण"});
        put.accept(ColumnKind.DEBIT, new String[] {"नामे", "निकासी"});
        put.accept(ColumnKind.CREDIT, new String[] {"जमा"});
        put.accept(ColumnKind.BALANCE, new String[] {"शेष", "शेष राशि"});
        put.accept(ColumnKind.AMOUNT, new String[] {"राशि"});
        put.accept(ColumnKind.OTHER, new String[] {"चेक नं.", "चेक सं.", "चेक संख्या"});
    }

    /**
     * Swahili "Salio la kuanzia" (the balance to start from) / "Salio la awali", Hindi "प्रारंभिक शेष" / "आरंभिक
     * शेष" (the opening remainder). Folded.
     */
    static final String OPENING = Folding.fold("salio la (?:kuanzia|awali|mwanzo)|प्रारंभिक शेष|आरंभिक शेष");
    /** Swahili "Salio la mwisho" (the last balance) / "Salio la kufunga", Hindi "अंतिम शेष". Folded. */
    static final String CLOSING = Folding.fold("salio la (?:mwisho|kufunga)|अंतिम शेष");
    /**
     * Rows of a balance: the opening, the closing and the balance carried to the next page or brought from the last:
     * Swahili "Salio linalohamishwa" / "Salio lililohamishwa" (the balance being moved / moved), Catalan "Suma i
     * segueix" (the sum goes on). Folded.
     */
    static final String ROWS = OPENING + "|" + CLOSING + "|" + Folding.fold("salio li(?:na|li)lohamishwa\\b|suma i segueix\\b");
    /** Total rows: Catalan "Total moviments" starts with "total" already; Swahili "Jumla" (in all). Folded. */
    static final String TOTALS = Folding.fold("jumla");
}
