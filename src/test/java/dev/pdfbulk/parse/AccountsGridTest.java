package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A summary grid listing several accounts, one row each, under "Previous Balance" and "Ending Balance": the labels
 * head every account's balance, so none of them is the statement's; the table's own balance rows are.
 */
class AccountsGridTest {

    private static PageSketch page(boolean savingsRow) {
        return page(savingsRow, false);
    }

    private static PageSketch page(boolean savingsRow, boolean totalRow) {
        PageSketch p = new PageSketch(1);
        p.line(40, "Statement Period: 04/01/2025 thru 04/30/2025").gap(10);
        p.line(40, "Account", 250, "Previous Balance", 420, "Ending Balance");
        if (savingsRow) {
            p.cell(40, "Regular Savings 0001").right(330, "$1,250.00").right(490, "$1,250.00").next();
        }
        p.cell(40, "Share Draft Checking 0010").right(330, "$412.18").right(490, "$300.00").next();
        if (totalRow) {
            p.cell(40, "Total").right(330, "$412.18").right(490, "$300.00").next();
        }
        p.gap(20).line(40, "Share Draft Checking 0010");
        p.line(40, "Date", 100, "Transaction Description", 420, "Amount", 510, "Balance");
        row(p, "04/01", "Previous Balance", null, "412.18");
        row(p, "04/02", "POS Withdrawal SAFEWAY", "(112.18)", "300.00");
        row(p, "04/03", "ACH Deposit PAYROLL", "100.00", "400.00");
        row(p, "04/30", "New Balance", null, "400.00");
        return p;
    }

    private static void row(PageSketch p, String date, String text, String amount, String balance) {
        p.cell(40, date).cell(100, text);
        if (amount != null) {
            p.right(455, amount);
        }
        p.right(555, balance).next();
    }

    @Test
    void aGridOfSeveralAccountsGivesNoneOfTheirBalances() throws Exception {
        Statement s = parse(page(true));
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("400.00");
    }

    @Test
    void aGridOfOneAccountStillGivesItsBalances() throws Exception {
        // Its ending balance (300.00) disagrees with the table's (400.00): the statement does not add up.
        Statement s = parse(page(false));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().found()).isEqualByComparingTo("300.00");
    }

    @Test
    void theTotalRowOfAOneAccountGridIsNoOtherAccount() throws Exception {
        Statement s = parse(page(false, true));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().found()).isEqualByComparingTo("300.00");
    }
}
