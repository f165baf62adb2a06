package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Account and currency labels of Albanian, Armenian (ended by "՝", the colon's part) and Uzbek statements. */
class AlbanianArmenianUzbekLabelsTest {

    @Test
    void theLabelsNameTheAccount() {
        assertThat(account(new PageSketch(1).line(40, "Հաշվեհամար՝", 140, "2470012345670010"))).isEqualTo("****0010");
        assertThat(account(new PageSketch(1).line(40, "Hisob raqami:", 130, "20206000904512345001"))).isEqualTo("****5001");
    }

    @Test
    void theLabelsNameTheCurrency() {
        assertThat(CurrencyLabel.in(Line.of(new PageSketch(1).line(40, "Monedha:", 135, "ALL").page()))).isEqualTo("ALL");
        assertThat(CurrencyLabel.in(Line.of(new PageSketch(1).line(40, "Արժույթ՝", 140, "AMD").page()))).isEqualTo("AMD");
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }
}
