package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The month a Portuguese statement refers to ("Mês/ano referência: JUNHO/2025"): the whole month is the period. */
class ReferenceMonthPeriodTest {

    private static MetadataReader.Raw read(String text) {
        return MetadataReader.read(Line.of(new PageSketch(1).line(40, text).page()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mês/ano referência: JUNHO/2025 | 2025-06-01 | 2025-06-30",
        "MÊS DE REFERÊNCIA: FEVEREIRO 2024 | 2024-02-01 | 2024-02-29"})
    void theMonthReferredToIsThePeriod(String text, LocalDate start, LocalDate end) {
        MetadataReader.Raw meta = read(text);
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(start);
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(end);
    }

    @Test
    void aReferenceThatIsNoMonthNamesNoPeriod() {
        assertThat(read("Referência: JUNHO/2025 PIX").periodStart()).isNull();
        assertThat(read("Mês/ano referência: 06/2025").periodStart()).isNull();
    }
}
