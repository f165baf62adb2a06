package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement's currency named by its ISO code outside the table. */
class StatementCurrencyTest {

    private static String currency(String label, String code) {
        PageSketch p = new PageSketch(1).line(320, label, 520, code).line(320, "Opening Balance", 520, "45,210.50");
        return MetadataReader.read(Line.of(p.page())).currency();
    }

    @Test
    void kenyanAndMalaysianCodesNameTheCurrency() {
        assertThat(currency("Currency", "KES")).isEqualTo("KES");
        assertThat(currency("Currency", "MYR")).isEqualTo("MYR");
    }

    @Test
    void aCodeOfWholeUnitsNamesNoCurrencyFromTheText() {
        // "KRW" may be a foreign amount's unit on a statement in cents: its whole won would fail the statement.
        assertThat(currency("Currency", "KRW")).isNull();
    }
}
