package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Years of the Buddhist era on Thai statements ("15/10/68" is 15 October 2025), and dates no statement can print. */
class BuddhistEraTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    // A card statement: previous and new balance above, rows of a charge, a payment and a charge.
    private static Statement card(String amountHeader, String statementDate, String... rowDates)
            throws StatementException {
        PageSketch p = new PageSketch(1).line(40, "CREDIT CARD STATEMENT")
                .line(40, "STATEMENT DATE", 200, statementDate)
                .line(40, "PREVIOUS BALANCE", 200, "100.00").line(40, "NEW BALANCE", 200, "40.00").gap(20)
                .line(40, "TRANS. DATE", 140, "DESCRIPTION", 460, amountHeader)
                .cell(40, rowDates[0]).cell(140, "CENTRAL WORLD BANGKOK").right(520, "20.00").next()
                .cell(40, rowDates[1]).cell(140, "PAYMENT - THANK YOU").right(520, "100.00-").next()
                .cell(40, rowDates[2]).cell(140, "7-ELEVEN").right(520, "20.00").next();
        TableStatementParser parser = new TableStatementParser(TODAY);
        parser.accept(p.page());
        return parser.finish();
    }

    @Test
    void twoDigitYearsOfAThaiStatementAreOfTheBuddhistEra() throws Exception {
        Statement s = card("AMOUNT (BAHT)", "15/10/68", "16/09/68", "03/10/68", "11/10/68");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 9, 16),
                LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 11));
        assertThat(s.reconciliation().status()).as(s.reconciliation().detail()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void fourDigitYearsOf25xxAreOfTheBuddhistEraOnAnyStatement() throws Exception {
        Statement s = card("AMOUNT", "15/10/2568", "16/09/2568", "03/10/2568", "11/10/2568");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 9, 16),
                LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 11));
    }

    @Test
    void aThaiStatementPrintingCommonEraYearsKeepsThem() throws Exception {
        Statement s = card("AMOUNT (BAHT)", "15/10/25", "16/09/25", "03/10/25", "11/10/25");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 9, 16),
                LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 11));
        assertThat(s.reconciliation().status()).as(s.reconciliation().detail()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void yearsAheadOfTheClockOnAStatementNotThaiAreNeverReconciled() throws Exception {
        // Nothing says Buddhist era: "68" is 2068, decades after today, so the years are misread.
        Statement s = card("AMOUNT", "15/10/68", "16/09/68", "03/10/68", "11/10/68");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).as(s.reconciliation().detail()).contains("2068-10-", "after today (2026-03-01)");
    }

    @Test
    void datesAFewWeeksAheadAreAClockSlipNotAMisreadYear() throws Exception {
        Statement s = card("AMOUNT", "15/03/2026", "02/03/2026", "03/03/2026", "14/03/2026");
        assertThat(s.reconciliation().status()).as(s.reconciliation().detail()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void decidesTheEraFromTheYearsAndTheLanguage() {
        assertThat(ce(true, 2068)).containsExactly(2025);
        assertThat(ce(false, 2068)).isNull();
        assertThat(ce(false, 2568, 2568)).containsExactly(2025, 2025);
        assertThat(ce(true, 2025)).isNull();
        // A Buddhist reading still in the future is no Buddhist year.
        assertThat(ce(true, 2099)).isNull();
        assertThat(ce(false, 2999)).isNull();
    }

    private static List<Integer> ce(boolean thai, Integer... years) {
        BuddhistEra era = BuddhistEra.of(Arrays.asList(years), thai, TODAY.getYear());
        return era == null ? null : Arrays.stream(years).map(era::ce).toList();
    }

    @Test
    void thaiScriptAndTheBahtMarkAThaiStatement() {
        assertThat(BuddhistEra.thaiWord("(BAHT)")).isTrue();
        assertThat(BuddhistEra.thaiWord("Baht")).isTrue();
        assertThat(BuddhistEra.thaiWord("THB")).isTrue();
        assertThat(BuddhistEra.thaiWord("(THB)")).isTrue();
        assertThat(BuddhistEra.thaiWord("(\u0e1a\u0e32\u0e17)")).isTrue();
        assertThat(BuddhistEra.thaiWord("\u0e3f1,200.00")).isTrue();
        assertThat(BuddhistEra.thaiWord("\u0e22\u0e2d\u0e14\u0e22\u0e01\u0e21\u0e32")).isTrue();
        assertThat(BuddhistEra.thaiWord("BATH")).isFalse();
        assertThat(BuddhistEra.thaiWord("thb")).isFalse();
        assertThat(BuddhistEra.thaiWord("BAHTS")).isFalse();
        assertThat(BuddhistEra.thaiWord("(")).isFalse();
    }
}
