package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Account and period labels of Swahili statements. */
class SwahiliLabelsTest {

    @Test
    void theLabelNamesTheAccount() {
        assertThat(read(new PageSketch(1).line(40, "Namba ya akaunti", 130, ": 20110012345")).account())
                .isEqualTo("****2345");
    }

    @Test
    void hadiJoinsThePeriodsDates() {
        MetadataReader.Raw m = read(new PageSketch(1).line(40, "Kipindi", 130, ": 01/06/2025 hadi 30/06/2025"));
        assertThat(m.periodStart()).isNotNull();
        assertThat(m.periodEnd()).isNotNull();
    }

    private static MetadataReader.Raw read(PageSketch p) {
        return MetadataReader.read(Line.of(p.page()));
    }
}
