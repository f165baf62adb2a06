package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section title set in larger type than the column header under it, a blank line or two between (Truist's 10-point
 * "Other withdrawals, debits and service charges" over "DATE | DESCRIPTION | AMOUNT($)"): it still titles the table,
 * whose unsigned amounts it signs.
 */
class LargeSectionTitleTest {

    @Test
    void unsignedSectionsUnderLargeTitlesReconcile() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 05/11/2024 thru 06/10/2024").gap(10)
                .line(40, "Beginning balance 1,000.00")
                .line(40, "Ending balance 1,132.50").gap(20)
                .sized(40, "Other withdrawals, debits and service charges", 12f).gap(36)
                .line(40, "DATE", 95, "DESCRIPTION", 520, "AMOUNT($)")
                .cell(40, "05/14").cell(95, "DUKE ENERGY CAROLINAS BILL PAY").right(560, "92.50").next()
                .cell(40, "05/20").cell(95, "ATM CASH WITHDRAWAL TRUIST SOUTH PARK").right(560, "40.00").next()
                .line(40, "Total other withdrawals, debits and service charges", 520, "= $132.50").gap(20)
                .sized(40, "Deposits, credits and interest", 12f).gap(36)
                .line(40, "DATE", 95, "DESCRIPTION", 520, "AMOUNT($)")
                .cell(40, "05/31").cell(95, "ACH CORP DEPOSIT ATRIUM HEALTH PAYROLL").right(560, "245.00").next()
                .cell(40, "06/03").cell(95, "MOBILE DEPOSIT").right(560, "20.00").next()
                .line(40, "Total deposits, credits and interest", 520, "= $265.00"));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-92.50"), new BigDecimal("-40.00"), new BigDecimal("245.00"),
                        new BigDecimal("20.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
