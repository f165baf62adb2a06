package dev.pdfbulk.testing;

import dev.pdfbulk.testing.AmountStyle.Sign;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AmountStyleTest {

    private static final BigDecimal OUT = new BigDecimal("-1234.56");
    private static final BigDecimal IN = new BigDecimal("1234.56");

    @Test
    void printsEachSignConvention() {
        assertThat(AmountStyle.ENGLISH.signed(OUT)).isEqualTo("-1,234.56");
        assertThat(AmountStyle.ENGLISH.withSign(Sign.PARENTHESES).signed(OUT)).isEqualTo("(1,234.56)");
        assertThat(AmountStyle.ENGLISH.withSign(Sign.TRAILING_MINUS).signed(OUT)).isEqualTo("1,234.56-");
        assertThat(AmountStyle.GERMAN.signed(OUT)).isEqualTo("1.234,56-");
        assertThat(AmountStyle.GERMAN.signed(IN)).isEqualTo("1.234,56+");
        assertThat(AmountStyle.FRENCH.signed(OUT)).isEqualTo("-1 234,56");
        assertThat(AmountStyle.ENGLISH.withSign(Sign.CR_SUFFIX).signed(OUT)).isEqualTo("1,234.56 CR");
        assertThat(AmountStyle.ENGLISH.withSign(Sign.CR_SUFFIX).signed(IN)).isEqualTo("1,234.56");
        assertThat(AmountStyle.ENGLISH.withSign(Sign.DR_CR_SUFFIX).signed(IN)).isEqualTo("1,234.56 DR");
    }

    @Test
    void placesCurrencySymbolsAndCodes() {
        assertThat(AmountStyle.ENGLISH.withCurrency("£", true).signed(OUT)).isEqualTo("-£1,234.56");
        assertThat(AmountStyle.ENGLISH.withCurrency("$", true).withSign(Sign.PARENTHESES).signed(OUT))
                .isEqualTo("($1,234.56)");
        assertThat(AmountStyle.ENGLISH.withCurrency("EUR", true).unsigned(OUT)).isEqualTo("EUR 1,234.56");
        assertThat(AmountStyle.ENGLISH.withCurrency("EUR", false).signed(OUT)).isEqualTo("-1,234.56 EUR");
        assertThat(AmountStyle.FRENCH.withCurrency("€", false).unsigned(IN)).isEqualTo("1 234,56 €");
    }

    @Test
    void groupsLargeAndSmallNumbers() {
        assertThat(AmountStyle.ENGLISH.unsigned(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.80");
        assertThat(AmountStyle.ENGLISH.unsigned(new BigDecimal("0.05"))).isEqualTo("0.05");
        assertThat(AmountStyle.GERMAN.signed(new BigDecimal("100000"))).isEqualTo("100.000,00+");
    }

    @Test
    void printsDatesWithAndWithoutYear() {
        LocalDate date = LocalDate.of(2025, 12, 5);
        assertThat(DateStyle.D_MON.format(date)).isEqualTo("05 Dec");
        assertThat(DateStyle.MON_D.format(date)).isEqualTo("Dec 05");
        assertThat(DateStyle.MD_SLASH.format(date)).isEqualTo("12/05");
        assertThat(DateStyle.LONG_US.format(date)).isEqualTo("December 5, 2025");
        assertThat(DateStyle.DMY_DOT.format(date)).isEqualTo("05.12.2025");
        assertThat(DateStyle.DM_SLASH.hasYear()).isFalse();
        assertThat(DateStyle.D_MON_Y.hasYear()).isTrue();
    }
}
