package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement printing only the day it closes: a month's last day closes that calendar month, a card's closing day
 * ends its period (the start left unknown), where the rows agree; anything else leaves the period unknown.
 */
class ClosingDatePeriodTest {

    // A bank statement dated a month's last day, rows from its first (HSBC Hong Kong, CIMB, Hang Seng).
    private static PageSketch bank(String statementDate, String... dates) {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement date", 200, statementDate)
                .line(40, "Opening balance", 200, "1,000.00")
                .line(40, "Closing balance", 200, String.format("%.2f", 1000 - 10.0 * dates.length)).gap(20)
                .line(40, "Date", 140, "Description", 370, "Withdrawal", 440, "Deposit", 515, "Balance");
        double balance = 1000;
        for (String d : dates) {
            balance -= 10;
            p.cell(40, d).cell(140, "SHOP").right(415, "10.00").right(555, String.format("%.2f", balance)).next();
        }
        return p;
    }

    // A card statement printing its closing day only (KBank's "STATEMENT DATE 15/10/25", Itaú's "Fechamento").
    private static PageSketch card(String statementDate, String... dates) {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit 5,000.00")
                .line(40, "Statement date " + statementDate)
                .line(40, "Previous balance", 200, "500.00")
                .line(40, "New balance", 200, String.format("%.2f", 500 + 10.0 * dates.length)).gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount");
        for (String d : dates) {
            p.cell(40, d).cell(110, "GROCER").right(510, "10.00").next();
        }
        return p;
    }

    @Test
    void aStatementDatedAMonthsLastDayCoversThatMonth() throws Exception {
        Statement s = parse(bank("30/04/2025", "01/04/2025", "14/04/2025", "30/04/2025"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    void aCardsClosingDayEndsItsPeriodWhoseStartIsNotPrinted() throws Exception {
        // Instalments of purchases months back ("15/03 ... 06/10") say nothing of the cycle.
        Statement s = parse(card("15/10/2025", "15/03/2025", "16/09/2025", "03/10/2025", "15/10/2025"));
        assertThat(s.metadata().periodStart()).isNull();
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 10, 15));
        Statement turn = parse(card("01/01/2026", "05/12/2025", "28/12/2025"));
        assertThat(turn.metadata().periodStart()).isNull();
        assertThat(turn.metadata().periodEnd()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void aCardPrintingItsCyclesDaysStartsThatManyDaysBeforeItsClosingDay() throws Exception {
        // Synchrony's "Statement Closing Date 06/15/2025" and "Days in Billing Cycle 31": 16 May to 15 June.
        Statement s = parse(card("15/06/2025", "19/05/2025", "14/06/2025").line(40, "Days in Billing Cycle 31"));
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 6, 15));
        // A row before the start the cycle gives: the cycle is not this statement's, the period stays unknown.
        Statement before = parse(card("15/06/2025", "10/05/2025", "14/06/2025").line(40, "Days in Billing Cycle 31"));
        assertThat(before.metadata().periodStart()).isNull();
        assertThat(CycleDays.of("Days in billing cycle: 30")).isEqualTo(30);
        assertThat(CycleDays.of("Days in billing cycle 3")).isNull();
    }

    @Test
    void rowsBeforeTheImpliedStartOrAfterTheClosingDayLeaveThePeriodUnknown() throws Exception {
        // Amex's cycle of 30 days: a row before the day after "the same day a month before" says nothing against the
        // printed closing day, which ends the period; its start stays unknown.
        Statement longer = parse(card("12/03/2025", "11/02/2025", "20/02/2025"));
        assertThat(longer.metadata().periodStart()).isNull();
        assertThat(longer.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 3, 12));
        // A cycle's days printed: a row before the start they give leaves the period unknown (as below).
        Statement cycle = parse(card("12/03/2025", "11/02/2025", "20/02/2025").line(40, "Days in Billing Cycle 28"));
        assertThat(cycle.metadata().periodEnd()).isNull();
        // A quarter's statement dated its last day lists rows of the months before.
        Statement quarter = parse(bank("30/06/2025", "02/05/2025", "14/06/2025"));
        assertThat(quarter.metadata().periodStart()).isNull();
        // A row after the statement date: the date is no closing day.
        Statement after = parse(card("15/10/2025", "20/09/2025", "17/10/2025"));
        assertThat(after.metadata().periodEnd()).isNull();
    }

