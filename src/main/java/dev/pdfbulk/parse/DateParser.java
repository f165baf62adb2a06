package dev.pdfbulk.parse;

import java.util.Optional;

/**
 * Reads dates in the forms statements use: {@code yyyy-MM-dd}, {@code dd/MM/yyyy}, {@code MM/dd/yyyy},
 * {@code dd.MM.yyyy}, {@code d. M. yyyy}, {@code yyyy.MM.dd.}, {@code dd MMM yyyy}, {@code dd MMM}, {@code MMM dd},
 * {@code MMM dd/yy},
 * {@code MM/dd}, {@code dd/MM}, and the
 * Spanish and Portuguese {@code d de MMMM de yyyy}, with the month names of {@link MonthNames} in any case, with or
 * without their accents; and the Japanese and Korean {@code yyyy年M月d日}, with era years ({@link EastAsianDates}).
 * Stateless and thread-safe.
 */
final class DateParser {

    // Longest text read as a date: "30 de septiembre de 2025".
    private static final int LONGEST_TEXT = 24;

    private DateParser() {
    }

    /**
     * Parses the whole text as one date; empty when it is anything else. The four shapes are matched by
     * hand (this runs on several phrases of every row); {@code DateParserTest} holds them as the regular
     * expressions they implement and checks the two agree (after one footnote mark, '*' or '†', is taken off the
     * end of a date: "05/02/25*"):
     * <pre>
     * ISO        ^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$
     * NUMERIC    ^(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$
     * DAY_MONTH  ^(\d{1,2})(?:(?:st|nd|rd|th) |\.?(?:[ \-/]?| de ))MONTH(?:(?:[ \-,]+| de )(\d{4}|\d{2}))?$
     *            ("de" and the ordinal suffix in any case)
     *            or compact: ^(\d{1,2})MONTH(\d{4}|\d{2})$
     * MONTH_DAY  ^MONTH ?(\d{1,2})(?:(?:st|nd|rd|th)?(?:,? (\d{4}))?|/(\d{4}|\d{2}))$
     * MONTH      ([A-Za-z\u00c0-\u00ff\u0100-\u017f]{3,12})\.?   (a word of MonthNames)
     * </pre>
     * (DAY_MONTH and MONTH_DAY are read by {@link MonthWordDates}), the dotted Central European forms of
     * {@link DottedDates} ("3. 5. 2025", "2025.05.03.") and the Japanese and
     * Korean ones of {@link EastAsianDates} ("2025年10月1日", "R7.10.01", "2025년 10월 1일").
     */
    static Optional<RawDate> parse(String text) {
        String s = FootnoteMarks.afterDate(text.strip());
        if (s.length() < 3 || s.length() > LONGEST_TEXT || !Character.isLetterOrDigit(s.charAt(0)) || !hasDigit(s)) {
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
            Optional<RawDate> dayMonth = MonthWordDates.dayMonth(s, lead);
            if (dayMonth != null) {
                return dayMonth;
            }
        }
        if (lead == 0) {
            Optional<RawDate> monthDay = MonthWordDates.monthDay(s);
            if (monthDay != null) {
                return monthDay;
            }
        }
        Optional<RawDate> dotted = DottedDates.parse(s, lead);
        if (dotted != null) {
            return dotted;
        }
        Optional<RawDate> eastAsian = EastAsianDates.parse(s);
        return eastAsian != null ? eastAsian : Optional.empty();
    }

    /**
     * Like {@link #parse}, for a date read off the start of running text or found inside a line rather than from a
     * cell of its own: a month word that is also an ordinary word ("03 OUT OF HOURS", "3 des frais",
     * {@link MonthNames#isCommonWord}) makes a date only with its year ("03 out 2025").
     */
    static Optional<RawDate> parseInText(String text) {
        Optional<RawDate> date = parse(text);
        if (date.isEmpty() || date.get().year() != null) {
            return date;
        }
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            int name = letters(s, i);
            if (name >= 3) {
                return MonthNames.isCommonWord(s.substring(i, i + name)) ? Optional.empty() : date;
            }
            i += name;
        }
        return date;
    }

    /**
     * Like {@link #parse}, for a cell under the date column, where no amount can stand: there "03.05" and "03-05"
     * (day and month, the year left to the statement) are dates too, as "03.05." and "03/05" are everywhere, and so
     * are two numbers of one or two digits a space apart ("05 01"), {@link RawDate#bare()}, and so are four digits,
     * two numbers run together ("0506", as Norwegian statements print day and month; bare too, the statement decides
     * their order), and eight digits of a year from 1900 on, month and day run together ("20250605").
     */
    static Optional<RawDate> parseInDateColumn(String text) {
        Optional<RawDate> date = parse(text);
        if (date.isPresent()) {
            return date;
        }
        String s = text.strip();
        int a = digits(s, 0);
        if (a == 8 && s.length() == 8) {
            // "20250605": year, month and day run together (Chinese statements), a date only in the date column.
            int year = number(s, 0, 4);
            return year >= 1900 && year <= 2099 ? checked(new RawDate(number(s, 4, 2), number(s, 6, 2), year, true))
                    : Optional.empty();
        }
        if (a == 4 && s.length() == 4) {
            // "0506": day and month run together (Norwegian statements), their order left to the whole statement.
            return checked(new RawDate(number(s, 0, 2), number(s, 2, 2), null, false, true));
        }
        int b = a >= 1 && a <= 2 && isIn(s, a, ".- ") ? digits(s, a + 1) : 0;
        if (b < 1 || b > 2 || a + 1 + b != s.length()) {
            return Optional.empty();
        }
        // Two numbers set apart by a space only ("05 01") print no mark that says which is the month.
        return checked(new RawDate(number(s, 0, a), number(s, a + 1, b), null, false, s.charAt(a) == ' '));
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
        return checked(new RawDate(number(s, 0, a), number(s, a + 1, b), year, false, false, y == 2 && year != null));
    }

    /** Length of the run of ASCII digits ({@code \d}) starting at {@code from}. */
    static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && RegexChars.isDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Length of the run of {@code [A-Za-z\u00c0-\u00ff\u0100-\u017f]} starting at {@code from}. */
    static int letters(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '\u00c0' && c <= '\u017f')) {
                break;
            }
            i++;
        }
        return i - from;
    }

    static boolean isIn(String s, int at, String chars) {
        return at < s.length() && chars.indexOf(s.charAt(at)) >= 0;
    }

    static int number(String s, int from, int length) {
        return Integer.parseInt(s, from, from + length, 10);
    }

    /** Whether the text has a digit ({@link Character#isDigit}): no date reads from text without one. */
    static boolean hasDigit(String s) {
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
        return MonthNames.month(name);
    }
}
