package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Vietnamese headers, set syllable by syllable: "Số tiền ghi nợ" names a column in four words. */
class VietnameseHeaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Số tiền ghi nợ, DEBIT", "Số tiền ghi có, CREDIT", "Mô tả, DESCRIPTION"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aHeaderOfSixColumnsInSeventeenWordsHeadsTheTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Từ ngày 01/06/2024 đến ngày 30/06/2024")
                .line(360, "Số dư đầu kỳ", 500, "10,000,000").gap(10)
                .line(40, "Ngày GD", 95, "Số tham chiếu", 175, "Số tiền ghi nợ", 250, "Số tiền ghi có", 345, "Số dư",
                        382, "Mô tả")
                .cell(40, "03/06/2024").cell(95, "5213 - 71234").right(235, "1,000,000").right(372, "9,000,000")
                        .cell(382, "Rút tiền mặt tại ATM").next()
                .cell(40, "05/06/2024").cell(95, "5411 - 29745").right(310, "2,500,000").right(372, "11,500,000")
                        .cell(382, "IBFT LE VAN HUNG chuyen tien").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1000000"), new BigDecimal("2500000"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Rút tiền mặt tại ATM", "IBFT LE VAN HUNG chuyen tien");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
