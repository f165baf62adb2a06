package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date followed by the same day in brackets in another calendar (Japan Post's "令和7年5月1日（2025年5月1日）", the
 * Reiwa era's day then the Common Era's) is one date of the period, glued to its range or not.
 */
class BracketedSameDayTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "照会期間 令和7年5月1日（2025年5月1日）〜令和7年5月31日（2025年5月31日） | 2025-05-01 | 2025-05-31",
        "照会期間：令和7年5月1日（2025年5月1日）～令和7年5月31日（2025年5月31日） | 2025-05-01 | 2025-05-31",
        "照会期間 令和7年5月1日（2025年5月1日） 〜 令和7年5月31日（2025年5月31日） | 2025-05-01 | 2025-05-31"})
    void theBracketedDayIsTheSameDate(String text, LocalDate start, LocalDate end) {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1).line(40, text).page()));
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(start);
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(end);
    }
}
