package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads money as statements print it: {@code 1,234.56}, {@code 1.234,56}, {@code 1 234,56},
 * {@code -1,234.56}, {@code (1,234.56)}, {@code 1,234.56-}, {@code 1.234,56+}, {@code 1,234.56 CR},
 * with currency symbols or codes before or after. Stateless and thread-safe.
 */
final class AmountParser {

    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY",
            "us$", "USD", "c$", "CAD", "a$", "AUD", "fr.", "CHF", "kr", "SEK");
    private static final List<String> CODES = List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "SEK",
            "NOK", "DKK", "PLN", "CZK", "HUF", "INR", "ZAR", "SGD", "HKD", "MXN", "BRL", "CNY", "$", "£", "€", "¥",
            "US$", "C$", "A$", "Fr.", "kr");
    private static final String CODE = CODES.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    private static final String NUMBER = "(?:\\d{1,3}(?:[,.'\u00a0\u202f ]\\d{3})+|\\d+)(?:[.,]\\d{2})";
    static final Pattern AMOUNT = Pattern.compile(
            "^(?<pre>" + CODE + ")?\\s?(?<lead>[-+\u2212]|\\()?\\s?(?<pre2>" + CODE + ")?\\s?(?<num>" + NUMBER + ")"
                    + "(?<close>\\))?\\s?(?<trail>[-+\u2212])?\\s?(?<post>" + CODE + ")?\\s?(?<crdr>CR|DR|Cr|Dr|cr|dr|OD|od)?\\.?$");

    private static final Pattern GROUPING = Pattern.compile("[,.'\u00a0\u202f ]");

    private AmountParser() {
    }

    /** Parses the whole text as one amount; empty when it is anything else. */
    static Optional<Amount> parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 40 || !hasCents(s) || !mayStart(s)) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean open = "(".equals(m.group("lead"));
        boolean close = m.group("close") != null;
        if (open != close) {
            return Optional.empty();
        }
        BigDecimal magnitude = number(m.group("num"));
        if (magnitude == null) {
            return Optional.empty();
        }
        Amount.Mark mark = mark(m.group("lead"), m.group("trail"), m.group("crdr"), open);
        if (mark == null) {
            return Optional.empty();
        }
        String currency = currency(m.group("pre") != null ? m.group("pre")
                : m.group("pre2") != null ? m.group("pre2") : m.group("post"));
        return Optional.of(new Amount(magnitude, mark, currency));
    }

    // Cheap pre-check: the pattern starts with a currency, a sign, a parenthesis or a digit (most phrases
    // tried, "Card payment 12.34", start with a word).
    static boolean mayStart(String s) {
        char c = s.charAt(0);
        if (isAsciiDigit(c) || c == '-' || c == '+' || c == '\u2212' || c == '(') {
            return true;
        }
        for (String code : CODES) {
            if (s.startsWith(code)) {
                return true;
            }
        }
        return false;
    }

    // Cheap pre-check, run on every word with a digit: a digit, then '.' or ',' and two digits, somewhere.
    static boolean hasCents(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char separator = s.charAt(i + 1);
            if (isAsciiDigit(s.charAt(i)) && (separator == '.' || separator == ',') && isAsciiDigit(s.charAt(i + 2))
                    && isAsciiDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    // \d in a Java regex: ASCII digits only.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Amount.Mark mark(String lead, String trail, String crdr, boolean parens) {
        int marks = (lead != null ? 1 : 0) + (trail != null ? 1 : 0) + (crdr != null ? 1 : 0);
        if (marks > 1) {
            return null;
        }
        if (parens || isMinus(lead) || isMinus(trail)) {
            return Amount.Mark.MINUS;
        }
        if ("+".equals(lead) || "+".equals(trail)) {
            return Amount.Mark.PLUS;
        }
        if (crdr != null) {
            // OD (overdrawn) marks a debit balance, like DR.
            return crdr.equalsIgnoreCase("CR") ? Amount.Mark.CR : Amount.Mark.DR;
        }
        return Amount.Mark.NONE;
    }

    private static boolean isMinus(String s) {
        return "-".equals(s) || "\u2212".equals(s);
    }

    // The last separator followed by exactly two digits is the decimal point; every other one groups thousands.
    private static BigDecimal number(String raw) {
        int decimal = raw.length() - 3;
        String whole = GROUPING.matcher(raw.substring(0, decimal)).replaceAll("");
        String cents = raw.substring(decimal + 1);
        if (whole.isEmpty()) {
            return null;
        }
        return new BigDecimal(whole + "." + cents);
    }

    private static String currency(String token) {
        if (token == null) {
            return null;
        }
        String known = SYMBOLS.get(token.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return token.length() == 3 && token.chars().allMatch(Character::isUpperCase) ? token : null;
    }
}
