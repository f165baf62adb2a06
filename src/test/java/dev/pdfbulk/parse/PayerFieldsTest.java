package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** New Zealand's "Particulars | Code | Reference", the payer's own text, read into the description after the details. */
class PayerFieldsTest {

    private static PageSketch header(String code, String reference) {
        return new PageSketch(1)
                .line(40, "Statement period 1 Mar 2025 to 31 Mar 2025").gap(20)
                .line(40, "Date", 80, "Transaction", 250, "Particulars", 330, code, 370, reference, 430, "Withdrawals",
                        500, "Deposits", 550, "Balance");
    }

    private static Statement statement(String code, String reference) throws Exception {
        return parse(header(code, reference)
                .cell(40, "01 Mar").cell(80, "Opening balance").right(585, "1,000.00").next()
                .cell(40, "03 Mar").cell(80, "AP#5125 TO T WALKER").cell(250, "Rent").cell(330, "Flat 2")
                .cell(370, "Mar").right(485, "520.00").right(585, "480.00").next()
                .cell(40, "05 Mar").cell(80, "SALARY TUI TECH").cell(250, "Salary").cell(370, "Payroll")
                .right(540, "2,000.00").right(585, "2,480.00").next());
    }

    @Test
    void theThreePayerFieldsFollowTheDetails() throws Exception {
        Statement s = statement("Code", "Reference");
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("AP#5125 TO T WALKER Rent Flat 2 Mar", "SALARY TUI TECH Salary Payroll");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCodeAndReferenceOtherwiseNamedStayOut() throws Exception {
        Statement s = statement("Code", "Ref");
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("AP#5125 TO T WALKER Rent", "SALARY TUI TECH Salary");
    }
}
