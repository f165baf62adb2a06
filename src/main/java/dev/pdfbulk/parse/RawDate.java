package dev.pdfbulk.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A date as printed, before the statement-wide decisions: whether {@code 03/04} is day-first, and
 * which year a date without one belongs to.
 *
 * @param first       first numeric part (day or month; the month when {@code monthKnown})
 * @param second      second numeric part
 * @param year        four-digit year, or null when not printed
 * @param monthKnown  true when the month is unambiguous (a month name or ISO order): then
 *                    {@code first} is the month and {@code second} the day
 * @param bare        true when the two numbers are set apart by a space only, with no date mark ("05 01" in a
 *                    date column): the statement must show which is the month ({@link DateResolver})
 * @param shortYear   true when the year is two digits printed last after two numbers ("07-06-05" read as 2005): it
 *                    may be the day of a date printing its year first ({@link YearFirstDates})
 */
record RawDate(int first, int second, Integer year, boolean monthKnown, boolean bare, boolean shortYear) {

    RawDate(int first, int second, Integer year, boolean monthKnown) {
        this(first, second, year, monthKnown, false, false);
    }

    RawDate(int first, int second, Integer year, boolean monthKnown, boolean bare) {
        this(first, second, year, monthKnown, bare, false);
    }

    /** Each date (nulls included) as another calendar's reading gives it ({@link BuddhistEra}, {@link SolarHijri}). */
    static List<RawDate> each(List<RawDate> dates, UnaryOperator<RawDate> reading) {
        List<RawDate> out = new ArrayList<>(dates.size());
        dates.forEach(d -> out.add(reading.apply(d)));
        return out;
    }

    /** Whether numeric dates print the day or the month first. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    int month(Order order) {
        return monthKnown || order == Order.MONTH_FIRST ? first : second;
    }

    int day(Order order) {
        return monthKnown || order == Order.MONTH_FIRST ? second : first;
    }

    /** True when this date can only be read one way (or either way gives the same date). */
    boolean fits(Order order) {
        int m = month(order);
        int d = day(order);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    /** The date in the given order and year, or null when no such day exists. */
    LocalDate resolve(Order order, int fallbackYear) {
        if (!fits(order)) {
            return null;
        }
        try {
            return LocalDate.of(year != null ? year : fallbackYear, month(order), day(order));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // Written out as the record's own would be (same values, so the same hash order): the generated ones spin
    // method-handle classes at run time, with the JDK's ASM, on the first lines they hash (docs/performance.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof RawDate d && first == d.first && second == d.second && Objects.equals(year, d.year)
                && monthKnown == d.monthKnown && bare == d.bare && shortYear == d.shortYear;
    }

    @Override
    public int hashCode() {
        int h = 31 * first + second;
        h = 31 * h + Objects.hashCode(year);
        h = 31 * h + Boolean.hashCode(monthKnown);
        h = 31 * h + Boolean.hashCode(bare);
        return 31 * h + Boolean.hashCode(shortYear);
    }
}
