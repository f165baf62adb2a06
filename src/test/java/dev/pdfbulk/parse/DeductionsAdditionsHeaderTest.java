package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Deductions" and "Additions" name the money columns (M&T Bank's "Posting Date | Description | Deductions | Additions | Balance"). */
class DeductionsAdditionsHeaderTest {

    @Test
    void deductionsNameTheDebitColumn() {
        assertThat(HeaderVocabulary.kindOf("Deductions")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Additions")).isEqualTo(ColumnKind.CREDIT);
    }

    @Test
    void aStatementHeadedDeductionsAdditionsReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Posting Date", 120, "Description", 380, "Deductions", 450, "Additions", 530, "Balance")
                .cell(40, "06/01/2025").cell(120, "Beginning Balance").right(580, "1,000.00").next()
                .cell(40, "06/03/2025").cell(120, "POS DEBIT WEGMANS #73").right(430, "25.40").right(580, "974.60").next()
                .cell(40, "06/05/2025").cell(120, "PAYROLL DIRECT DEP").right(500, "1,200.00").right(580, "2,174.60").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("1200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
