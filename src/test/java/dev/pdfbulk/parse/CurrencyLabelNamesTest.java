package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Currencies named under a label in words a code table does not hold: the Azerbaijani label "Valyuta", the Macedonian
 * denar's Cyrillic "МКД", and the Spanish "Dólares" alone in its cell (the US dollar; "dólares canadienses" names none).
 */
class CurrencyLabelNamesTest {

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }

    @Test
    void theAzerbaijaniLabelNamesTheCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Valyuta:", 160, "AZN", 400, "Dövrün əvvəlinə qalıq")))
                .isEqualTo("AZN");
    }

    @Test
    void theDenarsCyrillicCodeIsMkd() {
        assertThat(currency(new PageSketch(1).line(40, "Валута:", 160, "МКД", 400, "Вкупно задолжување")))
                .isEqualTo("MKD");
    }

    @Test
    void dollarsAloneUnderTheSpanishLabelAreTheUsDollar() {
        assertThat(currency(new PageSketch(1).line(40, "Cuenta de Ahorros No. 2205123456 Moneda: Dólares")))
                .isEqualTo("USD");
        assertThat(currency(new PageSketch(1).line(40, "MONEDA: DÓLARES", 400, "Saldo anterior"))).isEqualTo("USD");
    }

    @Test
    void lempirasAreHondurasCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Moneda", 125, ": LEMPIRAS"))).isEqualTo("HNL");
    }

    @Test
    void anotherCountrysDollarsOrABareSignNameNone() {
        assertThat(currency(new PageSketch(1).line(40, "Moneda: Dólares canadienses"))).isNull();
        assertThat(currency(new PageSketch(1).line(40, "Moneda: $"))).isNull();
    }
}
