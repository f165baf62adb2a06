package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ISO code of a currency whose "$" alone is no one currency, named outside the table, is the statement's. */
class CaribbeanCurrencyCodesTest {

    private static String currency(PageSketch page) {
        return MetadataReader.read(Line.of(page.page())).currency();
    }

    @Test
    void aCodeInTheAccountTypeNamesTheCurrency() {
        // Republic Bank (Trinidad and Tobago): the code only in parentheses after the account's type.
        assertThat(currency(new PageSketch(1).line(330, "ACCOUNT NUMBER:  160-482913-501")
                .line(330, "ACCOUNT TYPE:  PREMIUM CHEQUING (TTD)")
                .line(40, "BALANCE B/F", 500, "14,286.35"))).isEqualTo("TTD");
        assertThat(currency(new PageSketch(1).line(330, "Savings account in UYU")
                .line(40, "Saldo anterior", 500, "48.215,60"))).isEqualTo("UYU");
        assertThat(currency(new PageSketch(1).line(330, "Account currency JMD")
                .line(40, "Opening Balance", 500, "186,540.25"))).isEqualTo("JMD");
    }
}
