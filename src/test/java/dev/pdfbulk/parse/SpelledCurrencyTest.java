package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A currency spelled out in brackets as what a box's amounts are in: "(en dollars canadiens)". */
class SpelledCurrencyTest {

    private static String currency(PageSketch page) {
        return MetadataReader.read(Line.of(page.page())).currency();
    }

    @Test
    void theDollarsABoxIsInNameTheCurrency() {
        assertThat(currency(new PageSketch(1).line(300, "Sommaire du compte (en dollars canadiens)")
                .line(300, "Solde précédent", 480, "3 418,72").line(300, "Frais de service du mois : 12,95 $")))
                .isEqualTo("CAD");
        assertThat(currency(new PageSketch(1).line(300, "Account summary (in Canadian dollars)")
                .line(300, "Opening balance", 480, "3,418.72"))).isEqualTo("CAD");
    }

    @Test
    void dollarsOfNoCountryOrAForeignAmountNameNone() {
        assertThat(currency(new PageSketch(1).line(300, "Account summary (in dollars)")
                .line(300, "Opening balance", 480, "3,418.72"))).isNull();
        assertThat(SpelledCurrency.of(Line.of(new PageSketch(1).line(40, "U.S. DOLLAR 64.50").page()).get(0)))
                .isNull();
    }
}
