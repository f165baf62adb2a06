package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Account and currency labels of Turkmen and Faroese statements. */
class TurkmenFaroeseLabelsTest {

    @Test
    void theLabelsNameTheAccount() {
        assertThat(account(new PageSketch(1).line(40, "Hasap belgisi", 120, ": 23201934100123456789"))).isEqualTo("****6789");
        assertThat(account(new PageSketch(1).line(40, "Kontunummar", 118, ": 9181 0001234567"))).isEqualTo("****4567");
    }

    @Test
    void theHoldersAndTheKindAreNoAccount() {
        assertThat(account(new PageSketch(1).line(40, "Hasap eýesi", 120, ": ORAZOWA AÝNA")
                .line(40, "Kontuslag", 118, ": Lønarkonta"))).isNull();
    }

    @Test
    void theTurkmenLabelNamesTheCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Walýuta", 120, ": TMT (manat)"))).isEqualTo("TMT");
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }
}
