package dev.pdfbulk.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Month names as statements print them, folded ({@link Folding}: lower case, no accents): full names, their
 * declined forms where a language prints a date with them (Polish genitive "stycznia"), and the usual
 * abbreviations, in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian and
 * Polish. Only whole words are months: "Marketing", "Mayor" or "Augusta" are none. Stateless and thread-safe.
 */
final class MonthNames {

    // Per month, every folded form; a form shared by several languages ("mar", "set", "dez") means the same month in
    // all of them, so one table serves every statement.
    private static final String[][] FORMS = {
        {"jan", "january", "januar", "janv", "janvier", "ene", "enero", "gen", "gennaio", "janeiro", "januari",
            "sty", "styczen", "stycznia"},
        {"feb", "february", "februar", "fev", "fevr", "fevrier", "febrero", "febbraio", "fevereiro", "februari",
            "lut", "luty", "lutego"},
        {"mar", "march", "mrz", "marz", "maerz", "mars", "marzo", "marco", "maart", "mrt", "marts", "marzec",
            "marca"},
        {"apr", "april", "avr", "avril", "abr", "abril", "aprile", "kwi", "kwiecien", "kwietnia"},
        {"may", "mai", "mayo", "mag", "maggio", "maio", "mei", "maj", "maja"},
        {"jun", "june", "juni", "juin", "junio", "giu", "giugno", "junho", "cze", "czerwiec", "czerwca"},
        {"jul", "july", "juli", "juil", "juillet", "julio", "lug", "luglio", "julho", "lip", "lipiec", "lipca"},
        {"aug", "august", "aou", "aout", "ago", "agosto", "augustus", "augusti", "sie", "sierpien", "sierpnia"},
        {"sep", "sept", "september", "septembre", "septiembre", "setiembre", "set", "sett", "settembre", "setembro",
            "wrz", "wrzesien", "wrzesnia"},
        {"oct", "october", "okt", "oktober", "octobre", "octubre", "ott", "ottobre", "out", "outubro", "paz",
            "pazdziernik", "pazdziernika"},
        {"nov", "november", "novembre", "noviembre", "novembro", "lis", "listopad", "listopada"},
        {"dec", "december", "dez", "dezember", "decembre", "dic", "diciembre", "dicembre", "dezembro", "des",
            "desember", "gru", "grudzien", "grudnia"},
    };

    // Forms that are also ordinary words or names in a language statements are printed in ("03 OUT OF HOURS",
    // "SET UP", "3 DES OPERATIONS", "Sie", "Maja"): inside running text they are a month only beside a year.
    private static final Set<String> COMMON_WORDS = Set.of("out", "set", "gen", "ago", "dic", "lis", "maj", "maja",
            "sie", "mei", "des", "sty", "lip", "mag", "lug", "marco", "marca", "paz");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (int m = 0; m < FORMS.length; m++) {
            for (String form : FORMS[m]) {
                if (MONTHS.put(form, m + 1) != null) {
                    throw new IllegalStateException("month form listed twice: " + form);
                }
            }
        }
    }

    /** The longest month word, in letters ("pazdziernika"). */
    static final int LONGEST = 12;

    private MonthNames() {
    }

    /** The month (1-12) a word names, in any case and with or without its accents; null when it names none. */
    static Integer month(String word) {
        return MONTHS.get(Folding.fold(word));
    }

    /** True when the word, a month, is also an ordinary word or a name ("out", "set", "des"). */
    static boolean isCommonWord(String word) {
        return COMMON_WORDS.contains(Folding.fold(word));
    }

    /** Every folded month word with its month, for tests that check the parser against its definition. */
    static Map<String, Integer> all() {
        return Map.copyOf(MONTHS);
    }
}
