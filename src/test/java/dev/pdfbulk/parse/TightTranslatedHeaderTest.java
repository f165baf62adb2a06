package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's English row under its Vietnamese one, two of its cells set a space apart ("Txn Date" right
 * before "Reference No."): still the header's translation, each part under its own column.
 */
class TightTranslatedHeaderTest {

    @Test
    void aTranslationWithTouchingCellsIsPartOfTheHeader() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Từ ngày 01/06/2024 đến ngày 30/06/2024")
                .gap(10)
                .line(40, "Ngày GD", 90, "Số tham chiếu", 190, "Số tiền ghi nợ", 265, "Số tiền ghi có", 385, "Số dư",
                        420, "Nội dung")
                .line(40, "Txn Date", 85, "Reference No.", 235, "Debit", 305, "Credit", 375, "Balance",
                        420, "Description")
                .right(410, "10.000.000").cell(420, "Số dư đầu kỳ / Opening balance").next()
                .cell(40, "03/06/2024").cell(90, "5213 - 71234").right(260, "1.000.000").right(410, "9.000.000")
                        .cell(420, "Rút tiền mặt tại ATM").next()
                .cell(40, "05/06/2024").cell(90, "5411 - 29745").right(335, "2.500.000").right(410, "11.500.000")
                        .cell(420, "IBFT LE VAN HUNG chuyen tien").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1000000"), new BigDecimal("2500000"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Rút tiền mặt tại ATM", "IBFT LE VAN HUNG chuyen tien");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
