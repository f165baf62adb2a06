package dev.pdfbulk.parse;

import java.util.Set;
import java.util.regex.Pattern;

/** Table rows that carry a date or an amount but are not transactions. */
enum Marker {
    /** A balance printed at a point of the table: opening, brought or carried forward, closing. */
    BALANCE,
    /** A total or subtotal of the amounts. */
    TOTAL,
    /** Page furniture inside the table area ("continued on next page"). */
    FURNITURE,
    /** A section heading inside the table ("Payments and Credits", "Purchases"): names the kind of the rows below. */
    SECTION,
    /**
     * A reference cell wrapped on alone under its row ("460722-0948/37" under "Reference"), the row's text ended above
     * it: no text of any row, and the row above ends there ({@link OtherColumnLine}).
     */
    RUN_ON;

    /** Section headings that name money coming in; their unsigned rows are credits. */
    static final Pattern CREDIT_SECTION = Pattern.compile(
            "\\b(?:payments?|credits?|refunds?|deposits?|deposited|additions?|receipts?|gutschriften|einzahlungen"
                    + "|credits|versements|paiements)\\b");
    /** Section headings that name money going out; their unsigned rows are debits. */
    static final Pattern DEBIT_SECTION = Pattern.compile(
            "\\b(?:purchases?|charges?|debits?|withdrawals?|deductions?|cash advances?|fees?|interest charged|spending"
                    + "|(?:checks?|cheques?) paid|checks|cheques"
                    + "|belastungen|abhebungen|achats|debits|retraits)\\b");

    /**
     * What a section heading says of its unsigned rows: +1 money in, -1 money out, 0 when it does not say or
     * names both ("Payments and purchases").
     */
    static int sectionDirection(String heading) {
        String h = Folding.fold(heading);
        boolean in = CREDIT_SECTION.matcher(h).find();
        boolean out = DEBIT_SECTION.matcher(h).find();
        return in == out ? 0 : in ? 1 : -1;
    }

