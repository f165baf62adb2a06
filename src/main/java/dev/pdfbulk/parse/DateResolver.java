package dev.pdfbulk.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the statement-wide date decisions: day-first or month-first for numeric dates (whichever reads
 * every date as a real, ordered date inside the period), and the year of dates printed without one
 * (from the statement period, rolling back a year for December rows of a period that ends in January).
 * Immutable and thread-safe.
 */
final class DateResolver {

    // A row dated this long after the period end belongs to the year before (e.g. 12/20 in a Dec-Jan period).
    private static final int ROLLBACK_DAYS = 20;

    private final RawDate.Order order;
    private final LocalDate periodEnd;
    private final int fallbackYear;

    private DateResolver(RawDate.Order order, LocalDate periodEnd, int fallbackYear) {
        this.order = order;
        this.periodEnd = periodEnd;
        this.fallbackYear = fallbackYear;
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
            DateResolver candidate = new DateResolver(o, end, year);
            long score = candidate.score(rowDates, start, end, periodStart != null || periodEnd != null);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
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
