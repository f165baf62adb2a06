package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row the table cannot read (an amount in a form not understood) ends the table like a footer would; the
 * balances read above it agree with each other, but say nothing of it: such a statement is never reconciled.
 */
class UnreadRowTest {

    private static PageSketch statement(String lastText, String lastCredit, String lastBalance) {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 140, "Description", 370, "Debit", 440, "Credit", 515, "Balance");
        p.cell(140, "BALANCE BROUGHT FORWARD").right(555, "1,284.30").next();
        p.cell(40, "01/03/2025").cell(140, "SALARY").right(485, "419.50").right(555, "1,703.80").next();
        p.cell(40, "02/03/2025").cell(140, "ATM WITHDRAWAL").right(415, "51.10").right(555, "1,652.70").next();
        p.cell(140, "BANK CHARGES").right(415, "1.50").right(555, "1,651.20").next();
        if (lastText != null) {
            p.cell(140, lastText).right(485, lastCredit).right(555, lastBalance).next();
        }
        return p;
    }

    @Test
    void aRowWhoseAmountCannotBeReadIsNotDroppedSilently() throws Exception {
        // "0.8" is no amount: the row ends the table, and the balances above it agree among themselves.
        Statement s = parse(statement("PROFIT CREDITED", "0.8", "1,652.00").gap(40).line(40, "Page 1 of 1"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("SALARY", "ATM WITHDRAWAL", "BANK CHARGES");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("could not be read").contains("PROFIT CREDITED");
    }

    @Test
    void theSameStatementWithoutThatRowReconciles() throws Exception {
        Statement s = parse(statement(null, null, null).gap(40).line(40, "Page 1 of 1"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aFooterAcrossTheColumnsIsNoUnreadRow() throws Exception {
        // Set right under the last row, it ends the table; its numbers lie under the money columns too.
        PageSketch p = statement(null, null, null).line(40,
                "Profit is credited monthly at 2.5% p.a. and the charge for the month is 1.50 as agreed 2025");
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
