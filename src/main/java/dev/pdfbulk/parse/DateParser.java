package dev.pdfbulk.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates in the forms statements use: {@code yyyy-MM-dd}, {@code dd/MM/yyyy}, {@code MM/dd/yyyy},
 * {@code dd.MM.yyyy}, {@code dd MMM yyyy}, {@code dd MMM}, {@code MMM dd}, {@code MM/dd}, {@code dd/MM},
 * with month names in English, German and French. Stateless and thread-safe.
 */
final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mai", 5),
            Map.entry("okt", 10), Map.entry("dez", 12), Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fév", 2),
            Map.entry("fev", 2), Map.entry("mars", 3), Map.entry("avr", 4), Map.entry("juin", 6), Map.entry("juil", 7),
            Map.entry("aoû", 8), Map.entry("aou", 8), Map.entry("déc", 12), Map.entry("sept", 9), Map.entry("janvier", 1),
            Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("juni", 6), Map.entry("juli", 7));

    private static final String MONTH = "(?<mon>[A-Za-zÀ-ÿ]{3,9})\\.?";
    private static final Pattern ISO = Pattern.compile("^(?<y>\\d{4})[-/.](?<a>\\d{1,2})[-/.](?<b>\\d{1,2})$");
    private static final Pattern NUMERIC = Pattern.compile(
            "^(?<a>\\d{1,2})(?<s>[/.\\-])(?<b>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?\\.?$");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "^(?<d>\\d{1,2})\\.?[ \\-]?" + MONTH + "(?:[ \\-,]+(?<y>\\d{4}|\\d{2}))?$");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "^" + MONTH + " ?(?<d>\\d{1,2})(?:(?:st|nd|rd|th))?(?:,? (?<y>\\d{4}))?$");

    private static final Pattern MONTH_WORDS = Pattern.compile(
            "january|february|march|april|june|july|august|september|october|november|december"
                    + "|januar|februar|märz|april|juni|juli|oktober|dezember|janvier|février|avril|juillet|août"
                    + "|septembre|octobre|novembre|décembre|sept|janv|févr|juil|mars|juin");

    private DateParser() {
    }

    /** Parses the whole text as one date; empty when it is anything else. */
    static Optional<RawDate> parse(String text) {
        String s = text.strip();
        if (s.length() < 3 || s.length() > 20 || !Character.isLetterOrDigit(s.charAt(0)) || !hasDigit(s)) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return checked(new RawDate(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    Integer.parseInt(m.group("y")), true));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            // Without a year, "-" reads like a range and "." like a decimal unless it ends in a dot ("01.02.").
            if (m.group("y") == null && ("-".equals(m.group("s")) || ".".equals(m.group("s")) && !s.endsWith("."))) {
                return Optional.empty();
            }
            return checked(new RawDate(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    year(m.group("y")), false));
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches()) {
            Integer month = month(m.group("mon"));
            return month == null ? Optional.empty()
                    : checked(new RawDate(month, Integer.parseInt(m.group("d")), year(m.group("y")), true));
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches()) {
            Integer month = month(m.group("mon"));
            return month == null ? Optional.empty()
                    : checked(new RawDate(month, Integer.parseInt(m.group("d")), year(m.group("y")), true));
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<RawDate> checked(RawDate date) {
        boolean either = date.fits(RawDate.Order.DAY_FIRST) || date.fits(RawDate.Order.MONTH_FIRST);
        return either ? Optional.of(date) : Optional.empty();
    }

    private static Integer year(String y) {
        if (y == null) {
            return null;
        }
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
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

    // Full month names in the three languages; a prefix match alone would take "Marketing" for March.
    private static boolean isMonthWord(String n) {
        return MONTH_WORDS.matcher(n).matches();
    }
}
