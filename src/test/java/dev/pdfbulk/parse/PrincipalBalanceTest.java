package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A home equity line's statement whose summary prints the "Principal Balance" and whose last page repeats the
 * table's header with no rows under it (an interest box follows).
 */
class PrincipalBalanceTest {

    private static PageSketch[] heloc(String balanceHeader, String summaryBalance) {
        PageSketch first = new PageSketch(1)
                .line(40, "Home Equity Line of Credit Statement", 300, "Billing Period 05/16/2025 - 06/15/2025")
                .line(300, "Credit Limit", 450, "$250,000.00")
                .line(300, "Principal Balance", 450, summaryBalance).gap(20)
                .line(40, "Date", 100, "Description", 270, "Principal", 330, "Interest", 400, "Fees", 460, "Total",
                        500, balanceHeader)
                .cell(40, "05/16/2025").cell(100, "Beginning Principal Balance").right(590, "48,215.60").next()
                .cell(40, "05/20/2025").cell(100, "ADVANCE - EQUITYLINE CHECK").right(310, "1,109.12")
                .right(490, "1,109.12").right(590, "49,324.72").next()
                .cell(40, "05/31/2025").cell(100, "PAYMENT - THANK YOU").right(310, "-821.52").right(370, "-419.01")
                .right(430, "0.00").right(490, "-1,240.53").right(590, "48,503.20").next()
                .cell(40, "06/15/2025").cell(100, "Ending Principal Balance").right(590, "48,503.20").next();
        PageSketch second = new PageSketch(2)
                .line(40, "Transaction Activity (continued)")
                .line(40, "Date", 100, "Description", 270, "Principal", 330, "Interest", 400, "Fees", 460, "Total",
                        500, balanceHeader).gap(20)
                .line(40, "Interest Charge Calculation")
                .line(40, "Days in billing cycle", 400, "31")
                .line(40, "Average daily balance", 400, "$48,903.11");
        return new PageSketch[] {first, second};
    }

    @Test
    void theSummarysPrincipalBalanceClosesAStatementKeepingThePrincipalsBalance() throws Exception {
        Statement s = parse(heloc("Principal Balance", "$48,503.20"));

        // the empty header on page 2 leaves no row unread: the summary's closing proves the rows end on page 1
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("48503.20"));
    }

    @Test
    void aPrincipalBalanceTheRowsDoNotReachIsNoProof() throws Exception {
        Statement s = parse(heloc("Principal Balance", "$48,530.20"));

        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void besideABalanceNotThePrincipalsThePrincipalBalanceClosesNothing() throws Exception {
        // given: the table keeps a balance of another name; the principal may be only a part of it
        Statement s = parse(heloc("Balance", "$48,503.20"));

        // then: the rows after page 1's closing row are still unproven, as before
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
