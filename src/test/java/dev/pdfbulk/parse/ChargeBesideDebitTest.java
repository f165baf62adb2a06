package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A "Charge" column beside another money-out column is the fee a row incurs, no money of the row. */
class ChargeBesideDebitTest {

    @Test
    void theChargeIsLeftOutAndItsTotalRowIsATransaction() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 100, "Transaction Description", 305, "Charge", 345, "Debit Amount", 420,
                        "Credit Amount", 520, "Balance")
                .cell(40, "10/06/2025").cell(100, "Bal Brought Forward").right(555, "18 240.18").next()
                .cell(40, "17/06/2025").cell(100, "Atm Withdrawal Absa Atm Sea Point").right(330, "9.50")
                        .right(400, "1 864.62").right(555, "16 375.56").next()
                .cell(40, "20/06/2025").cell(100, "Acb Credit Salary").right(475, "16 301.54")
                        .right(555, "32 677.10").next()
                .cell(40, "09/07/2025").cell(100, "Transaction Charges").right(400, "9.50")
                        .right(555, "32 667.60").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1864.62"),
                new BigDecimal("16301.54"), new BigDecimal("-9.50"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aChargeColumnAloneIsStillTheMoneyOut() {
        assertThat(HeaderVocabulary.kindOf("Charge")).isEqualTo(ColumnKind.DEBIT);
    }
}
