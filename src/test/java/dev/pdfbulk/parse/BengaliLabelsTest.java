package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Account, currency and period labels of Bengali statements (their digits read as ASCII by then). */
class BengaliLabelsTest {

    @Test
    void theLabelNamesTheAccount() {
        assertThat(read(new PageSketch(1).line(40, "হিসাব নম্বর", 130, ": 0107 3401 012345")).account())
                .isEqualTo("****2345");
    }

    @Test
    void takaNamesTheCurrency() {
        assertThat(read(new PageSketch(1).line(40, "মুদ্রা", 130, ": টাকা")).currency()).isEqualTo("BDT");
    }

    @Test
    void thekeJoinsThePeriodsDates() {
        MetadataReader.Raw m = read(new PageSketch(1).line(40, "সময়কাল", 130, ": 01/06/2025 থেকে 30/06/2025"));
        assertThat(m.periodStart()).isNotNull();
        assertThat(m.periodEnd()).isNotNull();
    }

    @Test
    void theHoldersNameIsNoAccount() {
        assertThat(read(new PageSketch(1).line(40, "হিসাবধারীর নাম", 130, ": মোঃ রফিকুল ইসলাম")).account()).isNull();
    }

    private static MetadataReader.Raw read(PageSketch p) {
        return MetadataReader.read(Line.of(p.page()));
    }
}
