package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    @org.junit.jupiter.api.Test
    void thePreChecksNeverRejectWhatThePatternAccepts() {
        String[] tokens = {"USD", "US$", "C$", "CAD", "CARD", "kr", "Fr.", "$", "€", "£", "-", "+", "\u2212", "(", ")",
            "1", "12", "123", "1,234", "1.234", ".56", ",56", "00", "CR", "Dr", "OD", " ", " ", "Payment", "x", "\u00a0"};
        java.util.Random random = new java.util.Random(5);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            String s = RandomPhrases.of(random, tokens, 1, 6).strip();
            if (!s.isEmpty() && AmountPatternTest.REGEX.matcher(s).matches()) {
                accepted++;
                assertThat(AmountParser.hasCents(s) && AmountParser.mayStart(s)).as("[%s]", s).isTrue();
            }
        }
        assertThat(accepted).isGreaterThan(1000);
    }

    @org.junit.jupiter.api.Test
    void theCentsPreCheckIsTheRegexItReplaced() {
        java.util.regex.Pattern cents = java.util.regex.Pattern.compile("\\d[.,]\\d\\d");
        java.util.Random random = new java.util.Random(11);
        String alphabet = "09.,5 -٣$";
        for (int n = 0; n < 50_000; n++) {
            String text = RandomPhrases.of(random, alphabet.split(""), 0, 9);
            assertThat(AmountParser.hasCents(text)).as("[%s]", text)
                    .isEqualTo(cents.matcher(text).find());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "1,234.56       | 1234.56 | NONE",
            "1.234,56       | 1234.56 | NONE",
            "1 234,56       | 1234.56 | NONE",
            "-1,234.56      | 1234.56 | MINUS",
            "(1,234.56)     | 1234.56 | MINUS",
            "1,234.56-      | 1234.56 | MINUS",
            "1.234,56+      | 1234.56 | PLUS",
            "1,234.56 CR    | 1234.56 | CR",
            "1,234.56 DR    | 1234.56 | DR",
            "19.42 D        | 19.42   | DR",
            "19.42 C        | 19.42   | CR",
            "$1,234.56      | 1234.56 | NONE",
            "($63.52)       | 63.52   | MINUS",
            "-$5.00         | 5.00    | MINUS",
            "£4,293.77      | 4293.77 | NONE",
            "€ 12,50        | 12.50   | NONE",
            "EUR 45.00      | 45.00   | NONE",
            "ZMW 17,842.15  | 17842.15 | NONE",
            "KGS 1 234,56   | 1234.56 | NONE",
            "HNL 24,318.45  | 24318.45 | NONE",
            "VES 45.842,37  | 45842.37 | NONE",
            "569,62 EUR     | 569.62  | NONE",
            "12.50 USD CR   | 12.50   | CR",
            "0.07           | 0.07    | NONE",
            "1,234,567.89   | 1234567.89 | NONE",
            "1.234.567,89-  | 1234567.89 | MINUS",
            "−3.00          | 3.00    | MINUS",
            "14\u2019820.55 | 14820.55 | NONE",
            "14\u02bc820.55 | 14820.55 | NONE",
            "1\u2009234,56  | 1234.56 | NONE",
            "-1\u202f234,56 | 1234.56 | MINUS",
    })
    void readsEveryPrintedForm(String text, String magnitude, Amount.Mark mark) {
        Amount a = AmountParser.parse(text).orElseThrow();
        assertThat(a.magnitude()).isEqualByComparingTo(new BigDecimal(magnitude));
        assertThat(a.magnitude().scale()).isEqualTo(2);
        assertThat(a.mark()).isEqualTo(mark);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC", "1234", "12/08", "03.01.2025", "1.1234", "(12.00", "-12.00-", "REF 12.50",
            "Page 1 of 2", "2025"})
    void rejectsWhatIsNotMoney(String text) {
        assertThat(AmountParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "9,45,310.50      | 945310.50   | NONE",
            "1,23,45,678.00   | 12345678.00 | NONE",
            "(12,34,567.89)   | 1234567.89  | MINUS",
            "1,00,000.00 CR   | 100000.00   | CR",
            "INR 1,00,000.00  | 100000.00   | NONE",
    })
    void readsIndianLakhAndCroreGrouping(String text, String magnitude, Amount.Mark mark) {
        Amount a = AmountParser.parse(text).orElseThrow();
        assertThat(a.magnitude()).isEqualTo(new BigDecimal(magnitude));
        assertThat(a.mark()).isEqualTo(mark);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "12,500         | 12500    | NONE",
            "¥12,500        | 12500    | NONE",
            "¥500           | 500      | NONE",
            "500 JPY        | 500      | NONE",
            "-¥1,200        | 1200     | MINUS",
            "(1,352,800)    | 1352800  | MINUS",
            "12,500 CR      | 12500    | CR",
            "1.234.567      | 1234567  | NONE",
            "12,34,500      | 1234500  | NONE",
            "HUF 15 000     | 15000    | NONE",
            "1,234.56       | 1234.56  | NONE",
    })
    void readsAmountsWithoutMinorUnitsInAMoneyPlace(String text, String magnitude, Amount.Mark mark) {
        Amount a = AmountParser.parseInMoneyPlace(text).orElseThrow();
        assertThat(a.magnitude()).isEqualTo(new BigDecimal(magnitude));
        assertThat(a.mark()).isEqualTo(mark);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,500", "¥12,500", "1.234.567", "12,34,500"})
    void amountsWithoutMinorUnitsNeedTheirPlace(String text) {
        assertThat(AmountParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "2025", "7654321", "4111111111111111", "42", "0", "01,234", "00.500",
            "12,5000", "REF 12,500", "1234 5678", "12/08", "03.01.2025", "Page 1 of 2", "-1234", "1,234.5"})
    void plainIntegersAreNoAmountEvenInAMoneyPlace(String text) {
        assertThat(AmountParser.parseInMoneyPlace(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"$1.00,USD", "£1.00,GBP", "1.00 €,EUR", "CHF 1.00,CHF", "'HK$12,450.00',HKD", "-HK$7.25,HKD"})
    void recognisesCurrency(String text, String currency) {
        assertThat(AmountParser.parse(text).orElseThrow().currency()).isEqualTo(currency);
    }
}
