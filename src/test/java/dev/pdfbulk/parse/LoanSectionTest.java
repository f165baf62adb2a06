package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member statement of a savings account and a loan, the loan's rows under columns of their own ("Payment |
 * Interest | Principal | Balance"), both listed in a summary grid: the loan's balance is the principal owed.
 */
class LoanSectionTest {

    private static PageSketch memberStatement(String loanTitle, String loanClosing, String principal) {
        return new PageSketch(1)
                .line(40, "Member Statement", 400, "Statement Period: 06/01/2025 - 06/30/2025").gap(10)
                .line(40, "Summary of Accounts")
                .line(40, "Account", 250, "Account Number", 380, "Beginning Balance", 480, "Ending Balance")
                .line(40, "Member Share Savings", 250, "0000987654-00", 385, "$5,120.44", 485, "$5,370.44")
                .line(40, loanTitle, 250, "0000987654-70", 385, "$18,432.10", 485, "$" + loanClosing).gap(20)
                .line(40, "MEMBER SHARE SAVINGS", 400, "Account Number 0000987654-00")
                .line(40, "Date", 100, "Description", 330, "Withdrawals", 420, "Deposits", 520, "Balance")
                .cell(40, "06/01").cell(100, "Beginning Balance").right(560, "5,120.44").next()
                .cell(40, "06/02").cell(100, "Transfer From Share Draft").right(460, "250.00").right(560, "5,370.44")
                .next()
                .cell(40, "06/30").cell(100, "Ending Balance").right(560, "5,370.44").next().gap(20)
                .line(40, loanTitle.toUpperCase(java.util.Locale.ROOT), 400, "Account Number 0000987654-70")
                .line(40, "Date", 100, "Description", 300, "Payment", 370, "Interest", 440, "Principal", 520, "Balance")
                .cell(40, "06/01").cell(100, "Beginning Balance").right(560, "18,432.10").next()
                .cell(40, "06/15").cell(100, "Payment Transfer From Share").right(340, "412.00").right(410, "84.33")
                .right(490, principal).right(560, loanClosing).next()
                .cell(40, "06/30").cell(100, "Ending Balance").right(560, loanClosing).next();
    }

    @Test
    void aLoansPaymentLowersThePrincipalOwedAndIsMoneyIn() throws Exception {
        Statement s = parse(memberStatement("Auto Loan 2022 Subaru Outback", "18,104.43", "327.67"));

        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::account).containsExactly("****5400", "****5470");
        Transaction payment = s.transactions().get(1);
        assertThat(payment.description()).startsWith("Payment Transfer");
        // The principal part of the payment lowers what the member owes: money paid in, never a withdrawal.
        assertThat(payment.amount()).isEqualByComparingTo("327.67");
        assertThat(s.sections().get(1).closingBalance()).isEqualByComparingTo(new BigDecimal("18104.43"));
    }

    @Test
    void anAdvanceRaisesThePrincipalOwedAndIsMoneyOut() throws Exception {
        Statement s = parse(memberStatement("Auto Loan 2022 Subaru Outback", "18,759.77", "327.67"));

        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions().get(1).amount()).isEqualByComparingTo("-327.67");
    }

    @Test
    void aLoansRowsThatDoNotAddUpLeaveTheStatementUnproven() throws Exception {
        // given: the principal moved is not the balance's move: the loan is read by no section
        Statement s = parse(memberStatement("Auto Loan 2022 Subaru Outback", "18,104.43", "372.67"));

        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
