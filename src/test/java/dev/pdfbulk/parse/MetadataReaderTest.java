package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata read outside the table: the period, the statement date, and balances, above all in summary grids whose
 * labels wrap inside their cells. */
class MetadataReaderTest {

    // A grid row: label cells at x 40 and 200, values right-aligned at 180 and 330; a wrapped line is 9 pt down.
    private static final float WRAP = 9f;

    @Test
    void aValueLevelWithTheFirstLineOfAWrappedLabelIsItsValue() {
        PageSketch p = new PageSketch(1)
                .cell(40, "Previous").right(180, "HK$500.00").cell(200, "Payments").right(330, "HK$50.00").gap(WRAP)
                .cell(40, "balance").cell(200, "and").gap(WRAP)
                .cell(200, "credits").gap(WRAP);
        assertThat(value(read(p).opening())).isEqualByComparingTo("500.00");
    }

    @Test
    void aValueLevelWithTheLastLineOfAWrappedLabelIsItsValue() {
        PageSketch p = new PageSketch(1)
                .cell(200, "Payments").gap(WRAP)
                .cell(40, "Previous").cell(200, "and").gap(WRAP)
                .cell(40, "balance").right(180, "HK$500.00").cell(200, "credits").right(330, "HK$50.00").gap(WRAP);
        assertThat(value(read(p).opening())).isEqualByComparingTo("500.00");
    }

    @Test
    void aWrappedLabelWithAnEmptyValueCellDoesNotTakeTheNextPairsValue() {
        PageSketch p = new PageSketch(1)
                .cell(40, "Previous").cell(200, "Payments").right(330, "HK$50.00").gap(WRAP)
                .cell(40, "balance").cell(200, "and credits").gap(2 * WRAP)
                .cell(40, "New").right(180, "HK$80.00").cell(200, "Statement").right(330, "HK$530.00").gap(WRAP)
                .cell(40, "purchases").cell(200, "balance").gap(WRAP);
        MetadataReader.Raw meta = read(p);
        assertThat(meta.opening()).isNull();
        assertThat(value(meta.closing())).isEqualByComparingTo("530.00");
    }

    @Test
    void inAGridTighterThanAWrappedLineEachLabelPairsOnlyWithTheValueBesideItsOwnLines() {
        // The rows are so close that "credits" and "Statement" could be one cell: the value must still be its own row's.
        PageSketch p = new PageSketch(1)
                .cell(200, "Payments").gap(WRAP / 2)
                .cell(40, "Previous").gap(WRAP / 2)
                .right(180, "HK$500.00").cell(200, "and").right(330, "HK$1,050.00").gap(WRAP / 2)
                .cell(40, "balance").gap(WRAP / 2)
                .cell(200, "credits").gap(WRAP)
                .cell(40, "New").cell(200, "Statement").gap(WRAP / 2)
                .right(180, "HK$80.00").right(330, "HK$530.00").gap(WRAP / 2)
                .cell(40, "purchases").cell(200, "balance").gap(WRAP);
        MetadataReader.Raw meta = read(p);
        assertThat(value(meta.opening())).isEqualByComparingTo("500.00");
        assertThat(value(meta.closing())).isEqualByComparingTo("530.00");
    }

