package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Service" over "Fee" heads one column, of "##" marks on the rows a fee is charged for: "Fee", three small letters,
 * is a column's name, never a unit that qualifies the word above it.
 */
class TwoRowFeeHeaderTest {

    @Test
    void feeUnderServiceCompletesTheHeader() throws Exception {
        assertThat(HeaderQualifiers.isQualifier("Fee")).isFalse();
        PageSketch p = new PageSketch(1).line(40, "CURRENT ACCOUNT Statement from 24 May 2025 to 23 June 2025").gap(20)
                .line(40, "Details", 284, "Service", 363, "Debits", 425, "Credits", 475, "Date", 522, "Balance")
                .line(292, "Fee")
                .cell(40, "BALANCE BROUGHT FORWARD").cell(475, "24/05/2025").right(555, "8,412.35").next()
                .cell(40, "SALARY ACME MINING").right(455, "25,806.85").cell(475, "25/05/2025").right(555, "34,219.20")
                .next()
                .cell(40, "IB PAYMENT TO BODY CORPORATE").cell(292, "##").right(390, "1,412.01-").cell(475, "01/06/2025")
                .right(555, "32,807.19").next()
                .cell(40, "FEE: ELECTRONIC PAYMENT").right(390, "7.00-").cell(475, "01/06/2025").right(555, "32,800.19")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("25806.85", "-1412.01", "-7.00");
        assertThat(s.transactions().get(1).description()).isEqualTo("IB PAYMENT TO BODY CORPORATE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
