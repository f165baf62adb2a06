package dev.pdfbulk.parse;

import java.util.Optional;

/**
 * Numeric dates that put a dot after each number, as Central European statements print them: day first with a
 * space after each dot ({@code 3. 5. 2025}, Czech, Slovak), or year first ending in a dot ({@code 2025.05.03.},
 * {@code 2025. 05. 03.}, Hungarian). {@code DateParserTest} holds them as the regular expressions they implement:
 * <pre>
 * SPACED      ^(\d{1,2})\. (\d{1,2})\. (\d{4})\.?$
 * YEAR_FIRST  ^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.$
 * </pre>
 * Neither shape overlaps {@link DateParser}'s others. Stateless and thread-safe.
 */
final class DottedDates {

    private DottedDates() {
    }

    /** The date of the whole of {@code s}, which starts with {@code lead} digits; null when it has neither shape. */
    static Optional<RawDate> parse(String s, int lead) {
        if (lead == 4) {
            return yearFirst(s);
        }
        return lead >= 1 && lead <= 2 ? spaced(s, lead) : null;
    }

    private static Optional<RawDate> spaced(String s, int a) {
        int i = a;
        if (!s.startsWith(". ", i)) {
            return null;
        }
        int b = digits(s, i + 2);
        if (b < 1 || b > 2 || !s.startsWith(". ", i + 2 + b)) {
            return null;
        }
        int y = i + 4 + b;
        int end = y + 4;
        if (digits(s, y) != 4 || !(end == s.length() || end + 1 == s.length() && s.charAt(end) == '.')) {
            return null;
        }
        // Day or month first is the statement's to say, as for "03.05.2025".
        return DateParser.checked(new RawDate(number(s, 0, a), number(s, i + 2, b), number(s, y, 4), false));
    }

    private static Optional<RawDate> yearFirst(String s) {
        int i = afterDot(s, 4);
        int a = i < 0 ? 0 : digits(s, i);
        int j = a >= 1 && a <= 2 ? afterDot(s, i + a) : -1;
        int b = j < 0 ? 0 : digits(s, j);
        if (b < 1 || b > 2 || j + b + 1 != s.length() || s.charAt(j + b) != '.') {
            return null;
        }
        return DateParser.checked(new RawDate(number(s, i, a), number(s, j, b), number(s, 0, 4), true));
    }

    // Where the text goes on after a dot at {@code at} and the one space that may follow it; -1 without the dot.
    private static int afterDot(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '.') {
            return -1;
        }
        return at + 1 < s.length() && s.charAt(at + 1) == ' ' ? at + 2 : at + 1;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && RegexChars.isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static int number(String s, int from, int length) {
        return Integer.parseInt(s, from, from + length, 10);
    }
}
