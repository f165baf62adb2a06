package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.Pattern;

/** A time of day as statements print it beside a date: "10:36", "10:36:12", "9:05 AM", "21.07h" is not one. */
final class TimeOfDay {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?([AaPp]\\.?[Mm]\\.?)?");
    private static final Pattern MERIDIEM = Pattern.compile("[AaPp]\\.?[Mm]\\.?");

    private TimeOfDay() {
    }

    /** The number of words from {@code from} that are one time of day ("10:36", "10:36 AM"); 0 when none. */
    static int startsAt(List<Word> words, int from) {
        // Most words hold no colon and skip the pattern.
        if (from >= words.size() || words.get(from).text().indexOf(':') < 0
                || !TIME.matcher(words.get(from).text()).matches()) {
            return 0;
        }
        boolean twelveHour = from + 1 < words.size() && MERIDIEM.matcher(words.get(from + 1).text()).matches();
        return twelveHour ? 2 : 1;
    }
}
