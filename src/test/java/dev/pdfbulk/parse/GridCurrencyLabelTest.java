package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A currency label in a grid with no colon, its code in capitals in the next cell ("Mynt  ISK", Arion's; "Währung
 * CHF"), names that code, as "Currency  KES" does.
 */
class GridCurrencyLabelTest {

    @Test
    void aLabelWithItsCodeBesideItNamesTheCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Hverfisgata 42", 340, "Mynt", 420, "ISK"))).isEqualTo("ISK");
        assertThat(currency(new PageSketch(1).line(330, "Währung", 395, "CHF"))).isEqualTo("CHF");
    }

    @Test
    void noCodeOrACodeWithItsAmountNamesNone() {
        assertThat(currency(new PageSketch(1).line(340, "Mynt", 420, "krónur"))).isNull();
        assertThat(currency(new PageSketch(1).line(40, "Valuta USD 45,00"))).isNull();
        assertThat(currency(new PageSketch(1).line(40, "Dato", 100, "Tekst", 330, "Valuta", 470, "Beløb"))).isNull();
        assertThat(currency(new PageSketch(1).line(40, "Reikningur", 120, "ISK"))).isNull();
    }

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }
}