    static final Pattern BALANCE_ROW = Pattern.compile(
            "^(?:(?:balance|saldo|solde) ?(?:brought|carried) ?(?:forward|fwd|down|over)|(?:brought|carried) "
                    + "?(?:forward|fwd|over)|balance ?[bc]/[fd]|balance forward|(?:opening|closing|beginning|ending|"
                    + "previous|new|starting|start|end|final|initial|last statement|statement) balance|"
                    // With a word saying what the balance is of between: "Beginning Cash Balance", "Ending Cash Balance".
                    + "(?:opening|closing|beginning|ending|starting|final) " + BalanceLabelWords.OF_WHAT + "balance|"
                    + "balance (?:at|as (?:at|of)|on) |balance (?:from|to) (?:previous|next) |"
                    + "(?:alter|neuer|anfangs|end|schluss|begin|eind|slot)[ -]?saldo|(?:vorig|nieuw) saldo|"
                    + "saldo(?:vortrag| ?alt| ?neu| per| zum| vom)|"
                    + "saldo (?:der |aus (?:der )?)?(?:letzte|vorige|vorherige)[nr]? (?:abrechnung|rechnung)|"
                    + "(?:alter|neuer|alte|neue|aktueller) kontostand|kontostand (?:in [a-z]{3} )?(?:am|vom|per|alt|neu)|"
                    // "Übertrag" carries a balance over ("Übertrag auf Seite 2", "Übertrag von Blatt 1"), but moved
                    // "auf"/"von" an account ("Übertrag auf Tagesgeld") it is a transfer, a transaction.
                    + "ubertrag(?! (?:auf|von|an|nach|zu[mr]?) (?!(?:die |der |das |den )?(?:seite|blatt|folgeseite|"
                    + "nachste|naechste|vorige|vorherige|neue|neuen|rechnung|abrechnung|konto ?auszug|auszug)))|"
                    + "vortrag|(?:ancien|nouveau) solde|solde (?:precedent|initial|(?:de )?depart|final|au|reporte|"
                    + "a reporter|crediteur|debiteur)|report\\b|a reporter|"
                    + "saldo (?:contabile )?(?:anterior|inicial|final|iniziale|precedente|attuale|actual|poczatkowe|koncowe|otwarcia"
                    + "|zamkniecia)|"
                    + "(?:pocatecni|konecny) zustatek|(?:pociatocny|konecny) zostatok|(?:inn?gaende|utgaende) saldo|(?:nuevo|novo|nuovo) saldo|"
                    // Finnish opening and closing ("Saldo alussa", "Saldo lopussa", "Alkusaldo", "Loppusaldo");
                    // Danish and Norwegian compounds ("Primosaldo", "Ultimosaldo").
                    + "saldo (?:alussa|lopussa)\\b|(?:alku|loppu|primo|ultimo)saldo\\b|"
                    // Hungarian opening and closing, Turkish brought forward ("DEVİR", "Devreden Bakiye"), previous,
                    // period-end and last ("Son Bakiye") rows.
                    + "(?:nyito|zaro) egyenleg|devir\\b|(?:onceki donem|donem sonu|acilis|kapanis) bakiye(?:si)?\\b|"
                    + "(?:devreden|son) bakiye\\b|"
                    // A Turkish card's previous and this period's debt ("Önceki Dönem Borcu", "Dönem Borcu" under its rows).
                    + "(?:onceki )?donem borcu\\b|"
                    // Romanian opening, closing and end-of-day balances ("SOLD ANTERIOR", "SOLD FINAL ZI").
                    + "sold (?:anterior|initial|precedent|final)\\b|"
                    // Portuguese and Spanish end-of-day balances ("SALDO DO DIA", "Saldo del día"): the day's closing.
                    + "saldo (?:do|del) dia\\b|"
                    // English end-of-day balances under a day's rows ("Daily balance", "End of day balance"), alone or with their
                    // day ("Daily balance for 06/05"); never a title such as "Daily Balance Detail".
                    + "(?:daily|end of day|end-of-day) (?:closing |ending |ledger )?balance(?::|$| (?:as of|on|for)\\b)|"
                    // Portuguese and Italian forward rows: "A TRANSPORTAR" at the page foot, "Saldo a riportare".
                    + "(?:saldo )?a (?:transportar|riportare)\\b|saldo (?:transportado|riportato)\\b|"
                    // Indonesian, Vietnamese, Greek (with the forward rows "ΣΕ/ΑΠΟ ΜΕΤΑΦΟΡΑ") and Russian, folded.
                    + "saldo (?:awal|akhir)\\b|so du (?:đau|cuoi) ky\\b|υπολοιπο προηγουμενης περιοδου|"
                    + "(?:νεο|προηγουμενο|αρχικο|τελικο) υπολοιπο|(?:σε|απο) μεταφορα\\b|(?:входящии|исходящии) остаток|"
                    // Bulgarian opening and closing ("Начално салдо", "Крайно салдо") and forward rows ("Пренос от
                    // предходна страница", "Пренос към следваща страница"), folded.
                    + "(?:начално|краино) салдо|пренос(?: (?:от|към) (?:предходн|предишн|следващ)|$)|"
                    // Estonian, Latvian, Icelandic, Croatian and Slovenian opening and closing rows, folded.
                    + "(?:alg|lopp)saldo\\b|(?:sakuma|beigu) atlikums\\b|(?:upphafs|loka)sta[dð]a\\b|"
                    // Icelandic "Staða í upphafi tímabils" / "Staða í lok tímabils" (at the period's start and end).
                    + "sta[dð]a i (?:upphafi|lok) timabils\\b|"
                    + "(?:pocetno|prethodno|zavrsno|novo|zacetno|koncno) stanje\\b|"
                    // Lithuanian "Pradinis likutis" / "Galutinis likutis" (the first and final balance), folded.
                    + "(?:pradinis|galutinis) likutis\\b|"
                    // Serbian Cyrillic ("Претходно стање", "Ново стање") and Russian "Остаток на 01.06.2025" (the
                    // balance on a day, Sberbank's first and last rows), folded.
                    + "(?:претходно|почетно|ново|завршно) стање(?: |$)|остаток (?:средств )?на(?: |$)|"
                    // Macedonian opening, closing and forward rows ("Почетно салдо", "Крајно салдо", "Салдо за
                    // пренос", "Пренесено салдо"), Mongolian "Эхний/Эцсийн үлдэгдэл" and Azerbaijani "Dövrün
                    // əvvəlinə/sonuna qalıq" (the balance at the period's start and end), folded.
                    + "(?:почетно|крајно) салдо|салдо за пренос|пренесено салдо|(?:эхнии|эцсиин) үлдэгдэл|"
                    + "dovrun (?:əvvəlinə|sonuna) qaliq|"
                    // Arabic and Persian, Albanian, Armenian and Uzbek opening, closing and forward rows.
                    + ArabicWords.ROWS + "|" + AlbanianArmenianUzbekWords.ROWS + "|"
                    // Belarusian, Tajik, Kyrgyz, Turkmen, Faroese, Catalan, Swahili, Hindi, Montenegrin and Bengali
                    // opening, closing and forward rows.
                    + BelarusianTajikWords.ROWS + "|" + KyrgyzWords.ROWS + "|" + TurkmenFaroeseWords.ROWS + "|"
                    + CatalanSwahiliHindiWords.ROWS + "|" + MontenegrinBengaliWords.ROWS + ")");
    private static final Set<String> CARRY_WORDS = Set.of("transport", "transporte");
    static final Pattern SPACES = Pattern.compile("\\s+");
    // A total row starts with a total word, in English, German, French, Spanish, Dutch or Italian, maybe after a
    // word saying what it totals ("Page total", "Statement total", "Montant total", BMO's "Closing totals" under its
    // last row) or compounded with it, as German
    // joins words ("Umsatztotal", "Umsatzsumme", "Gesamtumsatz"); "Suma y sigue" carries totals.
    static final Pattern TOTAL_ROW = Pattern.compile(
            "^(?:(?:(?:this |current )?page|statement|grand|period|month|monthly|daily|day|account|column|card"
                    + "|running|overall|cumulative|sub|montant|importe|closing)[ -]?)?(?:sub-?totals?|[a-z]*totals?|totales?|totaux"
                    + "|totaal|subtotaal|sous-totals?|sous-totaux|subtotales?|[a-z]*summen?|gesamt[a-z]*)\\b"
                    + "|^suma (?:y sigue|anterior)\\b"
                    // "Sum" alone names the column totals, as "Total" does; "Sum" in a longer row is a merchant's word.
                    + "|^(?:sum|summa|suma):?$"
                    // The net amount a card's rows come to, debited from the account ("Montant net débité le ...").
                    + "|^(?:montant net|net amount|importe neto|importo netto|nettobetrag)\\b"
                    // Romanian turnover rows ("RULAJ ZI", "RULAJ TOTAL CONT"): the day's or the account's debits and credits.
                    + "|^rulaj(?:ul)? (?:zi|zilnic|total)\\b"
                    // Vietnamese "Cộng phát sinh" (the period's debits and credits), Greek "Σύνολο", Russian "Итого".
                    // Bulgarian "Общо" (in all) and "Обороти" (the turnover: the period's debits and credits), Russian
                    // "Обороты", Serbian and Croatian "Укупно"/"Ukupno", Macedonian "Вкупно", Mongolian "Нийт" and
                    // Azerbaijani "Cəmi" (in all), Turkish "Toplam" ("Toplam Borç", "Toplam Alacak", "Genel Toplam",
                    // "Sayfa Toplamı": the debits', the credits', the grand and the page total), folded.
                    // The English name may follow a slash with no space ("Tổng cộng/Total", Techcombank's).
                    + "|^(?:cong phat sinh|tong cong|συνολο|итого|общо|обороти|обороты|укупно|ukupno|вкупно|ниит|cəmi|(?:genel |ara |sayfa )?toplami?)(?: |:|/|$)"
                    // Finnish "yhteensä" (in all) after what it totals: "Panot yhteensä 8 kpl", "Otot yhteensä".
                    + "|^(?:\\p{L}+ )?yhteensa\\b"
                    // Hungarian "összesen" and Czech "celkem" (in all) after what they total, maybe two things a slash
                    // apart: "Terhelések összesen", "Terhelések / jóváírások összesen:", "Výdaje celkem".
                    + "|^(?:\\p{L}+ (?:/ ?\\p{L}+ )?)?(?:osszesen|celkem)\\b"
                    // Arabic "إجمالي", Albanian "Totali", Armenian "Շրջանառություն", Uzbek "aylanma" (the turnover), Kyrgyz
                    // "Жүгүртүү", Turkmen "Jemi dolanyşyk".
                    + "|^(?:" + ArabicWords.TOTALS + "|" + AlbanianArmenianUzbekWords.TOTALS + "|" + BelarusianTajikWords.TOTALS
                    + "|" + KyrgyzWords.TOTALS + "|" + TurkmenFaroeseWords.TOTALS + "|" + CatalanSwahiliHindiWords.TOTALS
                    + "|" + MontenegrinBengaliWords.TOTALS + ")(?: |:|$)");
    // "Total balance" alone or for what it is of ("TOTAL BALANCE FOR UOB ONE CARD"): the balance, not a sum of rows.
    private static final Pattern TOTAL_BALANCE_ROW = Pattern.compile("^total balance(?:$| (?:for|of)\\b)");
    private static final Pattern TOTAL_IN_FAVOUR = Pattern.compile("total(?:e|es)?:?");
    private static final String BENGALI_TOTAL = Folding.fold("মোট");
    static final Pattern SUM_ROW = Pattern.compile("^summ?a?(?: |$)");
    // Estonian "Deebetkäive" / "Kreeditkäive" (the period's debit and credit turnover), folded, are such totals too.
    private static final Pattern TURNOVER_ROW = Pattern.compile(
            "^(?:turnovers?(?: (?:for|of) the period)?|(?:deebet|kreedit)?kaive):?$");
    // A section of an account with nothing to list ("No activity this statement period", "There were no
    // transactions", "Keine Umsätze", "Aucune opération", "Sin movimientos"), folded.
    private static final String NO_ACTIVITY = "(?:there (?:were|was|has been|have been|is|are) )?no (?:activity|transactions?)\\b"
            + "|keine umsatze\\b|aucune operation\\b|aucun mouvement\\b|sin movimientos\\b"
            + "|sem movimentos\\b|geen (?:transacties|mutaties)\\b";
    // Decoration may stand around the phrase ("*** CONTINUED ON NEXT PAGE ***", "--- Page 2 ---", "(suite)"); the
    // statement's end ("**** End of Statement ****") closes the last row, whose text it never is.
    static final Pattern FURNITURE_ROW = Pattern.compile(
            "^(?:[*=~#_<>\\[(\\u2013\\u2014\\u2022-]+ ?)?(?:continued|continues|fortsetzung|suite|page \\d+"
                    + "|seite \\d+|\\.\\.\\.|end of (?:the )?(?:statement|report|document|transactions?)\\b"
                    + "|fin du releve\\b|fin del extracto\\b|ende de[rs] (?:kontoauszug|auszug)"
                    + "|einde (?:van het )?(?:afschrift|overzicht)\\b"
                    // A section of an account with nothing to list: no row's text.
                    + "|" + NO_ACTIVITY + ")");
    /** The folded pattern of {@link #NO_ACTIVITY}, matched from a line's start. */
    private static final Pattern NO_ACTIVITY_LINE = Pattern.compile(NO_ACTIVITY);

