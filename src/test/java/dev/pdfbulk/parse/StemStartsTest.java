package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StemStartsTest {

    // Stems of the kinds BalanceWords holds: Latin, Greek, Cyrillic, Arabic, with a slash, with inner and trailing spaces,
    // two sharing a first character, one inside another.
    private static final List<String> STEMS = List.of("balance", "saldo", "solde", "so du", "b/f", "staða i ",
            "υπολοιπο", "остаток", "نقل ", "رصيد", "bal", "ba");

    // The definition: the stems searched one by one.
    private static boolean containsAny(List<String> stems, String text) {
        for (String stem : stems) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void findsAStemAnywhereInTheText() {
        StemStarts stems = new StemStarts(STEMS.toArray(String[]::new));
        assertThat(stems.in("balance brought forward")).isTrue();
        assertThat(stems.in("opening saldo")).isTrue();
        assertThat(stems.in("xb/f")).isTrue();
        assertThat(stems.in("staða i upphafi")).isTrue();
        assertThat(stems.in("staða")).isFalse();
        assertThat(stems.in("предыдущий остаток")).isTrue();
        assertThat(stems.in("نقل به صفحه بعد")).isTrue();
        assertThat(stems.in("card payment")).isFalse();
        assertThat(stems.in("b")).isFalse();
        assertThat(stems.in("")).isFalse();
    }

    @Test
    void answersAsTheStemsSearchedOneByOne() {
        answersAsTheContainsLoop(STEMS);
    }

    @Test
    void answersAsTheContainsLoopWithStemsOfOneCharacter() {
        // A stem of one character is found anywhere, the last character too.
        StemStarts stems = new StemStarts("ab", "é", "€");
        assertThat(stems.in("x€")).isTrue();
        assertThat(stems.in("é")).isTrue();
        assertThat(stems.in("a")).isFalse();
        answersAsTheContainsLoop(List.of("ab", "é", "€", "so du", "b/f", "остаток"));
    }

    private static void answersAsTheContainsLoop(List<String> list) {
        StemStarts stems = new StemStarts(list.toArray(String[]::new));
        // Texts made of the stems' characters and a few others, pieces of stems among them.
        String alphabet = "abcdflnorsuði /υπολοιποостатокنقلرصيد.1é€";
        Random random = new Random(27);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            while (text.length() < length) {
                if (random.nextInt(6) == 0) {
                    String stem = list.get(random.nextInt(list.size()));
                    text.append(stem, 0, 1 + random.nextInt(stem.length()));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String t = text.toString();
            boolean expected = containsAny(list, t);
            assertThat(stems.in(t)).as(t).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isBetween(10_000, 190_000);
    }

    @Test
    void refusesAnEmptyStem() {
        assertThatThrownBy(() -> new StemStarts("saldo", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
