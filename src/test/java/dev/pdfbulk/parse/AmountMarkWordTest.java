package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A debit or credit word set after an amount in the one money column ("329,000.00 DB") signs that amount. */
class AmountMarkWordTest {

    // The mark one space after the amount (x 444) or set further apart (x 450), as a cell of its own.
    @ParameterizedTest(name = "{0} / {1} at {2}")
    @CsvSource({"DB, '', 444", "DB, CR, 444", "DB, '', 450", "DR, '', 450", "DB, CR, 450", "DR, CR, 450"})
    void aMarkWordAfterTheAmountSignsIt(String debit, String credit, float at) throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01/05/2025 - 31/05/2025")
                .line(40, "Opening balance 1,000.00").line(40, "Closing balance 2,661.00").gap(20)
                .cell(40, "DATE").cell(120, "DESCRIPTION").cell(300, "BRANCH").right(428, "AMOUNT")
                        .right(555, "BALANCE").next()
                .cell(40, "02/05").cell(80, "TRANSFER IN").right(440, "1,750.00").cell(at, credit)
                        .right(555, "2,750.00").next()
                .cell(40, "03/05").cell(80, "PAYMENT PLN").right(440, "329,000.00").cell(at, debit).next()
                .cell(40, "03/05").cell(80, "CARD ALFAMART").right(440, "55.00").cell(at, debit)
                        .right(555, "-326,305.00").next()
                .cell(40, "04/05").cell(80, "SALARY").right(440, "328,966.00").cell(at, credit)
                        .right(555, "2,661.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("1750.00"),
                new BigDecimal("-329000.00"), new BigDecimal("-55.00"), new BigDecimal("328966.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
