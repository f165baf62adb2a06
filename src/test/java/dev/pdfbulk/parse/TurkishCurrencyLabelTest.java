package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ziraat Bankası's "Para Birimi: TRY" (the unit of money) names the account's currency; "Birimi" alone names none. */
class TurkishCurrencyLabelTest {

    @Test
    void theUnitOfMoneyNamesTheCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Para Birimi", 135, ": TRY"))).isEqualTo("TRY");
        assertThat(currency(new PageSketch(1).line(40, "PARA BİRİMİ : TRY"))).isEqualTo("TRY");
        assertThat(currency(new PageSketch(1).line(40, "Ölçü Birimi: USD"))).isNull();
    }

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }
}