    /** True when a line of text begins by saying its account had nothing to list ("No transactions in this period"). */
    static boolean saysNoActivity(String text) {
        return NO_ACTIVITY_LINE.matcher(Folding.unspaced(Folding.fold(text.strip()))).lookingAt();
    }

    /**
     * True when the text is only a word that carries page totals over ("Transport"), which descriptions use too: it
     * names a forward row only on a line that prints the totals.
     */
    static boolean isCarryWordAlone(String description) {
        return CARRY_WORDS.contains(Folding.fold(description.strip()));
    }

    /**
     * The marker a row's description makes it, or null for an ordinary transaction.
     *
     * @param description the row's text, without date and amounts
     * @param dated       whether the row has a date of its own: "TOTAL WINE &amp; MORE" on a dated row is a
     *                    purchase, a total without a date is not
     */
    static Marker of(String description, boolean dated) {
        // Folded once here, so the patterns (lower case, unaccented) need no case-insensitive matching, which
        // folds every character of every row and cost a tenth of the parser's time; unaccented prints
        // ("SOLDE CREDITEUR", "UBERTRAG") name the same rows as accented ones.
        String d = Folding.unspaced(Folding.fold(description.strip()));
        Marker marker = ofFolded(d, dated);
        // A label in two languages a slash apart, the bank's own script first ("ბრუნვა / Turnover", "საბოლოო ნაშთი /
        // Closing balance"): the second names the row as it would alone.
        int slash = marker == null ? d.indexOf(" / ") : -1;
        if (slash > 0 && Character.isLetter(d.codePointAt(0))
                && Character.UnicodeScript.of(d.codePointAt(0)) != Character.UnicodeScript.LATIN
                && d.indexOf(" / ", slash + 3) < 0) {
            return ofFolded(d.substring(slash + 3), dated);
        }
        // A label in English then in the bank's own script, no slash between ("C/F BALANCE 轉下結餘", Hang Seng's):
        // the English names the row as it would alone.
        String english = marker == null ? TrailingScript.latinHead(d) : null;
        return english != null ? ofFolded(english, dated) : marker;
    }

