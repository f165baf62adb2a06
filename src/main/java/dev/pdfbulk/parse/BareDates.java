package dev.pdfbulk.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Decides the order of dates printed as two bare numbers ("05 01" under a "Date" header), which no mark says is
 * month-first or day-first: the order in which every date of the statement is a real date; where both are, the one
 * in which every date falls inside the printed period; where that still leaves both or neither, the dates are in
 * doubt and the statement is never reconciled. Stateless.
 */
final class BareDates {

    private BareDates() {
    }

    /**
     * @param scored      the resolver the statement-wide score chose, kept when it is the order decided here
     * @param rowDates    the dates of the table rows, some of them bare
     * @param periodStart printed period start, or null
     * @param periodEnd   printed period end (or statement date), or null
     * @param defaultYear the year of dates printed without one when no period end is printed
     */
    static DateResolver decide(DateResolver scored, List<RawDate> rowDates, RawDate periodStart, RawDate periodEnd,
                               int defaultYear) {
        DateResolver dayFirst = DateResolver.inOrder(RawDate.Order.DAY_FIRST, periodEnd, defaultYear);
        DateResolver monthFirst = DateResolver.inOrder(RawDate.Order.MONTH_FIRST, periodEnd, defaultYear);
        boolean dayReal = allReal(dayFirst, rowDates);
        boolean monthReal = allReal(monthFirst, rowDates);
        if (dayReal != monthReal) {
            return pick(scored, dayReal ? dayFirst : monthFirst);
        }
        if (dayReal && rowDates.stream().allMatch(d -> Objects.equals(dayFirst.resolve(d), monthFirst.resolve(d)))) {
            // "05 05": either order reads every date the same.
            return scored;
        }
        if (dayReal && (periodStart != null || periodEnd != null)) {
            boolean dayInside = allInside(dayFirst, rowDates, periodStart, periodEnd, defaultYear);
            boolean monthInside = allInside(monthFirst, rowDates, periodStart, periodEnd, defaultYear);
            if (dayInside != monthInside) {
                return pick(scored, dayInside ? dayFirst : monthFirst);
            }
        }
        return scored.doubting("the dates are printed as two numbers (\"" + sample(rowDates)
                + "\") and the statement does not show which is the month");
    }

    private static DateResolver pick(DateResolver scored, DateResolver decided) {
        return scored.order() == decided.order() ? scored : decided;
    }

    private static boolean allReal(DateResolver dates, List<RawDate> rowDates) {
        return rowDates.stream().allMatch(d -> dates.resolve(d) != null);
    }

    private static boolean allInside(DateResolver dates, List<RawDate> rowDates, RawDate periodStart,
                                     RawDate periodEnd, int defaultYear) {
        LocalDate start = periodStart == null ? null : periodStart.resolve(dates.order(), defaultYear);
        LocalDate end = periodEnd == null ? null : periodEnd.resolve(dates.order(), defaultYear);
        for (RawDate raw : rowDates) {
            LocalDate d = dates.resolve(raw);
            if (d == null || start != null && d.isBefore(start) || end != null && d.isAfter(end)) {
                return false;
            }
        }
        return true;
    }

    private static String sample(List<RawDate> rowDates) {
        RawDate d = rowDates.stream().filter(RawDate::bare).findFirst().orElseThrow();
        return String.format(java.util.Locale.ROOT, "%02d %02d", d.first(), d.second());
    }
}
