package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GluedHeaderWordsTest {

    @Test
    void aWordMadeOfTwoHeaderWordsPartsWhereTheSecondBegins() {
        assertThat(GluedHeaderWords.splitAt("IDDescription")).isEqualTo(2);
        assertThat(GluedHeaderWords.splitAt("DateDescription")).isEqualTo(4);
        assertThat(GluedHeaderWords.splitAt("BalanceCcy")).isEqualTo(7);
    }

    @Test
    void knownWordsOrdinaryWordsAndLowerCaseJoinsStayWhole() {
        assertThat(GluedHeaderWords.splitAt("Description")).isZero();
        assertThat(GluedHeaderWords.splitAt("Payments")).isZero();
        assertThat(GluedHeaderWords.splitAt("McDonalds")).isZero();
        assertThat(GluedHeaderWords.splitAt("PayPal")).isZero();
        assertThat(GluedHeaderWords.splitAt("datedescription")).isZero();
        assertThat(GluedHeaderWords.splitAt("2025Date")).isZero();
    }
}
