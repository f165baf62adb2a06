package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Years of the Buddhist era, as Thai statements print them: "15/10/68" and "15/10/2568" are 15 October 2025 of the
 * Common Era (BE = CE + 543). A statement's years are read so when a four-digit year is 25xx (no Common Era statement
 * is dated five centuries ahead), or when the statement is Thai (Thai script, baht) and its two-digit years, read in
 * the 2000s, lie years after the clock's. Immutable and thread-safe.
 */
final class BuddhistEra {

    /** Buddhist-era year minus Common-Era year. */
    static final int OFFSET = 543;
    // "68" is read as 2068 (DateParser): Buddhist 2568, so 43 years ahead of the Common Era's 2025.
    private static final int TWO_DIGIT_OFFSET = OFFSET - 500;
    // The lowest four-digit year read as Buddhist: 2400 BE is 1857 CE, older than any statement.
    private static final int FIRST_BUDDHIST_YEAR = 2400;
    // DateParser reads two-digit years as 2000 to 2099.
    private static final int TWO_DIGIT_YEARS_END = 2100;

    private final int clockYear;

    private BuddhistEra(int clockYear) {
        this.clockYear = clockYear;
    }

    /**
     * Whether a word marks a Thai statement: Thai script (the baht sign "฿" among it), or the baht by name or code
     * ("BAHT", "(BAHT)", "THB"). Looks at a word's first characters only: it runs on every word of every page.
     */
    static boolean thaiWord(String word) {
        int n = word.length();
        boolean paren = n > 2 && word.charAt(0) == '(' && word.charAt(n - 1) == ')';
        char c = word.charAt(paren ? 1 : 0);
        if (c >= '\u0e00' && c <= '\u0e7f') {
            return true;
        }
        int from = paren ? 1 : 0;
        int length = paren ? n - 2 : n;
        return length == 4 && word.regionMatches(true, from, "baht", 0, 4)
                || length == 3 && word.startsWith("THB", from);
    }

    /**
     * The era of a statement's years, or null when they are the Common Era's.
     *
     * @param years     every year the statement prints in a full date (as DateParser reads them)
     * @param thai      whether the statement is Thai ({@link #thaiWord})
     * @param clockYear the current year
     */
    static BuddhistEra of(List<Integer> years, boolean thai, int clockYear) {
        BuddhistEra era = new BuddhistEra(clockYear);
        boolean buddhist = false;
        for (Integer y : years) {
            if (y == null || era.ce(y) == y) {
                continue;
            }
            // A year only the Buddhist era makes sense of; two-digit ones only on a Thai statement.
            if (era.ce(y) > clockYear + 1 || y < TWO_DIGIT_YEARS_END && !thai) {
                return null;
            }
            buddhist = true;
        }
        return buddhist ? era : null;
    }

    /** The statement's years of the tables and their summary: rows, period, statement date. */
    static List<Integer> years(List<RawDate> rowDates, MetadataReader.Raw meta) {
        List<Integer> years = new ArrayList<>();
        rowDates.forEach(d -> years.add(d.year()));
        for (RawDate d : new RawDate[] {meta.periodStart(), meta.periodEnd(), meta.statementDate()}) {
            years.add(d == null ? null : d.year());
        }
        years.add(meta.printedYear());
        return years;
    }

    /**
     * The Common-Era year: a four-digit Buddhist year less 543, a two-digit one (read as 20yy) ahead of the clock
     * less 43; any other year (a Common-Era year printed beside them) as it is.
     */
    int ce(int year) {
        if (year >= FIRST_BUDDHIST_YEAR) {
            return year - OFFSET;
        }
        return year > clockYear + 1 && year < TWO_DIGIT_YEARS_END ? year - TWO_DIGIT_OFFSET : year;
    }

    RawDate ce(RawDate d) {
        return d == null || d.year() == null || ce(d.year()) == d.year() ? d
                : new RawDate(d.first(), d.second(), ce(d.year()), d.monthKnown(), d.bare(), false);
    }

    List<TableEvent> rows(List<TableEvent> events) {
        return TableEvent.withRowDates(events, this::ce);
    }

    MetadataReader.Raw meta(MetadataReader.Raw m) {
        return new MetadataReader.Raw(m.account(), m.currency(), ce(m.periodStart()), ce(m.periodEnd()), m.opening(),
                m.closing(), ce(m.statementDate()), m.printedYear() == null ? null : ce(m.printedYear()), m.cycleDays());
    }
}
