package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** An opening balance label set from the date column across the reference, its amount under the balance. */
class DateColumnLabelTest {

    private static PageSketch page(String label) {
        return new PageSketch(1)
                .line(40, "Từ ngày 01/06/2024 đến ngày 30/06/2024")
                .gap(10)
                .line(40, "Ngày GD", 100, "Số tham chiếu", 190, "Số tiền ghi nợ", 265, "Số tiền ghi có", 385, "Số dư",
                        420, "Nội dung")
                .cell(40, label).right(410, "10.000.000").next()
                .cell(40, "03/06/2024").cell(100, "5213 - 71234").right(260, "1.000.000").right(410, "9.000.000")
                        .cell(420, "Rút tiền mặt tại ATM").next()
                .cell(40, "05/06/2024").cell(100, "5411 - 29745").right(335, "2.500.000").right(410, "11.500.000")
                        .cell(420, "IBFT LE VAN HUNG chuyen tien").next();
    }

    @Test
    void anOpeningLabelInTheDateColumnIsTheOpeningBalanceRow() throws Exception {
        Statement s = parse(page("Số dư đầu kỳ / Opening balance"));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1000000"), new BigDecimal("2500000"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Rút tiền mặt tại ATM", "IBFT LE VAN HUNG chuyen tien");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("10000000");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBroughtForwardLabelThereToo() throws Exception {
        Statement s = parse(page("Balance brought forward"));
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void otherWordsThereAreNoRow() {
        assertThat(DateColumnLabel.opens(new Phrase(new PageSketch(1).cell(40, "Opening").words()),
                columns(), 8f)).isFalse();
        assertThat(DateColumnLabel.opens(new Phrase(new PageSketch(1).cell(40, "Closing balance").words()),
                columns(), 8f)).isFalse();
        assertThat(DateColumnLabel.opens(new Phrase(new PageSketch(1).cell(40, "Opening balance").words()),
                columns(), 8f)).isTrue();
    }

    private static TableColumns columns() {
        return HeaderRow.columns(new PageSketch(1).cell(40, "Date").cell(100, "Description").cell(300, "Amount")
                .cell(400, "Balance").words()).orElseThrow();
    }
}
