package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A title in larger type just above a header ("Account Activity" over "Description | Withdrawals") is no header row. */
class TitleOverHeaderTest {

    @Test
    void aTitleInLargerTypeOverTheHeaderIsNoHeaderRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period 06/01/2025 - 06/30/2025").gap(10)
                .line(330, "Beginning balance 06/01/2025", 480, "$1,000.00")
                .line(330, "Ending balance 06/30/2025", 480, "$1,790.00").gap(20)
                .sized(40, "Account Activity", 11f).gap(18)
                .line(60, "Description", 380, "Withdrawals", 460, "Deposits")
                .line(44, "Monday, June 2, 2025")
                .cell(60, "ONLINE TRANSFER TO SAVINGS").right(430, "175.15").next()
                .line(44, "Wednesday, June 4, 2025")
                .cell(60, "ZELLE PAYMENT TO MARCUS LEE").right(430, "34.85").next()
                .cell(60, "PAYROLL DEPOSIT").right(500, "1,000.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ONLINE TRANSFER TO SAVINGS", "ZELLE PAYMENT TO MARCUS LEE", "PAYROLL DEPOSIT");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 4), LocalDate.of(2025, 6, 4));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
