package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** VietinBank's "Loại tiền: VND" (the kind of money) names the account's currency; "tiền" alone names none. */
class VietnameseCurrencyLabelTest {

    @Test
    void theKindOfMoneyNamesTheCurrency() {
        assertThat(currency(new PageSketch(1).line(330, "Loại tiền: VND"))).isEqualTo("VND");
        assertThat(currency(new PageSketch(1).line(40, "Chuyen tien: USD"))).isNull();
    }

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }
}
