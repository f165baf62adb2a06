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

    /** The definition AmountPattern implements by hand: the regex AmountParser used before it. */
    static final Pattern REGEX;

    static {
        String code = Arrays.stream(AmountPattern.CODES).map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
        String number = "(?:\\d{1,3}(?:[,.'\u00a0\u202f ]\\d{3})+|\\d+)(?:[.,]\\d{2})";
        REGEX = Pattern.compile("^(?<pre>" + code + ")?\\s?(?<lead>[-+\u2212]|\\()?\\s?(?<pre2>" + code + ")?\\s?(?<num>"
                + number + ")(?<close>\\))?\\s?(?<trail>[-+\u2212])?\\s?(?<post>" + code
                + ")?\\s?(?<crdr>CR|DR|Cr|Dr|cr|dr|OD|od)?\\.?$");
    }

    private static void assertSameAsRegex(String s) {
        Matcher m = REGEX.matcher(s);
        AmountPattern.Match match = AmountPattern.match(s);
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
        "USD 12.00", "12.00 USD", "US$12.00", "kr 1 234,56", "Fr. 12.50", "12.34 Dr.", "12.34 OD", "1'234.56",
        "1\u00a0234,56", "1\u202f234,56", "\u221212.00", "1,234,567.89", "1.234.56", "12 34.56", "1,23",
        "12.345", "12.3", "CR 12.00", "12.00 CR DR", "--12.00", "(12.00", "12.00)", "$ $12.00", "CAD12.00",
        "12.00.", "12.00\t-", "1,234.56 1.00", "Card 12.34"})
    void matchesWhatTheRegexMatches(String s) {
        assertSameAsRegex(s);
    }

    @Test
    void matchesWhatTheRegexMatchesOnRandomPhrases() {
        String[] tokens = {"USD", "US$", "C$", "CAD", "kr", "Fr.", "$", "€", "£", "¥", "-", "+", "\u2212", "(", ")",
            "1", "12", "123", "1234", ",", ".", "'", "\u00a0", "\u202f", " ", "\t", ",56", ".00", "000", "CR", "Dr",
            "od", "x", "C", "U"};
        Random random = new Random(42);
        int matched = 0;
        for (int n = 0; n < 300_000; n++) {
            String s = RandomPhrases.of(random, tokens, 1, 7);
            assertSameAsRegex(s);
            if (REGEX.matcher(s).matches()) {
                matched++;
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }
}