    private static Marker ofFolded(String d, boolean dated) {
        // "Saldo i Deres favør 31.05.2025": the words naming whose favour a balance is in are no other business.
        // Taken off only where asked (below): most rows name no balance and no total.
        if (BalanceWords.names(d) && (BALANCE_ROW.matcher(d).lookingAt()
                || BalanceWords.only(BalanceSide.withoutFavour(d)))) {
            return BALANCE;
        }
        // A card's "TOTAL BALANCE FOR UOB ONE CARD" under its last row is the balance the rows reach, no total of
        // them; dated, or run on ("TOTAL BALANCE TRANSFER"), it stays a row.
        if (!dated && d.startsWith("total balance") && TOTAL_BALANCE_ROW.matcher(d).lookingAt()) {
            return BALANCE;
        }
        // "Total zu unseren Gunsten" / "Total zu Ihren Gunsten" under a Swiss card's column totals: the total is
        // in someone's favour, so it is the balance the rows reach (its side named), no sum of them.
        if (!dated && d.startsWith("total")) {
            String core = BalanceSide.withoutFavour(d);
            if (core.length() < d.length() && TOTAL_IN_FAVOUR.matcher(core).matches()) {
                return BALANCE;
            }
        }
        // Japanese and Korean balance and total rows ("前回繰越", "次頁へ繰越", "이월잔액", "合計"): no space sets their
        // words apart, so they are found inside the row's text.
        if (!d.isEmpty() && EastAsianWords.isSpacelessLetter(d.codePointAt(0))) {
            if (EastAsianWords.BALANCE_ROW.matcher(d).find()) {
                return BALANCE;
            }
            if (!dated && EastAsianWords.TOTAL_ROW.matcher(d).find()) {
                return TOTAL;
            }
            if (!dated && EastAsianWords.FURNITURE_ROW.matcher(d).matches()) {
                return FURNITURE;
            }
        }
        // Thai ("ยอดยกมา" brought forward, "ยอดยกไป" carried forward): no space parts its words either.
        if (!d.isEmpty() && ThaiWords.isThai(d.codePointAt(0)) && ThaiWords.BALANCE_ROW.matcher(d).lookingAt()) {
            return BALANCE;
        }
        // Lao and Burmese (BCEL's "ຍອດຍົກມາ", KBZ's "အဖွင့်လက်ကျန်", the totals "ລວມ"): no space parts their words either.
        if (!d.isEmpty() && LaoBurmeseWords.isLaoOrBurmese(d.codePointAt(0))) {
            if (LaoBurmeseWords.BALANCE_ROW.matcher(d).lookingAt()) {
                return BALANCE;
            }
            if (!dated && LaoBurmeseWords.TOTAL_ROW.matcher(d).lookingAt()) {
                return TOTAL;
            }
        }
        if (mayNameTotal(d) && TOTAL_ROW.matcher(d).lookingAt() && (!dated || SPACES.split(d).length <= 3)) {
            return TOTAL;
        }
        // Danish, Norwegian and Swedish "Sum" / "Summa" under the money columns, and "Turnover" (the period's debits
        // and credits, as banks of the former Soviet Union put it in English): a total when it dates nothing.
        if (!dated && (SUM_ROW.matcher(d).lookingAt() && !labelsAValue(d) || TURNOVER_ROW.matcher(d).lookingAt())) {
            return TOTAL;
        }
        if (!dated && FURNITURE_ROW.matcher(d).lookingAt()) {
            return FURNITURE;
        }
        return null;
    }

