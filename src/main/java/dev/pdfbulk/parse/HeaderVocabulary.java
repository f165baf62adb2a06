package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;

/**
 * The words banks print over their transaction columns, in English, German, French, Spanish, Dutch, Italian and
 * Portuguese.
 */
final class HeaderVocabulary {

    private static final Map<String, ColumnKind> PHRASES = new HashMap<>();
    /** Headers of a column of currency codes; short as some are, they name a column, never qualify one. */
    private static final Set<String> CURRENCY_COLUMNS = Set.of("ccy", "cur", "curr", "currency", "currency code",
            "währung", "devise", "moneda", "divisa");

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
                "description of transaction", "erläuterung", "umsatz details", "payee/description", "reference details",
                "narration");
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
        // German and French: the short and the long forms of the booking and value dates.
        put(ColumnKind.DATE, "buchung", "date d'opération", "date opé", "date comptable");
        put(ColumnKind.OTHER_DATE, "valutadatum", "date de valeur");
        // Spanish, with the abbreviated dates ("F. Operación", "F. Valor").
        put(ColumnKind.DATE, "fecha operación", "fecha de operación", "f. operación", "f.operación", "f. oper",
                "f.oper", "fecha oper");
        put(ColumnKind.OTHER_DATE, "fecha valor", "fecha de valor", "f. valor", "f.valor");
        put(ColumnKind.DESCRIPTION, "operación", "movimiento", "detalle");
        put(ColumnKind.DEBIT, "debe", "débito");
        put(ColumnKind.CREDIT, "haber", "crédito");
        put(ColumnKind.AMOUNT, "monto");
        put(ColumnKind.OTHER, "referencia");
        // Dutch: "Af" and "Bij" are money out and in, as columns or as the words of one sign column.
        put(ColumnKind.DATE, "boekdatum", "transactiedatum");
        put(ColumnKind.OTHER_DATE, "rentedatum");
        put(ColumnKind.DESCRIPTION, "naam", "omschrijving", "naam / omschrijving", "naam/omschrijving", "mededelingen");
        put(ColumnKind.DEBIT, "af", "bedrag af");
        put(ColumnKind.CREDIT, "bij", "bedrag bij");
        put(ColumnKind.AMOUNT, "bedrag");
        // Italian.
        put(ColumnKind.DATE, "data", "data operazione", "data contabile");
        put(ColumnKind.OTHER_DATE, "data valuta");
        put(ColumnKind.DESCRIPTION, "descrizione", "causale");
        put(ColumnKind.DEBIT, "dare", "uscite", "addebiti");
        put(ColumnKind.CREDIT, "avere", "entrate", "accrediti");
        put(ColumnKind.AMOUNT, "importo");
        // Portuguese ("Valor" alone is the amount; "Data valor" the value date).
        put(ColumnKind.DATE, "data operação", "data mov", "data movimento", "data lanç", "data lançamento");
        put(ColumnKind.OTHER_DATE, "data valor");
        put(ColumnKind.DESCRIPTION, "descrição", "descritivo", "histórico", "lançamento");
        put(ColumnKind.AMOUNT, "valor", "montante");
        // One column of debit/credit words or letters that sign the unsigned amount on their row.
        put(ColumnKind.SIGN, "af/bij", "bij/af", "d/c", "c/d", "dr/cr", "cr/dr", "db/cr", "s/h", "h/s", "d/h",
                "+/-", "-/+", "soll/haben", "debe/haber", "dare/avere");
        // A currency column, and an amount in a foreign currency: neither is the account's money.
        put(ColumnKind.OTHER, CURRENCY_COLUMNS.toArray(String[]::new));
        put(ColumnKind.OTHER, "original amount", "foreign amount", "fx amount", "orig amount", "original currency",
                "foreign currency", "original currency amount", "foreign currency amount", "originalbetrag",
                "fremdwährung", "montant devise", "importe divisa");
    }

    /** Abbreviations banks print for header words ("Value Dt", "Txn Amt", "Chq./Ref.No."), read as the word. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("dt", "date", "amt", "amount", "bal", "balance",
            "txn", "transaction", "chq", "cheque", "ref", "reference", "desc", "description");
    /** The phrases with abbreviations written out and dots read as spaces: "ref no" and "Ref.No." meet here. */
    private static final Map<String, ColumnKind> SPELLED_OUT = new HashMap<>();
    private static final Pattern WORD_BREAK = Pattern.compile("[ .]+");
    private static final Pattern PART_BREAK = Pattern.compile("[ ./]+");

    private static final Pattern QUALIFIER = Pattern.compile(
            "[$£€¥]|[a-z]{3}|\\([^)]*\\)|in|of|no|nr|#|\\(-\\)|\\(\\+\\)");
    private static final Set<String> HEADER_WORDS = new HashSet<>();
    /** Every phrase naming a date column holds one of these words; few, so few lines qualify. */
    private static final Set<String> DATE_KEYS;
    /** Every phrase naming a debit, credit or amount column holds one of these words. */
    private static final Set<String> MONEY_KEYS;

    static {
        List<List<String>> dates = new ArrayList<>();
        List<List<String>> money = new ArrayList<>();
        for (Map.Entry<String, ColumnKind> phrase : PHRASES.entrySet()) {
            List<String> words = Arrays.stream(phrase.getKey().split(" ")).map(HeaderVocabulary::normalise).toList();
            HEADER_WORDS.addAll(words);
            ColumnKind kind = phrase.getValue();
            if (kind == ColumnKind.DATE || kind == ColumnKind.OTHER_DATE) {
                dates.add(words);
            } else if (kind.isTransactionMoney()) {
                money.add(words);
            }
        }
        DATE_KEYS = withAbbreviations(keyWords(dates));
        MONEY_KEYS = withAbbreviations(keyWords(money));
        HEADER_WORDS.addAll(ABBREVIATIONS.keySet());
        for (Map.Entry<String, ColumnKind> phrase : PHRASES.entrySet()) {
            ColumnKind earlier = SPELLED_OUT.putIfAbsent(spelledOut(phrase.getKey()), phrase.getValue());
            if (earlier != null && earlier != phrase.getValue()) {
                throw new IllegalStateException("two kinds for " + spelledOut(phrase.getKey()));
            }
        }
    }

    // An abbreviation of a key word is a key word too: "Dt" names a date as "Date" does.
    private static Set<String> withAbbreviations(Set<String> keys) {
        Set<String> out = new HashSet<>(keys);
        ABBREVIATIONS.forEach((abbreviation, word) -> {
            if (keys.contains(word)) {
                out.add(abbreviation);
            }
        });
        return Set.copyOf(out);
    }

    // Greedy hitting set: the word in most phrases not yet covered, until every phrase holds a key word.
    private static Set<String> keyWords(List<List<String>> phrases) {
        Set<String> keys = new HashSet<>();
        List<List<String>> uncovered = new ArrayList<>(phrases);
        while (!uncovered.isEmpty()) {
            Map<String, Integer> counts = new TreeMap<>();
            for (List<String> phrase : uncovered) {
                for (String word : new HashSet<>(phrase)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            keys.add(best);
            uncovered.removeIf(phrase -> phrase.contains(best));
        }
        return Set.copyOf(keys);
    }

    private HeaderVocabulary() {
    }

    private static void put(ColumnKind kind, String... phrases) {
        for (String p : phrases) {
            // Normalised as the header text will be: "Data mov." is found as "data mov".
            PHRASES.put(normalise(p), kind);
        }
    }

    /** Every known header phrase and the kind it names. */
    static Map<String, ColumnKind> phrases() {
        return Map.copyOf(PHRASES);
    }

    /**
     * The kind a header phrase names, or null when it is not a known header phrase. Abbreviations count
     * as the words they shorten ("Value Dt", "Ref.No."), and alternatives joined by a slash name a column
     * when every one names the same kind ("Chq./Ref.No.").
     */
    static ColumnKind kindOf(String phrase) {
        String n = normalise(phrase);
        ColumnKind kind = PHRASES.get(n);
        if (kind == null) {
            kind = SPELLED_OUT.get(spelledOut(n));
        }
        if (kind == null && n.indexOf('/') > 0) {
            kind = alternatives(n);
        }
        return kind;
    }

    private static ColumnKind alternatives(String normalised) {
        ColumnKind kind = null;
        for (String part : normalised.split("/")) {
            ColumnKind k = SPELLED_OUT.get(spelledOut(part));
            if (k == null || kind != null && k != kind) {
                return null;
            }
            kind = k;
        }
        return kind;
    }

    // Dots end abbreviations, so they separate words like spaces ("ref.no" is "ref no"); each abbreviation is spelled out.
    private static String spelledOut(String normalised) {
        StringBuilder out = new StringBuilder(normalised.length() + 8);
        for (String word : WORD_BREAK.split(normalised)) {
            if (!word.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(ABBREVIATIONS.getOrDefault(word, word));
            }
        }
        return out.toString();
    }

    /** True for a word that qualifies a header without naming a column: a currency or a unit. */
    static boolean isQualifier(String word) {
        String w = normalise(word);
        return w.isEmpty() || QUALIFIER.matcher(w).matches() && !CURRENCY_COLUMNS.contains(w);
    }

    /** True when the word can be part of a header phrase: a cheap filter before the full match. */
    static boolean isHeaderWord(String word) {
        if (!mayBeHeader(word)) {
            return false;
        }
        String n = normalise(word);
        return HEADER_WORDS.contains(n) || compound(n) && kindOf(n) != null;
    }

    /** True for a key word of the date column names: every such name (a posting date's too) holds one. */
    static boolean isDateKey(String word) {
        return mayBeHeader(word) && holdsKey(normalise(word), DATE_KEYS);
    }

    /** True for a key word of the debit, credit and amount column names: every such name holds one. */
    static boolean isMoneyKey(String word) {
        return mayBeHeader(word) && holdsKey(normalise(word), MONEY_KEYS);
    }

    // A compound word ("Txn.Dt.", "Ref./Amt.") holds a key when one of its parts is one.
    private static boolean holdsKey(String normalised, Set<String> keys) {
        if (keys.contains(normalised)) {
            return true;
        }
        if (!compound(normalised)) {
            return false;
        }
        for (String part : PART_BREAK.split(normalised)) {
            if (keys.contains(part)) {
                return true;
            }
        }
        return false;
    }

    // Words joined by a dot or a slash inside one word; a plain word needs no second look (the common case).
    private static boolean compound(String normalised) {
        return normalised.indexOf('.') >= 0 || normalised.indexOf('/') >= 0;
    }

    // No header word starts with a digit, and most words of a statement's rows do (dates, amounts).
    private static boolean mayBeHeader(String word) {
        return !word.isEmpty() && !Character.isDigit(word.charAt(0));
    }

    /** Lower case, trimmed, trailing {@code : . *} removed, inner runs of white space ({@code \\s}) made one space. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).strip();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == '*')) {
            end--;
        }
        StringBuilder out = null;
        boolean inSpace = false;
        for (int k = 0; k < end; k++) {
            char c = s.charAt(k);
            boolean space = RegexChars.isSpace(c);
            if (out == null && space && (inSpace || c != ' ')) {
                out = new StringBuilder(end).append(s, 0, k);
            }
            if (out != null && !(space && inSpace)) {
                out.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return out != null ? out.toString() : end == s.length() ? s : s.substring(0, end);
    }
}
