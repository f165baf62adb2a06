package dev.pdfbulk.parse;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads dates in the forms statements use: {@code yyyy-MM-dd}, {@code dd/MM/yyyy}, {@code MM/dd/yyyy},
 * {@code dd.MM.yyyy}, {@code dd MMM yyyy}, {@code dd MMM}, {@code MMM dd}, {@code MM/dd}, {@code dd/MM},
 * with month names in English, German and French, in any case, with or without their accents. Stateless and
 * thread-safe.
 */
final class DateParser {

    // Keys and words folded (Folding: lower case, no accents): "FEV.", "AOUT", "DECEMBRE", "MARZ" and "Mär" all
    // meet them, as statements print month names in capitals without their accents.
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("mrz", 3), Map.entry("mai", 5),
            Map.entry("okt", 10), Map.entry("dez", 12), Map.entry("janv", 1), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("mars", 3), Map.entry("avr", 4), Map.entry("juin", 6), Map.entry("juil", 7), Map.entry("aou", 8),
            Map.entry("sept", 9), Map.entry("janvier", 1), Map.entry("februar", 2), Map.entry("marz", 3),
            // German writes "Maerz" for "März" where it has no umlaut.
            Map.entry("maerz", 3), Map.entry("juni", 6), Map.entry("juli", 7));

    private static final Pattern MONTH_WORDS = Pattern.compile(
            "january|february|march|april|june|july|august|september|october|november|december"
                    + "|januar|februar|marz|maerz|april|juni|juli|oktober|dezember|janvier|fevrier|avril|juillet|aout"
                    + "|septembre|octobre|novembre|decembre|sept|janv|fevr|juil|mars|juin");

    private DateParser() {
    }

    /**
     * Parses the whole text as one date; empty when it is anything else. The four shapes are matched by
     * hand (this runs on several phrases of every row); {@code DateParserTest} holds them as the regular
     * expressions they implement and checks the two agree:
     * <pre>
     * ISO        ^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$
     * NUMERIC    ^(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$
     * DAY_MONTH  ^(\d{1,2})\.?[ \-]?MONTH(?:[ \-,]+(\d{4}|\d{2}))?$   or compact: ^(\d{1,2})MONTH(\d{4}|\d{2})$
     * MONTH_DAY  ^MONTH ?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$      MONTH = ([A-Za-z\u00c0-\u00ff]{3,9})\.?
     * </pre>
     */
    static Optional<RawDate> parse(String text) {
        String s = text.strip();
        if (s.length() < 3 || s.length() > 20 || !Character.isLetterOrDigit(s.charAt(0)) || !hasDigit(s)) {
            return Optional.empty();
        }
        int lead = digits(s, 0);
        if (lead == 4) {
            // ISO
            int a = digits(s, 5);
            int b = a >= 1 && a <= 2 ? digits(s, 6 + a) : 0;
            if (isIn(s, 4, "-/.") && a >= 1 && a <= 2 && isIn(s, 5 + a, "-/.") && b >= 1 && b <= 2
                    && 6 + a + b == s.length()) {
                return checked(new RawDate(number(s, 5, a), number(s, 6 + a, b), number(s, 0, 4), true));
            }
        }
        if (lead >= 1 && lead <= 2) {
            Optional<RawDate> numeric = numeric(s, lead);
            if (numeric != null) {
                return numeric;
            }
            Optional<RawDate> dayMonth = dayMonth(s, lead);
            if (dayMonth != null) {
                return dayMonth;
            }
        }
        if (lead == 0) {
            Optional<RawDate> monthDay = monthDay(s);
            if (monthDay != null) {
                return monthDay;
            }
        }
        return Optional.empty();
    }

    // NUMERIC; null when the text does not have its shape (then the next shape is tried).
    private static Optional<RawDate> numeric(String s, int a) {
        if (!isIn(s, a, "/.-")) {
            return null;
        }
        char separator = s.charAt(a);
        int b = digits(s, a + 1);
        if (b < 1 || b > 2) {
            return null;
        }
        int end = a + 1 + b;
        Integer year = null;
        int y = end < s.length() && s.charAt(end) == separator ? digits(s, end + 1) : 0;
        if (y == 4 || y == 2) {
            year = year(s.substring(end + 1, end + 1 + y));
            end += 1 + y;
        }
        if (end < s.length() && s.charAt(end) == '.') {
            end++;
        }
        if (end != s.length()) {
            return null;
        }
        // Without a year, "-" reads like a range and "." like a decimal unless it ends in a dot ("01.02.").
        if (year == null && (separator == '-' || separator == '.' && !s.endsWith("."))) {
            return Optional.empty();
        }
        return checked(new RawDate(number(s, 0, a), number(s, a + 1, b), year, false));
    }

    // DAY_MONTH; null when the text does not have its shape.
    private static Optional<RawDate> dayMonth(String s, int d) {
        int i = d;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        if (isIn(s, i, " -")) {
            i++;
        }
        // Day, month and year run together ("01APR25", as plain-text prints set them) only with no mark between them.
        boolean compact = i == d;
        int name = letters(s, i);
        if (name < 3 || name > 9) {
            return null;
        }
        String month = s.substring(i, i + name);
        i += name;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        Integer year = null;
        if (i < s.length()) {
            int gap = 0;
            while (isIn(s, i + gap, " -,")) {
                gap++;
            }
            int y = gap > 0 || compact ? digits(s, i + gap) : 0;
            if (y != 4 && y != 2 || i + gap + y != s.length()) {
                return null;
            }
            year = year(s.substring(i + gap));
        }
        Integer m = month(month);
        return m == null ? Optional.empty() : checked(new RawDate(m, number(s, 0, d), year, true));
    }

    // MONTH_DAY; null when the text does not have its shape.
    private static Optional<RawDate> monthDay(String s) {
        int name = letters(s, 0);
        if (name < 3 || name > 9) {
            return null;
        }
        int i = name;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int d = digits(s, i);
        if (d < 1 || d > 2) {
            return null;
        }
        int day = number(s, i, d);
        i += d;
        if (s.startsWith("st", i) || s.startsWith("nd", i) || s.startsWith("rd", i) || s.startsWith("th", i)) {
            i += 2;
        }
        Integer year = null;
        if (i < s.length()) {
            if (s.charAt(i) == ',') {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != ' ' || digits(s, i + 1) != 4 || i + 5 != s.length()) {
                return null;
            }
            year = year(s.substring(i + 1));
        }
        Integer m = month(s.substring(0, name));
        return m == null ? Optional.empty() : checked(new RawDate(m, day, year, true));
    }

    /** Length of the run of ASCII digits ({@code \d}) starting at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && RegexChars.isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Length of the run of {@code [A-Za-z\u00c0-\u00ff]} starting at {@code from}. */
    private static int letters(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '\u00c0' && c <= '\u00ff')) {
                break;
            }
            i++;
        }
        return i - from;
    }

    private static boolean isIn(String s, int at, String chars) {
        return at < s.length() && chars.indexOf(s.charAt(at)) >= 0;
    }

    private static int number(String s, int from, int length) {
        return Integer.parseInt(s, from, from + length, 10);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static Optional<RawDate> checked(RawDate date) {
        boolean either = date.fits(RawDate.Order.DAY_FIRST) || date.fits(RawDate.Order.MONTH_FIRST);
        return either ? Optional.of(date) : Optional.empty();
    }

    static Integer year(String y) {
        if (y == null) {
            return null;
        }
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    static Integer month(String name) {
        String n = Folding.fold(name);
        Integer exact = MONTHS.get(n);
        if (exact != null) {
            return exact;
        }
        if (n.length() > 3) {
            Integer prefix = MONTHS.get(n.substring(0, 4));
            if (prefix == null) {
                prefix = MONTHS.get(n.substring(0, 3));
            }
            return prefix != null && isMonthWord(n) ? prefix : null;
        }
        return null;
    }

    // Full month names in the three languages, folded; a prefix match alone would take "Marketing" for March.
    private static boolean isMonthWord(String n) {
        return MONTH_WORDS.matcher(n).matches();
    }
}
