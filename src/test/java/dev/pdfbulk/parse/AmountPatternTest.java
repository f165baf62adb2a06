package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AmountPatternTest {

    /**
     * The definition AmountPattern implements by hand: the regex AmountParser used before it, with the Indian
     * grouping (1,23,45,678.00) added as NUMBER's last alternative.
     */
    static final Pattern REGEX;
    /** The definition of {@link AmountPattern#matchWhole}: the same with NUMBER's decimal part left out. */
    static final Pattern WHOLE_REGEX;

    static {
        String grouped = "\\d{1,3}(?:[,.'\u2019\u02bc\u00a0\u202f\u2009 ]\\d{3})+|\\d+|\\d{1,2}(?:,\\d{2})+,\\d{3}";
        REGEX = amount("(?:" + grouped + ")(?:[.,]\\d{2})");
        WHOLE_REGEX = amount("(?:" + grouped + ")");
    }

    private static Pattern amount(String number) {
        String code = Arrays.stream(AmountPattern.CODES).map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
        return Pattern.compile("^(?<pre>" + code + ")?\\s?(?<lead>[-+\u2212]|\\()?\\s?(?<pre2>" + code + ")?\\s?(?<num>"
                + number + ")(?<close>\\))?\\s?(?<trail>[-+\u2212])?\\s?(?<post>" + code
                + ")?\\s?(?<crdr>CR|DR|Cr|Dr|cr|dr|O/D|o/d|OD|od|D|C|S|H|ΠΙΣΤ)?\\.?$");
    }

    private static void assertSameAsRegex(String s) {
        assertSame(REGEX, AmountPattern.match(s), s);
        assertSame(WHOLE_REGEX, AmountPattern.matchWhole(s), s);
    }

    private static void assertSame(Pattern regex, AmountPattern.Match match, String s) {
        Matcher m = regex.matcher(s);
        if (!m.matches()) {
            assertThat(match).as("[%s]", s).isNull();
            return;
        }
        assertThat(match).as("[%s]", s).isEqualTo(new AmountPattern.Match(m.group("pre"), m.group("lead"),
                m.group("pre2"), m.group("num"), m.group("close"), m.group("trail"), m.group("post"),
                m.group("crdr")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.56", "1.234,56", "1 234,56", "1234.56", "-1,234.56", "(1,234.56)", "1,234.56-",
        "1.234,56+", "1,234.56 CR", "1,234.56CR", "$1,234.56", "-$12.00", "$-12.00", "€ 1.234,56", "1.234,56 €",
        "USD 12.00", "12.00 USD", "US$12.00", "kr 1 234,56", "Fr. 12.50", "12.34 Dr.", "500,00 ΠΙΣΤ", "500,00ΠΙΣΤ", "12.34 OD", "443.18 O/D", "12.34O/D", "12.34 O/", "19.42 D", "19.42D", "19.42 C", "107,44 S", "1.304,93H", "12.00 SGD", "12.00 SEK S", "1'234.56",
        "1\u00a0234,56", "1\u202f234,56", "1\u2019234.56", "1\u02bc234.56", "1\u2009234,56", "\u221212.00",
        "1,234,567.89", "1.234.56", "12 34.56", "1,23",
        "12.345", "12.3", "CR 12.00", "12.00 CR DR", "--12.00", "(12.00", "12.00)", "$ $12.00", "CAD12.00",
        "12.00.", "12.00\t-", "1,234.56 1.00", "Card 12.34", "9,45,310.50", "1,23,45,678.00", "12,34,567.89 CR",
        "-1,23,456.00", "1,23,456", "1,23,45", "123,45,678.00", "1,2,345.00", "1,23,45,67.00", "1,23.456,00", "12,500",
        "¥12,500", "12,500 JPY", "1.234.567", "12 500", "500", "2025", "-12,500", "(12,500)", "1,23", "12,5000"})
    void matchesWhatTheRegexMatches(String s) {
        assertSameAsRegex(s);
    }

    @Test
    void matchesWhatTheRegexMatchesOnRandomPhrases() {
        String[] tokens = {"USD", "US$", "C$", "CAD", "kr", "Fr.", "$", "€", "£", "¥", "-", "+", "\u2212", "(", ")",
            "1", "12", "123", "1234", ",", ".", "'", "\u2019", "\u02bc", "\u2009", "\u00a0", "\u202f", " ", "\t", ",56",
            ".00", "000", "CR", "Dr",
            ",23", ",456",
            "od", "x", "C", "D", "U", "S", "H"};
        Random random = new Random(42);
        int matched = 0;
        int matchedWhole = 0;
        for (int n = 0; n < 300_000; n++) {
            String s = RandomPhrases.of(random, tokens, 1, 7);
            assertSameAsRegex(s);
            if (REGEX.matcher(s).matches()) {
                matched++;
            }
            if (WHOLE_REGEX.matcher(s).matches()) {
                matchedWhole++;
            }
        }
        assertThat(matched).isGreaterThan(1_000);
        assertThat(matchedWhole).isGreaterThan(1_000);
    }

    @Test
    void matchesWhatTheRegexMatchesOnRandomIndianGroupings() {
        String[] heads = {"1", "12", "123", "(", "-", "INR ", "1,23", "12,34"};
        String[] tokens = {"1", ",23", ",45", ",456", ",456", ",4567", ".00", ",00", " ", "-", ")", "CR"};
        Pattern lakh = Pattern.compile("\\d{1,2}(?:,\\d{2})+,\\d{3}");
        Random random = new Random(7);
        int lakhs = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = RandomPhrases.of(random, heads, 1, 2) + RandomPhrases.of(random, tokens, 1, 4);
            assertSameAsRegex(s);
            Matcher m = REGEX.matcher(s);
            if (m.matches() && lakh.matcher(m.group("num")).lookingAt()) {
                lakhs++;
            }
        }
        assertThat(lakhs).isGreaterThan(200);
    }
}
