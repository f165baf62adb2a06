package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line that holds only a date, perhaps after its weekday ("Thursday, 1 May 2025", "05 May 2025", "01/05/2025"),
 * set over the rows of that day, which print no date of their own: the heading dates the undated rows under it
 * until the next such line, and is itself no row and no description. Stateless and thread-safe.
 */
final class DayHeading {

    // Weekday names, folded, full and abbreviated, in the vocabulary's main languages, Monday first in each row.
    private static final String[][] WEEKDAY_NAMES = {
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
        {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
        {"mon", "tues", "wed", "thur", "fri", "sat", "sun"},
        {"mon", "tue", "wed", "thurs", "fri", "sat", "sun"},
        {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
        {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
        {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"},
        {"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"},
        {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}};
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    private static final boolean[] STARTS = starts();

    private DayHeading() {
    }

    /**
     * The date of a line that is a weekday followed by a date and nothing else, or null. A line that is a date
     * alone is read by the table's date rules already (under the date column, or leading the text).
     */
    static RawDate weekdayDate(List<Word> words) {
        if (words.size() < 2 || words.size() > LineClassifier.DATE_WORDS + 1) {
            return null;
        }
        // Every line of a table comes here: the trailing mark is stripped by hand, not with a regex compiled per call.
        if (!isWeekday(words.get(0).text())) {
            return null;
        }
        return DateParser.parse(Phrase.join(words, 1, words.size())).orElse(null);
    }

    /**
     * The words a weekday and the date after it take at the start of a cell ("Mon 06/02/2025", "Fri, 13 Jun
     * 2025"), or 0 when the cell starts no such pair.
     */
    static int weekdayBefore(List<Word> words) {
        if (words.size() < 2 || !isWeekday(words.get(0).text())) {
            return 0;
        }
        List<Word> rest = List.copyOf(words.subList(1, words.size()));
        int date = DatePrefix.of(rest, LineClassifier.DATE_WORDS);
        return date == 0 ? 0 : 1 + date;
    }

    private static boolean isWeekday(String word) {
        return weekday(word) != null;
    }

    /** The day of the week a word names ("Tue", "Tuesday,", "mardi"), or null. */
    static DayOfWeek weekday(String word) {
        if (word.isEmpty() || word.length() > 10) {
            return null;
        }
        char last = word.charAt(word.length() - 1);
        int n = last == '.' || last == ',' ? word.length() - 1 : word.length();
        if (n == 0 || !mayName(word, n)) {
            return null;
        }
        return WEEKDAYS.get(Folding.fold(n < word.length() ? word.substring(0, n) : word));
    }

    // Every page's words that start with a letter are asked (MonthBands), most of them no weekday: told by their first
    // two characters where both are ASCII, which folding only lower-cases, before the word is folded and looked up.
    private static boolean mayName(String word, int n) {
        char a = word.charAt(0);
        if (a >= 0x80 || n < 2) {
            return true;
        }
        char b = word.charAt(1);
        return b >= 0x80 || STARTS[Character.toLowerCase(a) << 7 | Character.toLowerCase(b)];
    }

    // The first two characters of the names, each pair at [first * 128 + second]; every name is folded ASCII.
    private static boolean[] starts() {
        boolean[] starts = new boolean[128 * 128];
        for (String name : WEEKDAYS.keySet()) {
            if (name.length() < 2 || name.charAt(0) >= 0x80 || name.charAt(1) >= 0x80) {
                throw new IllegalStateException("a weekday name that is not two ASCII characters or more: " + name);
            }
            starts[name.charAt(0) << 7 | name.charAt(1)] = true;
        }
        return starts;
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> days = new HashMap<>();
        for (String[] names : WEEKDAY_NAMES) {
            for (int d = 0; d < names.length; d++) {
                days.put(names[d], DayOfWeek.of(d + 1));
            }
        }
        return Map.copyOf(days);
    }

    /** Whether the line is a date heading: its date and no amount, no text. */
    static boolean is(TableLine line) {
        return line.marker() == null && line.date() != null && line.money().isEmpty() && line.description().isEmpty();
    }
}
