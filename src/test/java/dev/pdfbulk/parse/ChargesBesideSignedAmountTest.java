package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "Charges" column beside a signed "Amount" column: the fees a row incurs (FNB's "Accrued Bank Charges" set
 * bottom-aligned in three rows, only "Charges" on the header row), never the row's money out.
 */
class ChargesBesideSignedAmountTest {

    @Test
    void chargesBesideASignedAmountAreNoDebitColumn() throws Exception {
        // Read as a debit column, the 3.50s took the place of the rows' amounts and nothing added up.
        Statement s = parse(new PageSketch(1)
                .line(300, "Statement Period : 01 May 2025 to 31 May 2025").gap(20)
                .line(480, "Accrued")
                .line(480, "Bank")
                .line(40, "Date", 90, "Description", 330, "Amount", 430, "Balance", 480, "Charges")
                .cell(90, "Opening Balance").right(470, "6,213.48Cr").next()
                .cell(40, "01 May").cell(90, "POS Purchase Woolworths").right(365, "364.74").right(470, "5,848.74Cr")
                        .next()
                .cell(40, "02 May").cell(90, "POS Purchase Uber Eats").right(365, "53.51").right(470, "5,795.23Cr")
                        .right(515, "3.50").next()
                .cell(40, "03 May").cell(90, "Salary ACME").right(365, "1,000.00Cr").right(470, "6,795.23Cr")
                        .right(515, "3.50").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-364.74"),
                new BigDecimal("-53.51"), new BigDecimal("1000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
