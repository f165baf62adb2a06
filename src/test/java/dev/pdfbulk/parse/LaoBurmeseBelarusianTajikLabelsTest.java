package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Account and currency labels of Lao, Burmese and Tajik statements; Belarusian and Tajik periods. */
class LaoBurmeseBelarusianTajikLabelsTest {

    @Test
    void theLabelsNameTheAccount() {
        assertThat(account(new PageSketch(1).line(40, "ເລກບັນຊີ", 190, ":", 195, "010-12-00-01234567-001"))).isEqualTo("****7001");
        assertThat(account(new PageSketch(1).line(40, "စာရင်းအမှတ်", 190, ":", 195, "27330127300452601"))).isEqualTo("****2601");
        assertThat(account(new PageSketch(1).line(40, "Рақами ҳисоб:", 150, "20202972400012345678"))).isEqualTo("****5678");
    }

    @Test
    void aTajikAccountsHolderAndKindAreNoAccount() {
        assertThat(account(new PageSketch(1).line(40, "Соҳиби ҳисоб:", 150, "НАЗАРОВА МАДИНА")
                .line(40, "Навъи ҳисоб:", 150, "Ҳисоби ҷорӣ"))).isNull();
    }

    @Test
    void theLabelsNameTheCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "ສະກຸນເງິນ", 190, ":", 195, "LAK"))).isEqualTo("LAK");
        assertThat(currency(new PageSketch(1).line(40, "ငွေကြေး", 190, ":", 195, "MMK"))).isEqualTo("MMK");
        assertThat(currency(new PageSketch(1).line(40, "Асъор:", 150, "TJS (сомонӣ)"))).isEqualTo("TJS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ВЫПІСКА ПА РАХУНКУ за перыяд з 01.06.2025 па 30.06.2025 | 2025-06-01 | 2025-06-30",
        "ИҚТИБОС АЗ ҲИСОБИ БОНКӢ аз 01.06.2025 то 30.06.2025 | 2025-06-01 | 2025-06-30"})
    void aPeriodBetweenItsRangeWords(String text, LocalDate start, LocalDate end) {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1).line(40, text).page()));
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(start);
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(end);
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }

    private static String currency(PageSketch p) {
        return CurrencyLabel.in(Line.of(p.page()));
    }
}
