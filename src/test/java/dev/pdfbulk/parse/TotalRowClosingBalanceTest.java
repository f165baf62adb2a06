package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A total row under the last row that prints, under the balance column, the balance the rows have reached ("Total
 * 3,27,235.88  2,12,606.79  1,34,086.31 Cr", Indian banks' print): the statement's closing balance, where nothing else
 * prints one.
 */
class TotalRowClosingBalanceTest {

    private static PageSketch statement(String totalBalance) {
        return new PageSketch(1)
                .line(40, "Account No : 05420100018836").line(40, "Statement Period : 01-06-2025 to 30-06-2025").gap(20)
                .line(40, "Date", 120, "Particulars", 330, "Withdrawals", 420, "Deposits", 515, "Balance")
                .cell(40, "01-06-2025").cell(120, "B/F").right(555, "2,48,715.40 Cr").next()
                .cell(40, "02-06-2025").cell(120, "BY CASH DEPOSIT").right(460, "46,908.26").right(555, "2,95,623.66 Cr")
                .next()
                .cell(40, "05-06-2025").cell(120, "ATM WDL").right(380, "17,646.44").right(555, "2,77,977.22 Cr").next()
                .cell(120, "Total").right(380, "17,646.44").right(460, "46,908.26").right(555, totalBalance).next()
                .gap(30).line(40, "Abbreviations: B/F Brought Forward, Cr Credit balance.");
    }

    @Test
    void theTotalRowsBalanceIsTheClosingBalance() throws Exception {
        Statement s = parse(statement("2,77,977.22 Cr"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("BY CASH DEPOSIT", "ATM WDL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("277977.22"));
    }

    @Test
    void aTotalRowsOtherAmountUnderTheBalanceClosesNothing() throws Exception {
        Statement s = parse(statement("3,24,885.48 Cr"));
        assertThat(s.metadata().closingBalance()).isNull();
    }
}
