package dev.pdfbulk.parse;

import java.util.regex.Pattern;

/**
 * The labels of a statement's opening, closing and current balance in the languages read ("Previous balance", "Solde
 * précédent", "Neuer Saldo"), matched on folded text; {@link BalanceLabels} reads the amounts they label. Constants
 * and searches over them ({@link LabelSearch}): thread-safe.
 */
final class BalanceLabelWords {

    /**
     * One word saying what a balance is of, between the opening or closing word and "balance" ("Beginning Cash
     * Balance", "Closing Ledger Balance"), folded; never a word naming another measure of it ("Ending Daily Balance",
     * "Opening Available Balance", "Closing Average Balance") nor a linking word.
     */
    static final String OF_WHAT = "(?!(?:daily|average|avg|available|minimum|maximum|collected|uncollected|cleared"
            + "|the|and|for|from|with|your|this|that)\\b)\\p{L}{3,} ";

    /** Labels of the balance the statement starts from (matched on folded text). */
    static final Pattern OPENING = Pattern.compile(
            "(?:opening|beginning|previous|starting|start|alter|(?:last|previous|prior) statement) ?"
                    + "(?:balance|saldo|kontostand)|(?:opening|beginning|starting) " + OF_WHAT + "balance|"
                    // "Balance at start" (a summary cell, the label over its value), the balance named by its place.
                    + "balance at (?:the )?start(?: of (?:the )?(?:period|statement))?\\b|"
                    // A card's balance a month before ("Previous Monthly Balance", Apple Card's).
                    + "previous (?:monthly|month's|month) balance|"
                    + "balance brought forward|anfangssaldo|ancien solde|"
                    // "Solde précédent", "Solde initial", "Solde au début", "SOLDE (DE) DEPART AU 31/07/2025".
                    + "solde (?:precedent|initial|au debut|(?:de )?depart)|"
                    + "saldo (?:de (?:liquidacion|operacion) )?(?:anterior|inicial)|"
                    // Spanish with the English word, as Dominican banks print it ("Balance Anterior", Banreservas').
                    + "balance (?:anterior|inicial)\\b|"
                    + "saldo (?:iniziale|precedente|alt|vortrag|poczatkowe|otwarcia|poprzednie)|beginsaldo|"
                    // Italian "Saldo contabile iniziale" (the book balance at the start).
                    + "saldo contabile iniziale|"
                    + "saldo (?:der |aus (?:der )?)?(?:letzte|vorige|vorherige)[nr]? (?:abrechnung|rechnung)|"
                    + "vorig saldo|pocatecni zustatek|pociatocny zostatok|inn?gaende saldo|nyito egyenleg|"
                    // Swedish "Ingående", Norwegian "Inngående"; Finnish "Saldo alussa" (at the start), folded.
                    + "saldo alussa|alkusaldo|primosaldo|"
                    // Turkish "Devreden Bakiye" (the balance carried over into the period), folded.
                    + "(?:onceki donem|devir|acilis) bakiye(?:si)?\\b|devreden bakiye|"
                    // A Turkish card's debt of the period before ("Önceki Dönem Borcu"), folded.
                    + "onceki donem borcu\\b|"
                    // A Brazilian card's bill before this one ("Total da fatura anterior").
                    + "(?:total da )?fatura anterior|"
                    // A Chilean card's debt at the period's start ("Saldo adeudado al inicio del período").
                    + "saldo adeudado al inicio|"
                    // Indonesian, Vietnamese, Greek and Russian, folded ("Số dư đầu kỳ": "đ" is a letter of its own;
                    // "Входящий": the breve of "й" is a mark, dropped).
                    + "saldo awal|so du đau ky|υπολοιπο προηγουμενης περιοδου|προηγουμενο υπολοιπο|αρχικο υπολοιπο|"
                    // Ukrainian "Вхідний залишок", folded ("й" loses its breve).
                    + "входящии остаток|вхіднии залишок|"
                    // Russian "Остаток на начало периода" (the balance at the period's start).
                    + "остаток (?:средств )?на начало(?: периода)?|"
                    // Bulgarian "Начално салдо", folded.
                    + "начално салдо|"
                    // Estonian "Algsaldo", Latvian "Sākuma atlikums", Icelandic "Upphafsstaða", Croatian "Početno" or
                    // "Prethodno stanje", Slovenian "Začetno stanje", folded.
                    + "algsaldo|sakuma atlikums|upphafssta[dð]a|(?:pocetno|prethodno|zacetno) stanje|"
                    // Icelandic "Staða í upphafi tímabils" (the balance at the period's start, Arion's), folded.
                    + "sta[dð]a i upphafi\\b|"
                    // Lithuanian "Pradinis likutis" (the first balance), folded.
                    + "pradinis likutis|"
                    // Serbian Cyrillic "Претходно стање" (the previous balance), "Почетно стање".
                    + "(?:претходно|почетно) стање|"
                    // Macedonian "Почетно салдо", Mongolian "Эхний үлдэгдэл" (the first balance), Kazakh "Кіріс
                    // қалдық" (the incoming balance), Azerbaijani "Dövrün əvvəlinə qalıq" (at the period's start), folded.
                    + "почетно салдо|эхнии үлдэгдэл|кіріс қалдық|dovrun əvvəlinə qaliq|" + EastAsianWords.OPENING + "|" + ThaiWords.OPENING + "|" + HebrewWords.OPENING
                    + "|" + ArabicWords.OPENING + "|" + AlbanianArmenianUzbekWords.OPENING + "|" + LaoBurmeseWords.OPENING
                    + "|" + BelarusianTajikWords.OPENING + "|" + KyrgyzWords.OPENING + "|" + TurkmenFaroeseWords.OPENING
                    + "|" + CatalanSwahiliHindiWords.OPENING + "|" + MontenegrinBengaliWords.OPENING,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Labels of the balance the statement ends on (matched on folded text). A card's total due ("Total Dues", "Total
     * Amount Due") is all it owes, its closing balance; the minimum amount due is only a part of it.
     */
    static final Pattern CLOSING = Pattern.compile(
            "(?<!daily )(?:closing|ending|new|final|neuer|this statement) ?(?:balance|saldo|kontostand)|endsaldo|nouveau solde|"
                    + "(?:closing|ending|final) " + OF_WHAT + "balance|"
                    + "(?<!last |previous |prior )statement balance|balance at (?:the )?end(?! of (?:the )?day)\\b|total (?:amount |payment |balance )?dues?(?! date)|"
                    + "solde (?:final|a la fin)|saldo (?:de (?:liquidacion|operacion) )?final|saldo (?:neu|koncowe|zamkniecia|biezace)|"
                    + "eindsaldo|nieuw saldo|konecny z[uo]stat[eo]k|saldo contabile finale|utgaende saldo|(?:nuevo|novo|nuovo) saldo|zaro egyenleg|"
                    // Finnish "Saldo lopussa" (at the end), folded.
                    + "saldo lopussa|loppusaldo|ultimosaldo|"
                    // A card's balance at the cycle's end, all it owes ("Total Balance", Apple Card's).
                    + "total balance(?! transfers?\\b)|"
                    // Italian "Saldo attuale", Spanish "Saldo actual": the balance the statement reaches, a card's new
                    // balance.
                    + "saldo (?:attuale|actual)\\b|"
                    // A Mexican card's balance on its closing day: "Saldo deudor total" (all it owes), "Saldo al corte".
                    + "saldo deudor total|saldo (?:total )?al corte(?! anterior)|"
                    // Spanish with the English word ("Balance Actual", the balance now, Banreservas'; "Balance Final").
                    + "balance (?:actual|final)\\b|"
                    // Turkish "Son Bakiye" (the last balance, the period's end), folded.
                    + "(?:donem sonu|kapanis) bakiye(?:si)?\\b|\\bson bakiye|total (?:desta|da presente) fatura|"
                    // A Turkish card's debt this period, all it owes ("Dönem Borcu"; never the previous one's), folded.
                    + "(?<!onceki )\\bdonem borcu\\b|"
                    // A Brazilian card's bill: all it owes ("Total a pagar", the total to pay).
                    + "total a pagar|saldo akhir|"
                    // A Chilean card's bill ("Monto facturado a pagar", the amount billed to pay).
                    + "monto (?:total )?facturado a pagar|so du cuoi ky|(?:νεο|τελικο) υπολοιπο|исходящии остаток|вихіднии залишок|краино салдо"
                    // Russian "Остаток на конец периода" (at the period's end).
                    + "|остаток (?:средств )?на конец(?: периода)?"
                    // Estonian "Lõppsaldo", Latvian "Beigu atlikums", Icelandic "Lokastaða", Croatian "Završno" or "Novo
                    // stanje", Slovenian "Končno stanje", folded.
                    + "|loppsaldo|beigu atlikums|lokasta[dð]a|(?:zavrsno|novo|koncno) stanje"
                    // Icelandic "Staða í lok tímabils" (the balance at the period's end), folded.
                    + "|sta[dð]a i lok\\b"
                    // Lithuanian "Galutinis likutis" (the final balance), folded.
                    + "|galutinis likutis"
                    // Serbian Cyrillic "Ново стање" (the new balance), "Завршно стање".
                    + "|(?:ново|завршно) стање"
                    // Macedonian "Крајно салдо", Mongolian "Эцсийн үлдэгдэл" (the last balance), Kazakh "Шығыс қалдық"
                    // (the outgoing balance), Azerbaijani "Dövrün sonuna qalıq" (at the period's end), folded.
                    + "|крајно салдо|эцсиин үлдэгдэл|шығыс қалдық|dovrun sonuna qaliq"
                    + "|" + EastAsianWords.CLOSING + "|" + ThaiWords.CLOSING + "|" + HebrewWords.CLOSING
                    + "|" + ArabicWords.CLOSING + "|" + AlbanianArmenianUzbekWords.CLOSING + "|" + LaoBurmeseWords.CLOSING
                    + "|" + BelarusianTajikWords.CLOSING + "|" + KyrgyzWords.CLOSING + "|" + TurkmenFaroeseWords.CLOSING
                    + "|" + CatalanSwahiliHindiWords.CLOSING + "|" + MontenegrinBengaliWords.CLOSING,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "Current Balance", the balance a US summary box reaches after "Previous Balance" and the period's checks, debits
     * and deposits (Citizens'). Weaker than a closing label: elsewhere the balance on the day of printing, so it is read
     * only where no closing label is, and an opening one is ({@link MetadataReader}).
     */
    static final Pattern CURRENT = Pattern.compile("\\bcurrent balance\\b", Pattern.CASE_INSENSITIVE);

    // Searched where a label can start: Matcher.find tried every wording at every character. After the patterns.
    private static final LabelSearch OPENING_SEARCH = LabelSearch.of(OPENING);
    private static final LabelSearch CLOSING_SEARCH = LabelSearch.of(CLOSING);

    /**
     * Whether {@code folded} text names an opening (or brought forward) balance and no closing (or carried forward)
     * one: "Übertrag auf Blatt 2" names both and is no opening.
     */
    static boolean namesOpeningOnly(CharSequence folded) {
        return OPENING_SEARCH.in(folded) && !CLOSING_SEARCH.in(folded);
    }

    private BalanceLabelWords() {
    }
}