    // "Suma tranzacției: 45,00 EUR, curs 19,5612" under a row labels a value in its own text (the row's amount in
    // another currency); a total's sums stand under the money columns, not after a colon in its words.
    private static boolean labelsAValue(String d) {
        int colon = d.indexOf(':');
        for (int i = colon + 1; colon > 0 && i < d.length(); i++) {
            if (Character.isDigit(d.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // Every total row holds one of these (TOTAL_ROW's words all do): most rows skip the pattern.
    private static boolean mayNameTotal(String d) {
        return d.contains("tota") || d.contains("summe") || d.contains("gesamt") || d.startsWith("sum")
                || d.startsWith("rulaj") || d.startsWith("montant net") || d.startsWith("net")
                || d.startsWith("import") || d.startsWith("cong phat") || d.startsWith("tong cong")
                || d.startsWith("συνολο") || d.startsWith("итого") || d.contains("yhteensa") || d.contains("osszesen")
                || d.contains("celkem")
                || d.startsWith("общо") || d.startsWith("оборот") || d.startsWith("укупно") || d.startsWith("ukupno")
                || d.startsWith("вкупно") || d.startsWith("ниит") || d.startsWith("cəmi") || d.contains("toplam")
                || d.startsWith("اجمالي") || d.startsWith("الاجمالي") || d.startsWith("المجموع") || d.startsWith("جمع")
                || d.startsWith("շրջանառություն") || d.contains("aylanma")
                || d.startsWith("усяго") || d.startsWith("абароты") || d.startsWith("гардиш") || d.startsWith("ҳамаги")
                || d.startsWith("жүгүртүү") || d.startsWith("бардыгы") || d.startsWith("жыиынтык")
                || d.startsWith("jemi") || d.startsWith("dolanysyk") || d.startsWith("jumla")
                || d.startsWith("promet") || d.startsWith("промет") || d.startsWith(BENGALI_TOTAL);
    }

}
