package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OptionIndexTest {

    // What OptionIndex replaces: the first option, in list order, that starts at pos.
    private static String scan(String[] options, String s, int pos) {
        for (String option : options) {
            if (s.startsWith(option, pos)) {
                return option;
            }
        }
        return null;
    }

    @Test
    void findsTheFirstOptionInListOrderWithinAFirstCharacter() {
        OptionIndex marks = new OptionIndex("CR", "DR", "D", "C");
        assertThat(marks.firstAt("12.00 CR", 6)).isEqualTo("CR");
        assertThat(marks.firstAt("12.00 C", 6)).isEqualTo("C");
        assertThat(marks.firstAt("12.00 D", 6)).isEqualTo("D");
        assertThat(marks.firstAt("12.00 X", 6)).isNull();
        assertThat(marks.firstAt("12.00", 5)).isNull();
        assertThat(new OptionIndex("C", "CR").firstAt("CR", 0)).isEqualTo("C");
    }

    @Test
    void findsOptionsBeyondLatin1() {
        OptionIndex codes = new OptionIndex("EUR", "€", "£", "\u20b9");
        assertThat(codes.firstAt("€12.00", 0)).isEqualTo("€");
        assertThat(codes.firstAt("\u20b912.00", 0)).isEqualTo("\u20b9");
        assertThat(codes.firstAt("£12.00", 0)).isEqualTo("£");
        assertThat(codes.firstAt("\u20ac", 1)).isNull();
    }

    @Test
    void agreesWithAScanOfTheWholeListOnRandomText() {
        String[] lists = {"USD EUR GBP US$ $ £ € ¥ C$ CAD HK$ Fr. kr", "CR DR Cr Dr cr dr OD od D C"};
        String alphabet = "USDEGBPCARHKFrk$£€¥.OodDc 12";
        Random random = new Random(7);
        for (String list : lists) {
            String[] options = list.split(" ");
            OptionIndex index = new OptionIndex(options);
            for (int i = 0; i < 50_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String s = text.toString();
                for (int pos = 0; pos <= s.length(); pos++) {
                    assertThat(index.firstAt(s, pos)).as("[%s] at %d", s, pos).isEqualTo(scan(options, s, pos));
                }
            }
        }
    }

    @Test
    void agreesWithAScanOfTheCurrencyCodesOnRandomText() {
        // Every character of the codes, and some whose second-character bits collide with theirs (64 apart: 'd', '$').
        StringBuilder chars = new StringBuilder("dx !\u0141 1a");
        for (String code : AmountPattern.CODES) {
            chars.append(code);
        }
        String alphabet = chars.toString();
        OptionIndex index = new OptionIndex(AmountPattern.CODES);
        Random random = new Random(28);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                text.append(random.nextInt(4) == 0 ? AmountPattern.CODES[random.nextInt(AmountPattern.CODES.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String s = text.toString();
            for (int pos = 0; pos <= s.length(); pos++) {
                assertThat(index.firstAt(s, pos)).as("[%s] at %d", s, pos).isEqualTo(scan(AmountPattern.CODES, s, pos));
            }
        }
    }
}
