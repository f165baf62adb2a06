package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A US checking statement set in sections (PNC): a summary grid whose labels wrap over its values, a note
 * counting each section's items between its title and its header, and a grid of daily balances.
 */
class UsSectionLayoutTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Deposits and Other Additions, 1", "Online and Electronic Banking Deductions, -1",
        "Checks and Substitute Checks, -1", "Banking/Debit Card Withdrawals and Purchases, -1",
        "Checks Deposited, 0"})
    void sectionTitlesSayWhichWayTheirRowsGo(String title, int direction) {
        assertThat(Marker.sectionDirection(title)).isEqualTo(direction);
    }

    @Test
    void aLabelWrappedInItsGridCellTakesTheValueUnderIt() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "For the period 05/01/2025 to 05/30/2025").gap(10)
                .line(40, "Beginning", 170, "Deposits and", 320, "Checks and other", 470, "Ending")
                .line(40, "balance", 170, "other additions", 320, "deductions", 470, "balance").gap(2)
                .right(100, "1,000.00").right(230, "500.00").right(380, "200.00").right(530, "1,300.00").next().gap(20)
                .line(40, "Date", 100, "Description", 400, "Withdrawals", 480, "Deposits")
                .cell(40, "05/05").cell(100, "PAYROLL ACME").right(530, "500.00").next()
                .cell(40, "05/10").cell(100, "WEB PMT DUQUESNE LIGHT").right(455, "200.00").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1300.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void wrappedLabelsOverTwoRowsOfValuesGiveNoneOfThem() throws Exception {
        // Two accounts, one a row, under the same labels: neither row's balances are the statement's.
        Statement s = parse(new PageSketch(1)
                .line(40, "For the period 05/01/2025 to 05/30/2025").gap(10)
                .line(40, "Beginning", 470, "Ending")
                .line(40, "balance", 470, "balance").gap(2)
                .right(100, "1,000.00").right(530, "1,300.00").next()
                .right(100, "5,000.00").right(530, "5,000.00").next().gap(20)
                .line(40, "Date", 100, "Description", 400, "Withdrawals", 480, "Deposits")
                .cell(40, "05/05").cell(100, "PAYROLL ACME").right(530, "500.00").next()
                .cell(40, "05/10").cell(100, "WEB PMT DUQUESNE LIGHT").right(455, "200.00").next());
        assertThat(s.metadata().openingBalance()).isNull();
        assertThat(s.metadata().closingBalance()).isNull();
    }

    @Test
    void aNoteBetweenASectionTitleAndItsHeaderLeavesTheTitleNamingTheRows() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "For the period 05/01/2025 to 05/30/2025")
                .line(40, "Beginning balance", 200, "1,000.00")
                .line(40, "Ending balance", 200, "950.00").gap(20)
                .line(40, "Deposits and Other Additions")
                .line(40, "There were 1 Deposits and Other Additions totaling $50.00.")
                .line(40, "Date", 100, "Amount", 150, "Description")
                .cell(40, "05/02").right(130, "50.00").cell(150, "Mobile Deposit 3468933").next().gap(10)
                .line(40, "Online and Electronic Banking Deductions")
                .line(40, "There were 2 Online and Electronic Banking Deductions totaling $100.00.")
                .line(40, "Date", 100, "Amount", 150, "Description")
                .cell(40, "05/03").right(130, "60.00").cell(150, "Web Pmt - Single Duquesne Light").next()
                .cell(40, "05/04").right(130, "40.00").cell(150, "Zelle Payment To Tomasz Nowak").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("-60.00"), new BigDecimal("-40.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aGridOfDailyBalancesAtTheTopOfAPageContinuesNoTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                        .line(40, "For the period 05/01/2025 to 05/30/2025")
                        .line(40, "Beginning balance", 200, "1,000.00")
                        .line(40, "Ending balance", 200, "900.00").gap(20)
                        .line(40, "Banking/Debit Card Withdrawals and Purchases")
                        .line(40, "Date", 100, "Amount", 150, "Description")
                        .cell(40, "05/02").right(130, "60.00").cell(150, "4821 Debit Card Purchase Aldi").next()
                        .cell(40, "05/03").right(130, "40.00").cell(150, "4821 Debit Card Purchase Sheetz").next(),
                new PageSketch(2)
                        .line(40, "Daily Balance Detail")
                        .line(40, "Date", 120, "Balance", 215, "Date", 295, "Balance")
                        .cell(40, "05/02").right(150, "940.00").cell(215, "05/03").right(325, "900.00").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-60.00"), new BigDecimal("-40.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCheckInAGridWithTheBanksReferenceIsNamedByItsNumberAndADepositWithoutOneByTheReference() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period: May 1, 2025 through May 30, 2025")
                .line(40, "Beginning Balance on May 1", 350, "$ 1,000.00")
                .line(40, "Ending Balance on May 30, 2025", 350, "$ 1,065.00").gap(20)
                .line(40, "Customer Deposits")
                .line(40, "Number", 90, "Date", 140, "Ref Number", 260, "Amount", 310, "Number", 360, "Date",
                        410, "Ref Number", 530, "Amount")
                .cell(90, "May 4").cell(140, "6355546135").right(290, "150.00").next()
                .line(300, "Total Customer Deposits", 520, "$ 150.00").gap(10)
                .line(40, "Checks Presented Conventionally")
                .line(40, "Check", 90, "Date", 140, "Ref Number", 260, "Amount", 310, "Check", 360, "Date",
                        410, "Ref Number", 530, "Amount")
                .cell(40, "2211").cell(90, "May 12").cell(140, "1508006943").right(290, "50.00-")
                        .cell(310, "2213*").cell(360, "May 25").cell(410, "7592132582").right(560, "35.00-").next()
                .line(300, "Conventional Checks Paid (2)", 520, "$ 85.00-"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("6355546135", "2211", "2213");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("150.00"),
                new BigDecimal("-50.00"), new BigDecimal("-35.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
