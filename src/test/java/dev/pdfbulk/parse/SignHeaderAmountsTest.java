package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Debit/Credit" over unsigned amounts left of the balance, with no other money column (Siam Commercial Bank), heads
 * the amounts; the running balance gives each its side.
 */
class SignHeaderAmountsTest {

    private static PageSketch statement(String amountHeader) {
        return new PageSketch(1).line(40, "Statement period 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "Date", 85, "Time", 115, "Code", 142, "Channel", 205, amountHeader, 285, "Balance",
                        322, "Description")
                .right(310, "1,000.00").cell(322, "BALANCE BROUGHT FORWARD").next()
                .cell(40, "01/05/25").cell(85, "12:08").cell(115, "X2").cell(142, "ENET").right(245, "322.20")
                .right(310, "677.80").cell(322, "Bill Payment TRUE MOVE H").next()
                .cell(40, "03/05/25").cell(85, "09:56").cell(115, "X1").cell(142, "BCMS").right(245, "2,500.00")
                .right(310, "3,177.80").cell(322, "Salary SIAM CEMENT PCL").next()
                .right(310, "3,177.80").cell(322, "BALANCE CARRIED FORWARD").next();
    }

    @Test
    void aSignHeaderOverTheOnlyAmountsLeftOfTheBalanceHeadsThem() throws Exception {
        Statement s = PageSketch.parse(statement("Debit/Credit"));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-322.20"), new BigDecimal("2500.00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Bill Payment TRUE MOVE H", "Salary SIAM CEMENT PCL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void besideAnAmountColumnASignHeaderStaysASignColumn() {
        TableColumns columns = HeaderDetector.detect(Line.of(new PageSketch(1)
                .line(40, "Date", 90, "Description", 300, "Amount", 360, "Dr/Cr", 440, "Balance").page()), 0)
                .orElseThrow().columns();
        assertThat(columns.columns()).extracting(Column::kind).contains(ColumnKind.SIGN);
        assertThat(columns.columns()).extracting(Column::kind).containsOnlyOnce(ColumnKind.AMOUNT);
    }
}
