package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A currency label whose value is a local sign then the ISO code in brackets ("Valuta: KM (BAM)") names that code. */
class BracketedCurrencyCodeTest {

    @Test
    void theBracketedCodeAfterALocalSignIsTheCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Ul. Grbavička 34", 330, "Valuta: KM (BAM)"))).isEqualTo("BAM");
        assertThat(currency(new PageSketch(1).line(330, "Moneda: lei (RON)"))).isEqualTo("RON");
        // The code named first still wins; a bracketed word that is no code names none.
        assertThat(currency(new PageSketch(1).line(330, "DEVISE : MAD (DIRHAM)"))).isEqualTo("MAD");
        assertThat(currency(new PageSketch(1).line(330, "Valuta: KM (ABC)"))).isNull();
    }

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }
}
