package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row's day in another calendar printed beside the Gregorian date (Al Rajhi's Hijri date, Nepal's Bikram Sambat):
 * never the row's date, the period's end or text.
 */
class OtherCalendarDatesTest {

    @Test
    void theHijriDateBesideTheGregorianOneInItsCellIsNoTextAndTheTableIsRead() throws Exception {
        // given: "03/07/2025 1447/01/07" under one "Date" header, the Hijri date left of the description column
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 160, "Description", 380, "Debit", 455, "Credit", 530, "Balance").gap(4)
                .cell(160, "Opening Balance").right(555, "1,000.00").next()
                .cell(40, "03/07/2025").cell(92, "1447/01/07").cell(160, "POS Purchase RIYADH").right(405, "100.00")
                        .right(555, "900.00").next()
                .cell(40, "05/07/2025").cell(92, "1447/01/09").cell(160, "Salary Deposit").right(480, "50.00")
                        .right(555, "950.00").next()
                .cell(40, "06/07/2025").cell(160, "ATM Withdrawal").right(405, "20.00").right(555, "930.00").next()
                .cell(160, "Closing Balance").right(555, "930.00").next());

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("POS Purchase RIYADH", "Salary Deposit", "ATM Withdrawal");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 7, 3),
                LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 6));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Date (BS)", "Miti", "Hijri Date"})
    void aColumnOfTheOtherCalendarIsAnotherDate(String header) {
        assertThat(HeaderVocabulary.kindOf(header)).isEqualTo(ColumnKind.OTHER_DATE);
    }

    @Test
    void aBikramSambatColumnPrintedFirstNeverDatesTheRows() throws Exception {
        // given: Nabil's "Date (BS) | Date (AD) | Description | Debit | Credit | Balance"
        Statement s = parse(new PageSketch(1)
                .line(40, "Date (BS)", 100, "Date (AD)", 160, "Description", 380, "Debit", 455, "Credit", 530, "Balance")
                .gap(4)
                .cell(160, "OPENING BALANCE").right(555, "1,000.00").next()
                .cell(40, "2082-02-22").cell(100, "2025-06-05").cell(160, "ATM WDL DURBARMARG").right(405, "100.00")
                        .right(555, "900.00").next()
                .cell(40, "2082-02-30").cell(100, "2025-06-13").cell(160, "SALARY CREDIT").right(480, "50.00")
                        .right(555, "950.00").next()
                .cell(160, "CLOSING BALANCE").right(555, "950.00").next());

        // then
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 13));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDateMarkedBsIsNoPeriodEndAndFromDateToDateLabelTheEnds() {
        // given: "From Date : 2025-06-01 (2082-02-18 BS)" over "To Date : 2025-06-30 (2082-03-16 BS)"
        MetadataReader.Raw meta = MetadataReader.read(Line.of(new PageSketch(1)
                .line(315, "From Date", 390, ": 2025-06-01 (2082-02-18 BS)")
                .line(315, "To Date", 390, ": 2025-06-30 (2082-03-16 BS)").page()));

        // then
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 6, 30));
    }
}
