package dev.pdfbulk.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the statement-wide date decisions: day-first or month-first for numeric dates (whichever reads
 * every date as a real, ordered date inside the period), and the year of dates printed without one
 * (from the statement period, rolling back a year for December rows of a period that ends in January; in doubt
 * when no period or statement date is printed and such dates run over a year's end, or when the statement prints no
 * year at all). Immutable and thread-safe.
 */
final class DateResolver {

    // A row dated this long after the period end belongs to the year before (e.g. 12/20 in a Dec-Jan period).
    private static final int ROLLBACK_DAYS = 20;

    // Yearless dates further apart than this, read in one year, run over a year's end.
    private static final int YEAR_END_MONTHS = 6;

    private final RawDate.Order order;
    private final LocalDate periodEnd;
    private final int fallbackYear;
    private final String doubt;

    private DateResolver(RawDate.Order order, LocalDate periodEnd, int fallbackYear, String doubt) {
        this.order = order;
        this.periodEnd = periodEnd;
        this.fallbackYear = fallbackYear;
        this.doubt = doubt;
    }

    /**
     * @param rowDates    the dates of the table rows, in order
     * @param periodStart printed period start, or null
     * @param periodEnd   printed period end, or null
     * @param monthFirstHint true when nothing else decides and the statement looks American (USD)
     */
    static DateResolver decide(List<RawDate> rowDates, RawDate periodStart, RawDate periodEnd, boolean monthFirstHint,
                               int defaultYear) {
        DateResolver best = null;
        long bestScore = Long.MIN_VALUE;
        RawDate.Order[] orders = monthFirstHint
                ? new RawDate.Order[] {RawDate.Order.MONTH_FIRST, RawDate.Order.DAY_FIRST}
                : new RawDate.Order[] {RawDate.Order.DAY_FIRST, RawDate.Order.MONTH_FIRST};
        for (RawDate.Order o : orders) {
            LocalDate end = periodEnd == null ? null : periodEnd.resolve(o, defaultYear(rowDates, defaultYear));
            LocalDate start = periodStart == null ? null : periodStart.resolve(o, defaultYear(rowDates, defaultYear));
            int year = end != null ? end.getYear() : defaultYear(rowDates, defaultYear);
            DateResolver candidate = new DateResolver(o, end, year, null);
            long score = candidate.score(rowDates, start, end, periodStart != null || periodEnd != null);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (rowDates.stream().anyMatch(RawDate::bare)) {
            // Two bare numbers ("05 01") say nothing of their order: the statement as a whole must.
            best = BareDates.decide(best, rowDates, periodStart, periodEnd, defaultYear(rowDates, defaultYear));
        }
        return periodEnd == null ? best.withYearDoubt(rowDates) : best;
    }

    /** A resolver reading numeric dates in {@code order}, years as {@link #decide} gives them. */
    static DateResolver inOrder(RawDate.Order order, RawDate periodEnd, int defaultYear) {
        LocalDate end = periodEnd == null ? null : periodEnd.resolve(order, defaultYear);
        return new DateResolver(order, end, end != null ? end.getYear() : defaultYear, null);
    }

    /** This resolver, its years and order kept, with {@code why} its dates are in doubt. */
    DateResolver doubting(String why) {
        return new DateResolver(order, periodEnd, fallbackYear, why);
    }

    /**
     * This resolver, in doubt when the years of its dates are the clock's: called when nothing printed outside the
     * table has a year; unless a row prints one (it gives the others theirs), every year given a row is a guess.
     */
    DateResolver yearFromClock(List<RawDate> rowDates) {
        if (doubt != null || rowDates.stream().anyMatch(d -> d.year() != null)) {
            return this;
        }
        return doubting("no date the statement prints has a year: the year given its dates (" + fallbackYear
                + ") is the clock's guess");
    }

    // Without a period end or statement date nothing says which year a yearless row of December or January
    // belongs to: when such rows run over a year's end, every year given them is a guess.
    private DateResolver withYearDoubt(List<RawDate> rowDates) {
        LocalDate first = null;
        LocalDate last = null;
        for (RawDate raw : rowDates) {
            LocalDate d = raw.year() == null ? resolve(raw) : null;
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        if (first == null || !first.plusMonths(YEAR_END_MONTHS).isBefore(last)) {
            return this;
        }
        return new DateResolver(order, periodEnd, fallbackYear, "the dates print no year and run over a year's end ("
                + first.getMonthValue() + "/" + first.getDayOfMonth() + " to " + last.getMonthValue() + "/"
                + last.getDayOfMonth() + " in one year), and no period or statement date says which year each is in");
    }

    /**
     * Why the years given to dates printed without one are guesses, or null when the statement decides them:
     * such a statement is never reconciled.
     */
    String doubt() {
        return doubt;
    }

    private static int defaultYear(List<RawDate> rowDates, int fallback) {
        for (RawDate d : rowDates) {
            if (d.year() != null) {
                return d.year();
            }
        }
        return fallback;
    }

    private long score(List<RawDate> rowDates, LocalDate start, LocalDate end, boolean periodPrinted) {
        long valid = 0;
        long ordered = 0;
        long inside = 0;
        LocalDate previous = null;
        for (RawDate raw : rowDates) {
            LocalDate d = resolve(raw);
            if (d == null) {
                continue;
            }
            valid++;
            if (previous == null || !d.isBefore(previous)) {
                ordered++;
            }
            if (start != null && end != null && !d.isBefore(start.minusDays(7)) && !d.isAfter(end.plusDays(7))) {
                inside++;
            }
            previous = d;
        }
        long periodValid = periodPrinted && (start == null && end == null) ? -1 : 0;
        return valid * 1_000_000L + periodValid * 100_000L + inside * 1_000L + ordered;
    }

    /** The date, or null when it is not a real date in the decided order. */
    LocalDate resolve(RawDate raw) {
        LocalDate d = raw.resolve(order, fallbackYear);
        if (d != null && raw.year() == null && periodEnd != null && d.isAfter(periodEnd.plusDays(ROLLBACK_DAYS))) {
            d = raw.resolve(order, fallbackYear - 1);
        }
        return d;
    }

    RawDate.Order order() {
        return order;
    }

    List<LocalDate> resolveAll(List<RawDate> raws) {
        List<LocalDate> out = new ArrayList<>(raws.size());
        for (RawDate r : raws) {
            out.add(resolve(r));
        }
        return out;
    }
}