    @ParameterizedTest
    @CsvSource({"Saldo de Liquidación Inicial, Saldo de Liquidación Final", "Saldo anterior, Nuevo saldo",
        "Saldo anterior, Novo saldo", "Saldo precedente, Nuovo saldo"})
    void spanishPortugueseAndItalianOpeningAndClosingLabels(String opening, String closing) {
        PageSketch p = new PageSketch(1)
                .line(40, opening, 250, "14,820.35")
                .line(40, closing, 250, "112,060.85");
        MetadataReader.Raw meta = read(p);
        assertThat(value(meta.opening())).isEqualByComparingTo("14820.35");
        assertThat(value(meta.closing())).isEqualByComparingTo("112060.85");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"za okres od 01.03.2025 do 31.03.2025", "Okres od 01.03.2025 do 31.03.2025",
        "Okres: 01.03.2025 - 31.03.2025", "Wyciąg za okres 01.03.2025 - 31.03.2025",
        "za období od 01.03.2025 do 31.03.2025", "Zeitraum vom 01.03.2025 bis 31.03.2025",
        "période du 01.03.2025 au 31.03.2025", "periodo dal 01.03.2025 al 31.03.2025", "del 01.03.2025 al 31.03.2025",
        "desde 01.03.2025 hasta 31.03.2025", "Statement period 01.03.2025 to 31.03.2025"})
    void aPeriodInEveryLanguageGivesTheStatementsFirstAndLastDay(String line) {
        PageSketch p = new PageSketch(1).line(40, "Printed 05.04.2025").line(40, line);
        MetadataReader.Raw meta = read(p);
        assertThat(meta.periodStart()).isEqualTo(new RawDate(1, 3, 2025, false));
        assertThat(meta.periodEnd()).isEqualTo(new RawDate(31, 3, 2025, false));
    }

    @Test
    void labelledBalancesComeBeforeBalancesNamedByTheirDates() {
        MetadataReader.Raw meta = read(new PageSketch(1)
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "Balance on 01/05/2025", 200, "$400.00")
                .line(40, "Balance on 31/05/2025", 200, "$430.00"));
        assertThat(value(meta.opening())).isEqualByComparingTo("500.00");
        assertThat(value(meta.closing())).isEqualByComparingTo("430.00");
    }

    @Test
    void aBalanceNamedByThePrintedPeriodsLastDayCloses() {
        MetadataReader.Raw meta = read(new PageSketch(1)
                .line(40, "Period 01/05/2025 to 31/05/2025")
                .line(40, "Balance as at 31/05/2025", 300, "1,204.10"));
        assertThat(meta.opening()).isNull();
        assertThat(value(meta.closing())).isEqualByComparingTo("1204.10");
    }

    @Test
    void theStatementDateIsTheDateRightAfterItsLabel() {
        MetadataReader.Raw meta = read(new PageSketch(1)
                .line(40, "Statement date: 01/08/2025", 300, "Payment due 25/08/2025"));
        assertThat(meta.statementDate()).isEqualTo(new RawDate(1, 8, 2025, false));
        assertThat(read(new PageSketch(1).line(40, "Statement date for 01/08/2025")).statementDate()).isNull();
        assertThat(read(new PageSketch(1).line(40, "Statement date: AUG 01/25")).statementDate())
                .isEqualTo(new RawDate(8, 1, 2025, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Periodo: 1 marzo 2025 - 31 marzo 2025        | 2025-03-01 | 2025-03-31",
            "Estratto conto dal 1 marzo 2025 al 31 marzo 2025 | 2025-03-01 | 2025-03-31",
            "Extracto del 1 al 31 de marzo de 2025        | 2025-03-01 | 2025-03-31",
            "Período: 1 de março de 2025 a 31 de março de 2025 | 2025-03-01 | 2025-03-31",
            "Afschrift van 1 mei 2025 t/m 31 mei 2025     | 2025-05-01 | 2025-05-31",
            "Kontoutdrag 1 maj 2025 - 31 maj 2025         | 2025-05-01 | 2025-05-31",
            "Okres: 1 stycznia 2025 - 31 stycznia 2025    | 2025-01-01 | 2025-01-31",
            "Statement period 1 to 30 September 2025      | 2025-09-01 | 2025-09-30",
            "Statement Period APR 30/25 - MAY 30/25       | 2025-04-30 | 2025-05-30",
            "Statement Period DEC 15/2024 - JAN 14/2025   | 2024-12-15 | 2025-01-14",
            "Période du AVR 30/25 au MAI 30/25            | 2025-04-30 | 2025-05-30",
    })
    void periodsWithMonthNamesInMoreLanguages(String line, LocalDate start, LocalDate end) {
        MetadataReader.Raw meta = read(new PageSketch(1).line(40, line));
        assertThat(meta.periodStart()).as("start").isNotNull();
        assertThat(meta.periodEnd()).as("end").isNotNull();
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 2000)).isEqualTo(start);
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 2000)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PERIODE : MAY 2025                  | 2025-05-01 | 2025-05-31",
            "Statement period: May 2025          | 2025-05-01 | 2025-05-31",
            "Period February 2024                | 2024-02-01 | 2024-02-29",
            "PERIODE : MEI 2025                  | 2025-05-01 | 2025-05-31",
            "Statement period December 2024 - January 2025 | 2024-12-01 | 2025-01-31",
    })
    void aPeriodOfMonthAndYearAloneIsThatWholeMonth(String line, LocalDate start, LocalDate end) {
        MetadataReader.Raw meta = read(new PageSketch(1).line(40, line));
        assertThat(meta.periodStart().resolve(RawDate.Order.DAY_FIRST, 2000)).isEqualTo(start);
        assertThat(meta.periodEnd().resolve(RawDate.Order.DAY_FIRST, 2000)).isEqualTo(end);
        assertThat(meta.printedYear()).isEqualTo(end.getYear());
    }

    @Test
    void aMonthAndYearOnALineThatNamesNoPeriodIsNoPeriod() {
        assertThat(read(new PageSketch(1).line(40, "Interest rates May 2025")).periodStart()).isNull();
    }

    @Test
    void aMonthWordThatIsAlsoAWordIsNoDateInTextWithoutItsYear() {
        // "3 des" (French "des"), "Sie 24": no period from words that only look like dates.
        MetadataReader.Raw meta = read(new PageSketch(1)
                .line(40, "Periode: 3 des frais a 24 des operations"));
        assertThat(meta.periodStart()).isNull();
    }

    @Test
    void theBalancesOfABoxTitledAsRewardPointsAreNoMoneyBalances() {
        PageSketch p = new PageSketch(1)
                .line(40, "Reward Points Summary")
                .line(60, "Opening Balance", 180, "Points Earned", 300, "Closing Balance")
                .right(120, "14,212").right(240, "3,076").right(360, "17,288").next();
        MetadataReader.Raw meta = read(p);
        assertThat(meta.opening()).isNull();
        assertThat(meta.closing()).isNull();
    }

    @Test
    void theStatementsBalanceAfterAPointsBoxIsTheClosingBalance() {
        PageSketch p = new PageSketch(1)
                .line(40, "Miles summary")
                .line(40, "Closing balance", 200, "17,288").gap(30)
                .line(40, "Account summary")
                .line(40, "Opening balance", 200, "1,000.00")
                .line(40, "Closing balance", 200, "1,590.00");
        MetadataReader.Raw meta = read(p);
        assertThat(value(meta.opening())).isEqualByComparingTo("1000.00");
        assertThat(value(meta.closing())).isEqualByComparingTo("1590.00");
    }

    @Test
    void aCardsNameThatSaysRewardsTitlesNoBox() {
        PageSketch p = new PageSketch(1)
                .line(40, "Summit Rewards Visa")
                .line(40, "Previous Balance", 200, "$2,794.08")
                .line(40, "New Balance", 200, "$21,269.09");
        assertThat(value(read(p).closing())).isEqualByComparingTo("21269.09");
    }

    @Test
    void aSentenceMentioningPointsTitlesNoBox() {
        PageSketch p = new PageSketch(1)
                .line(40, "Points are credited to your rewards account monthly")
                .line(40, "Closing balance", 200, "1,590.00");
        assertThat(value(read(p).closing())).isEqualByComparingTo("1590.00");
    }

    private static BigDecimal value(Amount amount) {
        assertThat(amount).as("the label's amount").isNotNull();
        return amount.magnitude();
    }

    private static MetadataReader.Raw read(PageSketch p) {
        List<Line> lines = Line.of(p.page());
        return MetadataReader.read(lines);
    }
}
