package dev.pdfbulk.parse;

import java.util.Optional;

import static dev.pdfbulk.parse.DateParser.checked;
import static dev.pdfbulk.parse.DateParser.digits;
import static dev.pdfbulk.parse.DateParser.isIn;
import static dev.pdfbulk.parse.DateParser.letters;
import static dev.pdfbulk.parse.DateParser.month;
import static dev.pdfbulk.parse.DateParser.number;
import static dev.pdfbulk.parse.DateParser.year;

/**
 * The two shapes of {@link DateParser} that name the month by a word of {@link MonthNames}: day first
 * ({@code dd MMM yyyy}, {@code 2nd Jun}, {@code 3 de marzo de 2025}, {@code 01/ENE/2025}, compact {@code 01APR25}) and month first
 * ({@code MMM dd}, {@code May 30, 2025}, {@code MAY 30/25}), matched by hand as the DAY_MONTH and MONTH_DAY
 * expressions {@code DateParserTest} holds. Each takes the stripped text whole and returns null when the text does
 * not have its shape (then the next shape is tried), empty when it has the shape but is no date. Stateless and
 * thread-safe.
 */
final class MonthWordDates {

    private MonthWordDates() {
    }

    // DAY_MONTH; null when the text does not have its shape.
    static Optional<RawDate> dayMonth(String s, int d) {
        int i = d;
        // "01/ENE/2025": a slash after the day may come again before the year.
        boolean slash = false;
        if (isOrdinalSuffix(s, i)) {
            // "2nd Jun", "23RD JUNE 2025": the English ordinal day, set a space before its month.
            i += 3;
        } else {
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
            }
            if (isDe(s, i)) {
                i += 4;
            } else if (isIn(s, i, " -/")) {
                slash = s.charAt(i) == '/';
                i++;
            }
        }
        // Day, month and year run together ("01APR25", as plain-text prints set them) only with no mark between them.
        boolean compact = i == d;
        int name = letters(s, i);
        if (name < 3 || name > MonthNames.LONGEST) {
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
            if (isDe(s, i)) {
                gap = 4;
            } else if (slash && isIn(s, i, "/")) {
                gap = 1;
            } else {
                while (isIn(s, i + gap, " -,")) {
                    gap++;
                }
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
    static Optional<RawDate> monthDay(String s) {
        int name = letters(s, 0);
        if (name < 3 || name > MonthNames.LONGEST) {
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
        int slashed = i < s.length() && s.charAt(i) == '/' ? digits(s, i + 1) : 0;
        if ((slashed == 2 || slashed == 4) && i + 1 + slashed == s.length()) {
            // "MAY 30/25", "APR 30/2025": the year after a slash, as Canadian statements print their period.
            Integer m = month(s.substring(0, name));
            return m == null ? Optional.empty() : checked(new RawDate(m, day, year(s.substring(i + 1)), true));
        }
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

    // "st", "nd", "rd" or "th" in either case (ASCII only, as the letters of the regex are), then a space.
    private static boolean isOrdinalSuffix(String s, int at) {
        if (at + 2 >= s.length() || s.charAt(at + 2) != ' ') {
            return false;
        }
        char a = lowerAscii(s.charAt(at));
        char b = lowerAscii(s.charAt(at + 1));
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    // Spanish and Portuguese join day, month and year with "de": "3 de marzo de 2025".
    private static boolean isDe(String s, int at) {
        return s.regionMatches(true, at, " de ", 0, 4);
    }
}
