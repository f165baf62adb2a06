package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DayHeading#weekday} tells most words by their first two characters, with the answers of folding them all. */
class WeekdayWordTest {

    private static final String[] NAMES = {"monday", "tue", "Tues", "THURS", "mercredi", "miércoles", "sábado",
        "giovedì", "zondag", "VRIJDAG", "Sonntag", "jeudi", "domingo", "sun", "wed"};
    // Letters that fold to others (accents, the Turkish dotless and dotted i, the Kelvin sign, a combining mark).
    private static final String ODD = "éÉáÁìÍıİ\u212a\u0301ßøŁ0 .,-";

    // What weekday did before: every word folded and looked up.
    private static DayOfWeek folded(Map<String, DayOfWeek> names, String word) {
        if (word.isEmpty() || word.length() > 10) {
            return null;
        }
        char last = word.charAt(word.length() - 1);
        String w = last == '.' || last == ',' ? word.substring(0, word.length() - 1) : word;
        return w.isEmpty() ? null : names.get(Folding.fold(w));
    }

    @Test
    void namesTheDayOfEveryWordFoldingWould() throws Exception {
        var field = DayHeading.class.getDeclaredField("WEEKDAYS");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, DayOfWeek> names = (Map<String, DayOfWeek>) field.get(null);
        Random random = new Random(30);
        int days = 0;
        for (int i = 0; i < 200_000; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            StringBuilder word = new StringBuilder(name.substring(0, Math.min(name.length(), random.nextInt(12))));
            for (int k = random.nextInt(3); k > 0 && word.length() > 0; k--) {
                int at = random.nextInt(word.length() + 1);
                word.insert(at, random.nextBoolean() ? ODD.charAt(random.nextInt(ODD.length()))
                        : (char) ('A' + random.nextInt(58)));
            }
            if (random.nextInt(4) == 0) {
                word.append(random.nextBoolean() ? '.' : ',');
            }
            String s = random.nextInt(5) == 0 ? word.toString().toUpperCase(java.util.Locale.ROOT) : word.toString();
            DayOfWeek expected = folded(names, s);
            assertThat(DayHeading.weekday(s)).as("[%s]", s).isEqualTo(expected);
            days += expected != null ? 1 : 0;
        }
        assertThat(days).isGreaterThan(10_000);
        assertThat(DayHeading.weekday("Miércoles")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(DayHeading.weekday("SÁBADO,")).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(DayHeading.weekday("Mo")).isNull();
    }
}
