package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods in wordings each read wrongly as no period before: brackets, Russian, Vietnamese, a glued label, two lines,
 * each end labelled in English then Arabic, a double hyphen between the dates, day/month-word/year dates, a label
 * glued to a glued range, Chinese 时间段, a statement titled by its month. */
class PeriodWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Statement of Account with Allied Irish Banks, p.l.c. (01 Aug 2025 to 31 Aug 2025) | 2025-08-01 | 2025-08-31",
        "Итого по операциям с 01.06.2024 по 30.06.2024 | 2024-06-01 | 2024-06-30",
        "Виписка за період з 01.06.2024 до 30.06.2024 | 2024-06-01 | 2024-06-30",
        "Từ ngày 01/06/2024 đến ngày 30/06/2024 | 2024-06-01 | 2024-06-30",
        "地址：臺北市信義區 對帳期間：113/06/01 ~ 113/06/30 | 2024-06-01 | 2024-06-30",
        "起始日期：20250601 结束日期：20250630 币种：人民币 | 2025-06-01 | 2025-06-30",
        "EUR statement 1 June 2024 [GMT+02:00] - 30 June 2024 [GMT+02:00] | 2024-06-01 | 2024-06-30",
        "2025-06-01 -- 2025-06-30 | 2025-06-01 | 2025-06-30",
        "Periodo: Del 01/ENE/2025 al 31/ENE/2025 | 2025-01-01 | 2025-01-31",
        // The label glued to a whole range glued at its tilde (PayPay Bank's 照会期間, the period inquired).
        "照会期間：2025年06月01日～2025年06月30日 | 2025-06-01 | 2025-06-30",
        // Alipay's 交易时间段 (transaction time span), each date with its time, 至 (to) between.
        "交易时间段：2025-06-01 00:00:00 至 2025-06-30 23:59:59 | 2025-06-01 | 2025-06-30",
        // WeChat Pay's 起始时间 and 终止时间 (start and end time), each a bracketed date and time after its colon.
        "起始时间：[2025-05-01 00:00:00]  终止时间：[2025-05-31 23:59:59] | 2025-05-01 | 2025-05-31",
        // A statement titled by its month (ING's).
        "Kontoauszug Juni 2024 | 2024-06-01 | 2024-06-30"})
    void aPeriodOnOneLine(String text, LocalDate start, LocalDate end) {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1).line(40, text).page()));
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(start);
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(end);
    }

    @Test
    void aStatementsNumberAfterItsTitleIsNoMonth() {
        // Sparkasse's "Kontoauszug 10/2025" is the tenth statement of 2025, whatever month it covers.
        assertThat(MetadataReader.read(Line.of(new PageSketch(1).line(40, "Kontoauszug 10/2025").page())).periodStart())
                .isNull();
        assertThat(MetadataReader.read(Line.of(new PageSketch(1).line(40, "Kontoauszug Nr. 6 2024").page()))
                .periodStart()).isNull();
    }

    @Test
    void aPeriodsStartAndEndEachOnALineOfItsOwn() {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(400, "Statement starts 17 April 2025")
                .line(400, "Statement ends 16 May 2025").page()));
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 5, 16));
    }

    @Test
    void startDateOverEndDateEachWithItsDate() {
        // GCB's account block: "Start Date:" over "End Date:", each label a cell apart from its date.
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(340, "Currency:", 410, "GHS")
                .line(340, "Start Date:", 410, "01-Mar-2025")
                .line(340, "End Date:", 410, "31-Mar-2025").page()));
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void eachEndLabelledInEnglishThenArabic() {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(400, "From من 01/04/2025")
                .line(400, "To إلى 30/04/2025").page()));
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    void aLatinWordBetweenTheLabelAndTheDateStillMakesItNoEnd() {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(400, "From branch 01/04/2025")
                .line(400, "To office 30/04/2025").page()));
        assertThat(meta.periodStart()).isNull();
    }

    @Test
    void eightDigitsAfterALabelNamingNoDateAreNoDate() {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "起始日期：20250601 账号：20250630").page()));
        assertThat(meta.periodStart()).isNull();
    }

    @Test
    void aTimeAfterAColonIsNoDate() {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Printed 01/06/2024 at 13:42 page 1").page()));
        assertThat(meta.periodStart()).isNull();
    }

    @Test
    void aWordedPeriodOnALaterPageDoesNotOutrankPageOnes() {
        // given: Chase's "Opening/Closing Date" on page 1, its year-end summary's "from ... to" on page 2
        java.util.List<Line> lines = new java.util.ArrayList<>(Line.of(new PageSketch(1)
                .line(340, "Opening/Closing Date", 480, "11/15/25 - 12/14/25").page()));
        lines.addAll(Line.of(new PageSketch(2).line(40, "Your spending from 12/15/24 to 12/14/25 by category").page()));

        MetadataReader.Raw meta = MetadataReader.read(lines);

        assertThat(meta.periodStart().resolve(RawDate.Order.MONTH_FIRST, 0)).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(meta.periodEnd().resolve(RawDate.Order.MONTH_FIRST, 0)).isEqualTo(LocalDate.of(2025, 12, 14));
    }

    @Test
    void aWordedPeriodOutranksABareOneOnTheSamePage() {
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Ref 01/05/25 - 02/05/25")
                .line(40, "Statement period from 06/01/25 to 06/30/25").page()));

        assertThat(meta.periodStart().resolve(RawDate.Order.MONTH_FIRST, 0)).isEqualTo(LocalDate.of(2025, 6, 1));
    }
}
