package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account and currency as Russian, Kazakh and Serbian statements label them. */
class CyrillicMetadataTest {

    @Test
    void theAccountLabelledInTheGenitive() {
        assertThat(read(new PageSketch(1).line(40, "Номер счета:", 130, "KZ48722S000023591184")).account())
                .isEqualTo("****1184");
        assertThat(read(new PageSketch(1).line(330, "Број рачуна:", 410, "160-0000012345678-91")).account())
                .isEqualTo("****7891");
        assertThat(read(new PageSketch(1).line(40, "Broj računa: 2500009876543210")).account()).isEqualTo("****3210");
    }

    @Test
    void serbianValutaAndTheTengeNameTheCurrency() {
        assertThat(read(new PageSketch(1).line(330, "Валута:", 410, "RSD")).currency()).isEqualTo("RSD");
        assertThat(read(new PageSketch(1).line(40, "Валюта счета:", 130, "тенге")).currency()).isEqualTo("KZT");
    }

    private static MetadataReader.Raw read(PageSketch p) {
        return MetadataReader.read(Line.of(p.page()));
    }
}
