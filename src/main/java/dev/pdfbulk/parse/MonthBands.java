package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows dated by their weekday and day alone ("Tue 13"), under a band naming their month ("May 2025", "June 2025
 * (continued)", or "June" with no year): each row's day is rewritten as its full date ("13-May-2025", "13-May" where
 * the band prints no year, the period's year then), and the bands dropped, so the table reads the rows as dated.
 * Where a band prints its year, every weekday must be its date's (13 May 2025 was a Tuesday), else the page stays as
 * printed. Keeps the band last seen for the next page's rows: one instance per statement, not thread-safe.
 */
final class MonthBands {

    // Fewer such rows on a page are no such layout.
    private static final int MIN_ROWS = 3;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    // The band above the last page's last row: its month (1-12, 0 for none) and year (0 where none printed).
    private int month;
    private int year;

    /** The page with its weekday-dated rows given their band's month, or the page itself where it holds no such rows. */
    PageText rewrite(PageText page) {
        if (!anyWeekday(page.words())) {
            return page;
        }
        int m = month;
        int y = year;
        List<Word> bands = new ArrayList<>();
        Map<Word, Word> dated = new IdentityHashMap<>();
        for (Line line : Line.of(page)) {
            List<Word> words = line.words();
            int[] band = band(words);
            if (band != null) {
                m = band[0];
                y = band[1];
                bands.addAll(words);
                continue;
            }
            DayOfWeek weekday = words.size() >= 3 ? DayHeading.weekday(words.get(0).text()) : null;
            int day = weekday == null || m == 0 ? 0 : day(words.get(1).text());
            // "Thursday, 1 May 2025": a weekday before a whole date, which the table reads as it is.
            if (day == 0 || MonthNames.month(words.get(2).text()) != null || isYear(words.get(2).text())) {
                continue;
            }
            if (!fits(weekday, day, m, y)) {
                return page;
            }
            Word w = words.get(1);
            String date = day + "-" + MONTHS[m - 1] + (y == 0 ? "" : "-" + y);
            dated.put(w, new Word(date, w.x(), w.y(), w.width(), w.height(), w.space()));
        }
        if (dated.size() < MIN_ROWS) {
            return page;
        }
        month = m;
        year = y;
        Map<Word, Boolean> dropped = new IdentityHashMap<>();
        bands.forEach(w -> dropped.put(w, true));
        List<Word> words = new ArrayList<>(page.words().size());
        for (Word w : page.words()) {
            if (!dropped.containsKey(w)) {
                words.add(dated.getOrDefault(w, w));
            }
        }
        return new PageText(page.number(), page.pageCount(), page.width(), page.height(), words);
    }

    // Most pages name no weekday: they skip the grouping into lines.
    private static boolean anyWeekday(List<Word> words) {
        for (Word w : words) {
            // Amounts and dates, most of a page's words, start with no letter: not worth folding.
            if (!w.text().isEmpty() && Character.isLetter(w.text().charAt(0)) && DayHeading.weekday(w.text()) != null) {
                return true;
            }
        }
        return false;
    }

    // A band: a month word, maybe its year, maybe "(continued)"; {month, year or 0}, or null.
    private static int[] band(List<Word> words) {
        if (words.isEmpty() || words.size() > 3) {
            return null;
        }
        Integer m = MonthNames.month(words.get(0).text());
        if (m == null) {
            return null;
        }
        int next = 1;
        int y = 0;
        if (next < words.size() && isYear(words.get(next).text())) {
            y = Integer.parseInt(words.get(next).text());
            next++;
        }
        if (next < words.size() && Folding.fold(words.get(next).text()).matches("\\(?(?:continued|cont\\.?)\\)?")) {
            next++;
        }
        return next == words.size() ? new int[] {m, y} : null;
    }

    // A day of a month, "1" to "31", or 0.
    private static int day(String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        int d = Integer.parseInt(text);
        return d <= 31 ? d : 0;
    }

    // The day exists in the month, and where the year is known falls on the weekday printed.
    private static boolean fits(DayOfWeek weekday, int day, int m, int y) {
        if (day < 1 || day > Month.of(m).maxLength()) {
            return false;
        }
        try {
            return y == 0 || LocalDate.of(y, m, day).getDayOfWeek() == weekday;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isYear(String text) {
        return text.length() == 4 && (text.startsWith("19") || text.startsWith("20"))
                && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
