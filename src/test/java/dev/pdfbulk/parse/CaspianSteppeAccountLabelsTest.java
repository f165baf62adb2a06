package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Account labels of Azerbaijani, Kazakh (beside the Russian) and Mongolian statements. */
class CaspianSteppeAccountLabelsTest {

    @Test
    void theLabelsNameTheAccount() {
        assertThat(account(new PageSketch(1).line(40, "Hesab:", 120, "AZ21AIIB38060019441187256114"))).isEqualTo("****6114");
        assertThat(account(new PageSketch(1).line(40, "Счет / Шот:", 140, "KZ52601A871008743916"))).isEqualTo("****3916");
        assertThat(account(new PageSketch(1).line(40, "Дансны дугаар:", 130, "5012348762"))).isEqualTo("****8762");
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }
}
