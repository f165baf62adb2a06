package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A currency's Chinese name starting a money column's name: "新臺幣金額" (the amount in New Taiwan dollars). */
class ChineseCurrencyNameHeaderTest {

    private static String currency(String header) {
        return HeaderCurrency.code(HeaderCurrency.unit(header));
    }

    @Test
    void theNameStartingTheColumnsNameIsItsUnit() {
        assertThat(currency("新臺幣金額")).isEqualTo("TWD");
        assertThat(currency("新台幣金額")).isEqualTo("TWD");
        assertThat(currency("人民币金额")).isEqualTo("CNY");
    }

    @Test
    void aColumnNamingNoCurrencyNamesNone() {
        assertThat(currency("消費明細")).isNull();
        assertThat(currency("交易金额")).isNull();
    }
}
