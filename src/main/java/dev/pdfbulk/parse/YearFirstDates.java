package dev.pdfbulk.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates that print a two-digit year first: a Japanese passbook's "07-06-05" is Reiwa 7 (2025), June 5, not 7 June
 * 2005, and "25-06-05" is 2025-06-05 where a statement sets its dates so. Read so only where the statement's period
 * (printed with full years: "令和7年6月1日〜令和7年6月20日") holds every row read year first and none read the usual
 * way (or holds most of them and the others fall in the year before it: a card's instalments of earlier purchases); the year counts from the first of the Common Era's 2000s, Reiwa (1 = 2019) or Heisei (1 = 1989), whichever
 * puts the rows in the period. Immutable and thread-safe.
 */
final class YearFirstDates {

    // A two-digit year plus one of these: the 2000s, Reiwa (year 1 = 2019), Heisei (year 1 = 1989).
    private static final int[] YEAR_BASES = {2000, 2018, 1988};
    // Rows may be booked a few days either side of the printed period.
    private static final int SLACK_DAYS = 7;

    private final int yearBase;

    private YearFirstDates(int yearBase) {
        this.yearBase = yearBase;
    }

    /**
     * The reading of the rows' dates year first, or null when they are read as printed: some row date is not
     * "nn-nn-yy", the period is not printed with its years, the usual reading already puts every row in it, or no
     * year-first reading does.
     *
     * @param rowDates the dates of the table rows, in order
     * @param meta     the statement's metadata as printed
     */
    static YearFirstDates of(List<RawDate> rowDates, MetadataReader.Raw meta) {
        if (rowDates.isEmpty() || !rowDates.stream().allMatch(RawDate::shortYear)) {
            return null;
        }
        LocalDate start = plain(meta.periodStart());
        LocalDate end = plain(meta.periodEnd());
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        for (RawDate.Order order : RawDate.Order.values()) {
            if (rowDates.stream().allMatch(d -> inside(d.resolve(order, start.getYear()), start, end))) {
                return null;
            }
        }
        for (int base : YEAR_BASES) {
            YearFirstDates candidate = new YearFirstDates(base);
            long in = rowDates.stream().filter(d -> inside(candidate.date(d), start, end)).count();
            // A card bills instalments of earlier purchases under their own dates ("25.03.14", "3/3"): rows in the
            // year before the period, as long as most rows fall in the period itself.
            if (in * 2 > rowDates.size() && rowDates.stream().allMatch(d -> inside(candidate.date(d), start.minusYears(1), end))) {
                return candidate;
            }
        }
        return null;
    }

    List<TableEvent> rows(List<TableEvent> events) {
        return TableEvent.withRowDates(events, this::reread);
    }

    RawDate reread(RawDate d) {
        LocalDate date = d == null || !d.shortYear() ? null : date(d);
        return date == null ? d : new RawDate(date.getMonthValue(), date.getDayOfMonth(), date.getYear(), true);
    }

    // "07-06-05": the first number is the year, the second the month, the two read as the year (2005) the day.
    private LocalDate date(RawDate d) {
        try {
            return LocalDate.of(yearBase + d.first(), d.second(), d.year() % 100);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // A period date with its full year and only one reading.
    private static LocalDate plain(RawDate d) {
        if (d == null || d.year() == null || d.shortYear()) {
            return null;
        }
        LocalDate dayFirst = d.resolve(RawDate.Order.DAY_FIRST, d.year());
        LocalDate monthFirst = d.resolve(RawDate.Order.MONTH_FIRST, d.year());
        return dayFirst == null ? monthFirst : monthFirst == null || dayFirst.equals(monthFirst) ? dayFirst : null;
    }

    private static boolean inside(LocalDate d, LocalDate start, LocalDate end) {
        return d != null && !d.isBefore(start.minusDays(SLACK_DAYS)) && !d.isAfter(end.plusDays(SLACK_DAYS));
    }
}
