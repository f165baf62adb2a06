package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Japan Post's money columns, each with its unit in full-width parentheses: "お支払金額（円）", in yen. */
class YenHeaderUnitTest {

    private static String currency(String header) {
        return HeaderCurrency.code(HeaderCurrency.unit(header));
    }

    @Test
    void theYenInFullWidthParenthesesIsTheColumnsUnit() {
        assertThat(currency("お支払金額（円）")).isEqualTo("JPY");
        assertThat(currency("現在高(円)")).isEqualTo("JPY");
    }

    @Test
    void theYenSignOrAColumnWithoutAUnitNamesNone() {
        assertThat(currency("金額（¥）")).isNull();
        assertThat(currency("お取扱内容")).isNull();
    }
}