    @Test
    void aBankStatementDatedMidMonthGetsNoPeriod() throws Exception {
        // Bank of Ireland's "Statement date 28 Jun 2024" over rows from 1 June: no cycle says where it starts.
        Statement s = parse(bank("28/06/2025", "01/06/2025", "14/06/2025"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isNull();
        assertThat(s.metadata().periodEnd()).isNull();
    }

    @Test
    void aPrintedPeriodWins() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 03/04/2025 to 30/04/2025")
                .line(40, "Statement date", 200, "30/04/2025")
                .line(40, "Opening balance", 200, "1,000.00")
                .line(40, "Closing balance", 200, "990.00").gap(20)
                .line(40, "Date", 140, "Description", 370, "Withdrawal", 440, "Deposit", 515, "Balance")
                .cell(40, "04/04/2025").cell(140, "SHOP").right(415, "10.00").right(555, "990.00").next();
        Statement s = parse(p);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 4, 3));
    }

    @Test
    void aStatementDateBetweenItsLabelsTwoLanguagesIsRead() {
        // Maybank: "TARIKH PENYATA" over ": 30/06/25" over "STATEMENT DATE", the label's cell left of the colon.
        MetadataReader.Raw m = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "MUHAMMAD HAFIZ", 340, "TARIKH PENYATA")
                .line(440, ": 30/06/25")
                .line(40, "NO 12 JALAN SS 2/24", 340, "STATEMENT DATE").page()));
        assertThat(m.statementDate().resolve(RawDate.Order.DAY_FIRST, 0)).isEqualTo(LocalDate.of(2025, 6, 30));
        // A date after a colon over some other label is no statement date.
        MetadataReader.Raw other = MetadataReader.read(Line.of(new PageSketch(1)
                .line(440, ": 30/06/25")
                .line(40, "NO 12 JALAN SS 2/24", 340, "PAYMENT DUE").page()));
        assertThat(other.statementDate()).isNull();
    }

    @Test
    void aStatementDateLabelSaidAgainAfterASlashIsRead() {
        // CIMB: "Statement Date / Tarikh Penyata: 31/07/2025".
        MetadataReader.Raw m = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Statement Date / Tarikh Penyata: 31/07/2025").page()));
        assertThat(m.statementDate()).isEqualTo(new RawDate(31, 7, 2025, false));
        // Digits between the slash and the date are no label.
        MetadataReader.Raw other = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Statement Date / 12 copies: 31/07/2025").page()));
        assertThat(other.statementDate()).isNull();
    }

    @Test
    void aChineseClosingDayGluedToItsLabelsColonIsRead() {
        // CTBC: "帳單結帳日：113/06/20" (the bill's closing day, a Minguo year), the label and date one word.
        MetadataReader.Raw m = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "陳志明 君", 300, "帳單結帳日：113/06/20")
                .line(300, "繳款截止日：113/07/05").page()));
        assertThat(m.statementDate()).isEqualTo(new RawDate(6, 20, 2024, true));
        MetadataReader.Raw simplified = MetadataReader.read(Line.of(new PageSketch(1)
                .line(300, "账单日：2025/06/20").page()));
        assertThat(simplified.statementDate()).isEqualTo(new RawDate(6, 20, 2025, true));
        // The payment's due day is none.
        MetadataReader.Raw due = MetadataReader.read(Line.of(new PageSketch(1)
                .line(300, "繳款截止日：113/07/05").page()));
        assertThat(due.statementDate()).isNull();
    }
}
