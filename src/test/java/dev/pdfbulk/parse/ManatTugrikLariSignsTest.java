package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The signs and codes of the Azerbaijani manat, the Mongolian tögrög, the Georgian lari and the Macedonian denar. */
class ManatTugrikLariSignsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1 792.42 ₼|1792.42|AZN", "₼ 53.88|53.88|AZN", "1,284,500.00 ₮|1284500.00|MNT",
        "45.20 ₾|45.20|GEL", "46.820,00 MKD|46820.00|MKD", "12.50 AZN|12.50|AZN", "8,000.00 MNT|8000.00|MNT",
        "19.90 GEL|19.90|GEL"})
    void theSignOrCodeBesideAnAmountIsItsCurrency(String text, String value, String currency) {
        assertThat(AmountParser.parse(text)).hasValueSatisfying(a -> {
            assertThat(a.magnitude()).isEqualByComparingTo(value);
            assertThat(a.currency()).isEqualTo(currency);
        });
    }
}
