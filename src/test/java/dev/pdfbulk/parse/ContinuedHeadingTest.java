package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A heading carried over a page break ("RESTAURANTS (continued)") is no wrapped text of the row before. */
class ContinuedHeadingTest {

    @Test
    void aHeadingCarriedOverAPageBreakIsNoWrappedText() {
        for (String title : new String[] {"RESTAURANTS (continued)", "Umsätze (Fortsetzung)", "LODGING (cont'd)"}) {
            assertThat(underHeader(title)).as(title).isFalse();
        }
        assertThat(underHeader("RESTAURANTS AND BARS")).isTrue();
    }

    private static boolean underHeader(String text) {
        PageSketch p = new PageSketch(2)
                .line(40, "Trans Date", 150, "Description", 540, "Amount")
                .line(40, text)
                .cell(40, "06/07").cell(150, "SHAKE SHACK NEW YORK NY").right(565, "28.94").next();
        List<Line> lines = Line.of(p.page());
        TableColumns columns = HeaderRow.columns(lines.get(0).words()).orElseThrow();
        return MarginWrap.underHeader(lines, 1, columns, 600);
    }
}
