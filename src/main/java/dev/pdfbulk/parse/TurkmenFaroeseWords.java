package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Turkmen (Latin) and Faroese statements print: column headers, the balances the period starts from and ends
 * on, the balance carried over a page and the totals, folded where they are patterns ("ň", "ý", "ş", "ä" lose their
 * marks; Faroese "æ", "ø" and "ð" are letters of their own and stay). Plain data.
 */
final class TurkmenFaroeseWords {

    private TurkmenFaroeseWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Turkmen: "Sene" / "Amalyň senesi" the date, "Amalyň mazmuny" (the operation's content) / "Tölegiň maksady"
        // (the payment's purpose) the text, "Çykdajy" money out, "Girdeji" money in ("Debet" / "Kredit" as elsewhere),
        // "Galyndy" the balance, "Resminama №" the document's number.
        put.accept(ColumnKind.DATE, new String[] {"sene", "amalyň senesi", "geçirilen senesi"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"amalyň mazmuny", "mazmuny", "tölegiň maksady", "amalyň beýany", "beýany"});
        put.accept(ColumnKind.DEBIT, new String[] {"çykdajy"});
        put.accept(ColumnKind.CREDIT, new String[] {"girdeji"});
        put.accept(ColumnKind.BALANCE, new String[] {"galyndy"});
        put.accept(ColumnKind.OTHER, new String[] {"resminama", "resminama №", "resminamanyň belgisi"});
        // Faroese: "Dagfesting" (the dating) / "Dagur" the date, "Rentudagur" the value date, "Tekstur" the text,
        // "Upphædd" the signed amount, "Úttøka" money out ("Innlegg", money in, is Norwegian's too; "Saldo" shared).
        put.accept(ColumnKind.DATE, new String[] {"dagfesting", "dagur"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"rentudagur", "rentudato"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"tekstur", "frágreiðing"});
        put.accept(ColumnKind.AMOUNT, new String[] {"upphædd"});
        put.accept(ColumnKind.DEBIT, new String[] {"úttøka"});
    }

    /**
     * Turkmen "Döwrüň başyna galyndy" (the balance at the period's start), "Başky galyndy" (the first balance), Faroese
     * "Byrjanarsaldo" (the beginning balance). Folded.
     */
    static final String OPENING = Folding.fold("döwrüň başyna galyndy|başky galyndy|byrjanarsaldo");
    /** Turkmen "Döwrüň ahyryna galyndy" / "Ahyrky galyndy" (the last balance), Faroese "Endasaldo". Folded. */
    static final String CLOSING = Folding.fold("döwrüň ahyryna galyndy|ahyrky galyndy|soňky galyndy|endasaldo");
    /**
     * Rows of a balance: the opening, the closing and the balance carried to the next page or brought from the last:
     * Turkmen "Indiki sahypa geçirildi" / "Öňki sahypadan geçirildi", Faroese "Flutt á næstu síðu" / "Flutt frá
     * fyrru síðu" ("Flutt til sparikontu", a transfer, stays a row). Folded.
     */
    static final String ROWS = OPENING + "|" + CLOSING + "|" + Folding.fold("(?:indiki sahypa|öňki sahypadan)(?: |:|$)"
            + "|flutt (?:á|til) næstu síðu|flutt frá fyrru síðu");
    /** Total rows: Turkmen "Jemi" (in all) and "Dolanyşyk" (the turnover). Folded. */
    static final String TOTALS = Folding.fold("jemi(?: dolanyşyk)?|dolanyşyk");
}
