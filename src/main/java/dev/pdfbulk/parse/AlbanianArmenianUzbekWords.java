package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Albanian, Armenian and Uzbek (Latin) statements print: column headers, the balances the period starts
 * from and ends on, the balance carried over a page and the totals, folded where they are patterns ("ë" meets "e").
 * Plain data.
 */
final class AlbanianArmenianUzbekWords {

    private AlbanianArmenianUzbekWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Albanian: "Data e veprimit" / "Data e transaksionit" the date, "Data e valutës" the value date, "Përshkrimi"
        // the text, "Debi" / "Kredi" money out and in, "Gjendja" / "Balanca" the balance.
        put.accept(ColumnKind.DATE, new String[] {"data e veprimit", "data e transaksionit", "data e regjistrimit"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"data e valutës", "data e vlerës", "data valutës"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"përshkrimi", "përshkrim", "përshkrimi i transaksionit"});
        put.accept(ColumnKind.DEBIT, new String[] {"debi"});
        put.accept(ColumnKind.CREDIT, new String[] {"kredi"});
        put.accept(ColumnKind.BALANCE, new String[] {"gjendja", "balanca"});
        // Armenian: "Ամսաթիվ" the date, "Նկարագրություն" the text, "Դեբետ" / "Կրեդիտ", "Մնացորդ" the balance,
        // "Փաստաթուղթ №" the document's number.
        put.accept(ColumnKind.DATE, new String[] {"ամսաթիվ", "գործարքի ամսաթիվ"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"նկարագրություն", "գործարքի նկարագրություն", "բովանդակություն"});
        put.accept(ColumnKind.DEBIT, new String[] {"դեբետ"});
        put.accept(ColumnKind.CREDIT, new String[] {"կրեդիտ"});
        put.accept(ColumnKind.AMOUNT, new String[] {"գումար"});
        put.accept(ColumnKind.BALANCE, new String[] {"մնացորդ"});
        put.accept(ColumnKind.OTHER, new String[] {"փաստաթուղթ", "փաստաթուղթ №", "փաստաթղթի №"});
        // Uzbek (Latin): "Sana" the date, "Operatsiya mazmuni" / "Toʻlov maqsadi" the text, "Debet" / "Kredit",
        // "Qoldiq" the balance, "Hujjat №" the document's number.
        put.accept(ColumnKind.DATE, new String[] {"sana", "operatsiya sanasi"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"operatsiya mazmuni", "mazmuni", "toʻlov maqsadi", "to'lov maqsadi"});
        put.accept(ColumnKind.DEBIT, new String[] {"debet"});
        put.accept(ColumnKind.CREDIT, new String[] {"kredit"});
        put.accept(ColumnKind.BALANCE, new String[] {"qoldiq"});
        put.accept(ColumnKind.OTHER, new String[] {"hujjat", "hujjat №", "hujjat raqami"});
    }

    /** Albanian "Gjendja fillestare", Armenian "Սկզբնական մնացորդ", Uzbek "Davr boshiga qoldiq". Folded. */
    static final String OPENING = Folding.fold("(?:gjendja|balanca) fillestare|սկզբնական մնացորդ|davr boshi(?:ga|dagi) qoldiq");
    /** Albanian "Gjendja përfundimtare", Armenian "Վերջնական մնացորդ", Uzbek "Davr oxiriga qoldiq". Folded. */
    static final String CLOSING = Folding.fold("(?:gjendja|balanca) përfundimtare|վերջնական մնացորդ|davr oxiri(?:ga|dagi) qoldiq");
    /** Rows of a balance: the opening, closing and Albanian carried ("për t'u mbartur") and brought ("e mbartur"). */
    static final String ROWS = OPENING + "|" + CLOSING + "|" + Folding.fold("gjendja (?:për t.u mbartur|e mbartur)");
    /**
     * Total rows: Albanian "Totali" ("Totali i qarkullimit", the turnover), Armenian "Շրջանառություն" (the turnover),
     * Uzbek "aylanma" (the turnover: "Debet aylanmasi", "Jami aylanma"). Folded.
     */
    static final String TOTALS = Folding.fold("totali|շրջանառություն|(?:debet |kredit |jami )?aylanma(?:si|lar)?");
}
