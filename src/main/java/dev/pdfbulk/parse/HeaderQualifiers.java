package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words that qualify a header word without naming a column of their own: a currency or unit ("EUR", "(£)", "in $"),
 * "in", "of", "no", "#". Matched by hand, as header detection asks it of most words of a statement. Stateless and
 * thread-safe.
 */
final class HeaderQualifiers {

    // The currency signs an amount may carry (AmountPattern.CODES, case kept): a header prints its unit the same way.
    // With "元" (the yuan, as Chinese headers print it: "金额(元)"), a unit of headers only, never of an amount.
    private static final Set<String> LOCAL_SIGNS = Stream.concat(Arrays.stream(AmountPattern.CODES), Stream.of("元"))
            .collect(Collectors.toUnmodifiableSet());
    // A tax or fee column's names (HeaderPhrases): shaped like a currency code, yet a column of their own, never a
    // unit ("Fee" under "Service" completes "Service Fee", a column of fee marks or amounts).
    private static final Set<String> TAX_COLUMNS = Set.of("tax", "gst", "sst", "vat", "fee");

    // A currency named in full, as Italian and Spanish headers print it ("Importo in euro", "Importe en euros").
    private static final Set<String> CURRENCY_NAMES = Set.of("euro", "euros", "colones", "dólares", "dolares");

    // The parts of a date as a column's date order names them: English, Spanish, Portuguese, French, German.
    private static final Set<String> DATE_PARTS = Set.of("dd", "mm", "yy", "yyyy", "aa", "aaaa", "jj", "tt", "jjjj",
            "day", "month", "year", "dia", "mes", "ano", "jour", "mois", "annee", "tag", "monat", "jahr");

    private HeaderQualifiers() {
    }

    /** True when every word is a header word or a qualifier: nothing a header row could not hold. */
    static boolean headerWordsOnly(List<Word> words) {
        for (Word w : words) {
            if (!HeaderWords.isHeaderWord(w.text()) && !isQualifier(w.text())) {
                return false;
            }
        }
        return true;
    }

    /** True for a word that qualifies a header without naming a column: a currency or a unit. */
    static boolean isQualifier(String word) {
        String w = HeaderVocabulary.normalise(word);
        // A currency code is never abbreviated: three letters and a dot ("COD.", "Ref.") shorten a word of their own.
        if (word.strip().endsWith(".") && threeLetters(w, 'a', 'z')) {
            return false;
        }
        // A local sign ("R$", "(R$)", "(RM)") qualifies the word before it as a three-letter code does.
        return w.isEmpty() || qualifierShape(w) && !HeaderPhrases.CURRENCY_COLUMNS.contains(w)
                && !TAX_COLUMNS.contains(w) || word.length() <= 6 && isCurrencyUnit(word);
    }

    // A currency symbol, three small letters, anything in parentheses (or a unit's piece with a parenthesis: "(inr",
    // ")"), "in", "em", "of", "no", "nr" or "#". Matched by
    // hand: header detection asks it of most words of a statement (HeaderVocabularyTest holds the regex it replaced).
    static boolean qualifierShape(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(0) == '(' && w.indexOf(')') == n - 1) {
            return true;
        }
        boolean opens = n >= 1 && w.charAt(0) == '(';
        if (opens || n >= 1 && w.charAt(n - 1) == ')') {
            // A unit set with spaces inside its parentheses ("(INR )", "( £ )") comes as pieces: "(inr", ")", "(".
            String core = w.substring(opens ? 1 : 0, Math.max(opens ? 1 : 0, w.charAt(n - 1) == ')' ? n - 1 : n));
            return core.isEmpty() || core.length() == 1 && "$£€¥".indexOf(core.charAt(0)) >= 0
                    || threeLetters(core, 'a', 'z');
        }
        return switch (n) {
            case 1 -> "$£€¥#".indexOf(w.charAt(0)) >= 0;
            // Portuguese "em" is "in" ("Valor em R$").
            case 2 -> w.equals("in") || w.equals("of") || w.equals("no") || w.equals("nr") || w.equals("em");
            case 3 -> threeLetters(w, 'a', 'z');
            default -> CURRENCY_NAMES.contains(w) || dateOrder(w);
        };
    }

    // The order a date column prints its dates in, under or beside its name ("FECHA" over "DIA/MES", "Date dd/mm"):
    // two or three parts of a date joined by slashes, as a hint, never a column of its own.
    private static boolean dateOrder(String w) {
        if (w.length() > 14 || w.indexOf('/') < 0) {
            return false;
        }
        for (String part : w.split("/", -1)) {
            if (!DATE_PARTS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a currency as a header prints its unit: a symbol, a three-letter code in capitals, a local sign an
     * amount may carry ("RM", "Rp", "kr", "zł"), or any of them in parentheses.
     */
    static boolean isCurrencyUnit(String word) {
        String s = word.strip();
        // "(euros)" is the longest unit: longer words, most of every row, need no set lookups.
        if (s.length() > 9) {
            return false;
        }
        int from = s.startsWith("(") ? 1 : 0;
        int to = s.length() > from && s.endsWith(")") ? s.length() - 1 : s.length();
        String core = s.substring(from, to);
        return core.length() == 1 && "$£€¥".indexOf(core.charAt(0)) >= 0 || threeLetters(core, 'A', 'Z')
                || LOCAL_SIGNS.contains(core) || CURRENCY_NAMES.contains(core.toLowerCase(Locale.ROOT));
    }

    private static boolean threeLetters(String s, char first, char last) {
        if (s.length() != 3) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            if (s.charAt(k) < first || s.charAt(k) > last) {
                return false;
            }
        }
        return true;
    }
}
