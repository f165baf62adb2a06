package dev.pdfbulk.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates of Iran's Solar Hijri calendar, as Persian statements print them with no Gregorian date beside them:
 * "1404/03/15" is 5 June 2025. Read so only on a Persian statement (letters only Persian writes, {@link #persianWord})
 * and only for year-first dates whose year runs from 1300 to the clock's Solar year plus one: a lunar Hijri year
 * (1446 on, today) lies beyond, so is never taken for one. Each day is converted by the calendar's rule, not
 * guessed: the year starts on the March day its 33-year leap cycles give (the breaks of the jalaali algorithm, exact
 * for these years), its first six months have 31 days, the next five 30. A yearless date stays as printed (its month
 * and day cannot be converted without a year), and so fails as years before 1900 do ({@link EarlyDates}).
 * Immutable and thread-safe.
 */
final class SolarHijri {

    // The first Solar year read: 1300 began in March 1921.
    static final int FIRST_YEAR = 1300;
    // Solar year plus this is the Gregorian year its first nine months fall in.
    static final int OFFSET = 621;
    // The jalaali algorithm's break years, where the 33-year leap cycles shift.
    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
        2262, 2324, 2394, 2456, 3178};

    private final int lastYear;

    private SolarHijri(int lastYear) {
        this.lastYear = lastYear;
    }

    /**
     * Whether a word is Persian: Arabic script holding a letter Arabic does not write (پ چ ژ گ, keheh ک, Farsi yeh
     * ی). Looks past the first character only for Arabic-script words: it runs on every word of every page.
     */
    static boolean persianWord(String word) {
        if (word.isEmpty() || word.charAt(0) < '\u0600' || word.charAt(0) > '\u06ff') {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u067e' || c == '\u0686' || c == '\u0698' || c == '\u06af' || c == '\u06a9' || c == '\u06cc') {
                return true;
            }
        }
        return false;
    }

    /** The calendar of a Persian statement's dates, or null when it is not Persian or prints no Solar year. */
    static SolarHijri of(List<RawDate> rowDates, MetadataReader.Raw meta, boolean persian, int clockYear) {
        if (!persian) {
            return null;
        }
        SolarHijri solar = new SolarHijri(clockYear - OFFSET + 1);
        List<RawDate> all = new ArrayList<>(rowDates);
        all.add(meta.periodStart());
        all.add(meta.periodEnd());
        all.add(meta.statementDate());
        return all.stream().anyMatch(solar::solar) ? solar : null;
    }

    private boolean solar(RawDate d) {
        return d != null && d.monthKnown() && d.year() != null && d.year() >= FIRST_YEAR && d.year() <= lastYear;
    }

    /** The Gregorian date of a Solar one; any other date (or a day no Solar month has) as it is. */
    RawDate gregorian(RawDate d) {
        if (!solar(d)) {
            return d;
        }
        int m = d.first();
        int day = d.second();
        if (m < 1 || m > 12 || day < 1 || day > (m <= 6 ? 31 : 30)) {
            return d;
        }
        LocalDate g = LocalDate.of(d.year() + OFFSET, 3, farvardinFirst(d.year()))
                .plusDays((m - 1) * 31L - (m / 7) * (m - 7) + day - 1);
        return new RawDate(g.getMonthValue(), g.getDayOfMonth(), g.getYear(), true);
    }

    List<TableEvent> rows(List<TableEvent> events) {
        return TableEvent.withRowDates(events, this::gregorian);
    }

    MetadataReader.Raw meta(MetadataReader.Raw m) {
        return new MetadataReader.Raw(m.account(), m.currency(), gregorian(m.periodStart()), gregorian(m.periodEnd()),
                m.opening(), m.closing(), gregorian(m.statementDate()), m.printedYear(), m.cycleDays());
    }

    // The March day on which the Solar year begins (1 Farvardin), by the jalaali algorithm.
    static int farvardinFirst(int year) {
        int leaps = -14;
        int previous = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            jump = BREAKS[i] - previous;
            if (year < BREAKS[i]) {
                break;
            }
            leaps += jump / 33 * 8 + jump % 33 / 4;
            previous = BREAKS[i];
        }
        int n = year - previous;
        leaps += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leaps++;
        }
        int gy = year + OFFSET;
        int gregorianLeaps = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        return 20 + leaps - gregorianLeaps;
    }
}
