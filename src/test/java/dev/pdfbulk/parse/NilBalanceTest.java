package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Nil" in the balance column (Commonwealth Bank's): a balance of nothing, the row's own, the table going on. */
class NilBalanceTest {

    @Test
    void aNilBalanceIsZeroAndTheRowsBelowItAreRead() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period 1 Jun 2025 - 30 Jun 2025").gap(20)
                .line(40, "Date", 110, "Transaction", 380, "Debit", 450, "Credit", 530, "Balance")
                .cell(40, "01 Jun 2025").cell(110, "OPENING BALANCE").right(560, "Nil").next()
                .cell(40, "05 Jun").cell(110, "Direct Credit SALARY").right(480, "500.00").right(560, "$500.00 CR").next()
                .cell(40, "14 Jun").cell(110, "Transfer To GoalSaver").right(410, "500.00").right(560, "Nil").next()
                .cell(40, "15 Jun").cell(110, "Wdl ATM CBA ATM").right(410, "20.00").right(560, "$20.00 DR").next()
                .cell(40, "16 Jun").cell(110, "Transfer From J Nguyen").right(480, "20.00").right(560, "Nil").next()
                .cell(40, "17 Jun").cell(110, "Direct Credit REFUND").right(480, "12.50").right(560, "$12.50 CR").next()
                .cell(40, "30 Jun 2025").cell(110, "CLOSING BALANCE").right(560, "$12.50 CR").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("-500.00"), new BigDecimal("-20.00"), new BigDecimal("20.00"), new BigDecimal("12.50"));
        assertThat(s.transactions()).extracting(Transaction::balance).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("0.00"), new BigDecimal("-20.00"), new BigDecimal("0.00"), new BigDecimal("12.50"));
        assertThat(s.transactions().get(1).description()).isEqualTo("Transfer To GoalSaver");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("0");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
