package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A mobile wallet's account is its holder's phone number, printed with the country's calling code first. */
class WalletAccountNumberTest {

    @Test
    void aCallingCodeBeforeTheNumberIsPartOfIt() {
        assertThat(account(new PageSketch(1).line(40, "Numéro de compte", 122, ": +225 07 08 45 21 36"))).isEqualTo("****2136");
        assertThat(account(new PageSketch(1).line(40, "Account number:", 122, "+254 722 418 093"))).isEqualTo("****8093");
    }

    @Test
    void aPlusWithNoNumberAfterItIsNoAccount() {
        assertThat(account(new PageSketch(1).line(40, "Account number:", 122, "+225 PREMIUM"))).isNull();
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }
}
