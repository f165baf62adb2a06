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
    @CsvSource({"Số tiền ghi nợ, DEBIT", "Số tiền ghi có, CREDIT", "Mô tả, DESCRIPTION", "Nội dung chi tiết, DESCRIPTION",
            "Transactions in detail, DESCRIPTION", "Đối tác, DESCRIPTION"})
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

    @Test
    void theCounterpartyThenTheDetailsMakeTheDescription() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Kỳ sao kê: 01/07/2025 - 31/07/2025")
                .line(340, "Số dư đầu kỳ", 500, "9,684,200").gap(10)
                .line(40, "Ngày giao dịch", 116, "Đối tác", 230, "Diễn giải", 380, "Nợ", 450, "Có", 500, "Số dư")
                .cell(40, "03/07/2025").cell(116, "NGUYEN THU HANG").cell(230, "Chuyen tien nha").right(420, "6,924,000")
                        .right(545, "2,760,200").next()
                .cell(116, "0451000234567 VCB").cell(230, "thang 7").next()
                .cell(40, "05/07/2025").cell(116, "LE HOANG NAM").cell(230, "tra no").right(490, "1,000,000")
                        .right(545, "3,760,200").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("NGUYEN THU HANG 0451000234567 VCB Chuyen tien nha thang 7", "LE HOANG NAM tra no");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
