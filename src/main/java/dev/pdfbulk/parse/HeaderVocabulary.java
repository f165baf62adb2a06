package dev.pdfbulk.parse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;

/** The words banks print over their transaction columns, in English, German, French and Spanish. */
final class HeaderVocabulary {

    private static final Map<String, ColumnKind> PHRASES = new HashMap<>();

    static {
        put(ColumnKind.DATE, "date", "datum", "buchungstag", "buchungsdatum", "trans date", "transaction date",
                "txn date", "tran date", "date of transaction", "fecha", "date opération", "date operation",
                "booking date", "belegdatum");
        put(ColumnKind.OTHER_DATE, "post date", "posting date", "posted date", "posted", "value date", "valuta",
                "wert", "wertstellung", "valeur", "date valeur", "effective date", "settlement date", "process date");
        put(ColumnKind.DESCRIPTION, "description", "details", "transaction details", "transaction", "transactions",
                "particulars", "narrative", "payee", "merchant", "memo", "verwendungszweck", "buchungstext",
                "beschreibung", "vorgang", "text", "libellé", "libelle", "opération", "operation", "détails",
                "concepto", "descripción", "activity", "transaction description", "merchant name", "name",
                "description of transaction", "erläuterung", "umsatz details", "payee/description", "reference details");
        put(ColumnKind.DEBIT, "debit", "debits", "withdrawal", "withdrawals", "money out", "paid out", "payments out",
                "out", "soll", "lastschrift", "lastschriften", "belastung", "belastungen", "ausgang", "débit", "debit amount",
                "charges", "charge", "purchases", "withdrawals/debits", "debits/withdrawals", "amount out", "spent",
                "cargo", "cargos", "retiros", "dépenses", "withdrawn", "debit (-)", "debits (-)", "minus",
                "withdrawal amount", "debit amount", "amount debited", "payments & debits", "charges & debits",
                "purchases & adjustments", "fees & charges", "ausgaben", "sortie", "débits");
        put(ColumnKind.CREDIT, "credit", "credits", "deposit", "deposits", "money in", "paid in", "payments in", "in",
                "haben", "gutschrift", "gutschriften", "eingang", "crédit", "credit amount", "payments/credits",
                "deposits/credits", "credits/deposits", "amount in", "received", "abono", "abonos", "depósitos",
                "recettes", "deposited", "credit (+)", "credits (+)", "plus", "payments", "deposit amount",
                "credit amount", "amount credited", "payments & credits", "credits & payments", "einnahmen",
                "entrée", "crédits");
        put(ColumnKind.AMOUNT, "amount", "betrag", "montant", "importe", "transaction amount", "umsatz", "amt",
                "amount (£)", "amount ($)", "amount (€)", "betrag eur", "value");
        put(ColumnKind.BALANCE, "balance", "saldo", "solde", "kontostand", "running balance", "new balance",
                "ledger balance", "closing balance", "balance due", "daily balance",
                "balance (£)", "balance ($)", "balance (€)", "account balance");
        put(ColumnKind.OTHER, "cheque", "check", "cheque no", "check no", "cheque number", "check number", "chq",
                "chq no", "ref", "reference", "ref no", "no", "type", "code", "category", "receipt", "serial",
                "card", "beleg", "belegnr", "référence", "num", "number", "transaction type", "trans type");
    }

    private static final Pattern QUALIFIER = Pattern.compile(
            "[$£€¥]|[a-z]{3}|\\([^)]*\\)|in|of|no|nr|#|\\(-\\)|\\(\\+\\)");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[:.*]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> HEADER_WORDS = new HashSet<>();

    static {
        for (String phrase : PHRASES.keySet()) {
            HEADER_WORDS.addAll(Arrays.asList(phrase.split(" ")));
        }
    }

    private HeaderVocabulary() {
    }

    private static void put(ColumnKind kind, String... phrases) {
        for (String p : phrases) {
            PHRASES.put(p, kind);
        }
    }

    /** The kind a header phrase names, or null when it is not a known header phrase. */
    static ColumnKind kindOf(String phrase) {
        return PHRASES.get(normalise(phrase));
    }

    /** True for a word that qualifies a header without naming a column: a currency or a unit. */
    static boolean isQualifier(String word) {
        String w = normalise(word);
        return w.isEmpty() || QUALIFIER.matcher(w).matches();
    }

    /** True when the word can be part of a header phrase: a cheap filter before the full match. */
    static boolean isHeaderWord(String word) {
        return HEADER_WORDS.contains(normalise(word));
    }

    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).strip();
        s = SPACES.matcher(TRAILING_MARKS.matcher(s).replaceAll("")).replaceAll(" ");
        return s;
    }
}
