package dev.pdfbulk.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese and Korean dates: year, month and day each followed by its unit ("2025年10月1日", "2025년 10월 1일"),
 * month and day alone ("10月1日", "10월 1일"), and Japanese era years, which count from the era's first year:
 * "令和7年10月1日" and "R7.10.01" are 2025-10-01 (Reiwa 1 = 2019), "平成31年4月30日" and "H31.04.30" 2019-04-30
 * (Heisei 1 = 1989); "元年" is an era's first year. Taiwan counts Minguo years (year 1 = 1912): "113/06/05" and
 * "民國113年6月5日" are 2024-06-05; only a three-digit year (2011 on) is read so, since "99/12/31" reads as day, month
 * and year. {@code DateParserTest} checks them. Stateless and thread-safe.
 */
final class EastAsianDates {

    private static final Pattern UNITS = Pattern.compile(
            "^(?:(\\d{4})|(令和|平成|昭和|民國|民国)(\\d{1,3}|元)) ?[年년] ?(\\d{1,2}) ?[月월] ?(\\d{1,2}) ?[日일]$");
    private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2}) ?[月월] ?(\\d{1,2}) ?[日일]$");
    // An era's initial and year, then month and day, joined by dots or slashes ("R7.10.01", "H31/04/30").
    private static final Pattern ERA_INITIAL = Pattern.compile("^([RH])(\\d{1,2})([./])(\\d{1,2})\\3(\\d{1,2})$");
    // Taiwan's Minguo years (year 1 = 1912), three digits before month and day: "113/06/05" is 2024-06-05.
    private static final Pattern MINGUO = Pattern.compile("^(1\\d\\d)([./-])(\\d{1,2})\\2(\\d{1,2})$");

    private EastAsianDates() {
    }

    /** The date of the whole of {@code s}, or null when it has none of these shapes. */
    static Optional<RawDate> parse(String s) {
        if (!mayBe(s)) {
            return null;
        }
        Matcher m = UNITS.matcher(s);
        if (m.matches()) {
            Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : eraYear(m.group(2), m.group(3));
            return year == null ? null : date(year, m.group(4), m.group(5));
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches()) {
            return DateParser.checked(new RawDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null,
                    true));
        }
        if (RegexChars.isDigit(s.charAt(0))) {
            m = MINGUO.matcher(s);
            return m.matches() ? date(Integer.parseInt(m.group(1)) + 1911, m.group(3), m.group(4)) : null;
        }
        m = ERA_INITIAL.matcher(s);
        if (m.matches()) {
            Integer year = eraYear(m.group(1), m.group(2));
            return year == null ? null : date(year, m.group(4), m.group(5));
        }
        return null;
    }

    // Cheap pre-check: a unit character, an era's initial before a digit, or a three-digit Minguo year and its
    // separator; most texts tried are none.
    private static boolean mayBe(String s) {
        char c = s.charAt(0);
        if (c == '1' && s.length() >= 7 && s.length() <= 9 && "./-".indexOf(s.charAt(3)) >= 0) {
            return RegexChars.isDigit(s.charAt(1)) && RegexChars.isDigit(s.charAt(2));
        }
        if ((c == 'R' || c == 'H') && s.length() > 1 && RegexChars.isDigit(s.charAt(1))) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        return last == '日' || last == '일';
    }

    private static Optional<RawDate> date(int year, String month, String day) {
        return DateParser.checked(new RawDate(Integer.parseInt(month), Integer.parseInt(day), year, true));
    }

    // The Gregorian year of an era's year ("元" is its first), or null past the era's end.
    private static Integer eraYear(String era, String year) {
        int n = "元".equals(year) ? 1 : Integer.parseInt(year);
        int base;
        int last;
        switch (era) {
            case "令和", "R" -> {
                base = 2018;
                last = 99;
            }
            case "平成", "H" -> {
                base = 1988;
                last = 31;
            }
            case "民國", "民国" -> {
                base = 1911;
                last = 199;
            }
            default -> {
                base = 1925;
                last = 64;
            }
        }
        return n >= 1 && n <= last ? base + n : null;
    }
}
