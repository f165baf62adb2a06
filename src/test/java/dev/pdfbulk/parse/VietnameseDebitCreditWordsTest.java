package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** VietinBank's "Nợ" / "Có" alone over money out and in, read accented: folded, they are English "No" and "Co". */
class VietnameseDebitCreditWordsTest {

    @Test
    void theAccentedWordsNameMoneyColumnsTheUnaccentedDoNot() {
        assertThat(HeaderVocabulary.kindOf("Nợ")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("NỢ")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Có")).isEqualTo(ColumnKind.CREDIT);
        assertThat(HeaderVocabulary.kindOf("No")).isNotEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("No.")).isNotEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Co")).isNotEqualTo(ColumnKind.CREDIT);
        assertThat(HeaderVocabulary.kindOf("Mô tả giao dịch")).isEqualTo(ColumnKind.DESCRIPTION);
        // With its English after a slash (Techcombank's), as before.
        assertThat(HeaderVocabulary.kindOf("Nợ/Debit")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Có/Credit")).isEqualTo(ColumnKind.CREDIT);
    }

    @Test
    void aVietinBankTableReadsMoneyOutAndIn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(200, "Từ ngày 01/06/2025 đến ngày 30/06/2025").gap(20)
                .line(40, "Ngày giao dịch", 118, "Mô tả giao dịch", 385, "Nợ", 460, "Có", 530, "Số dư")
                .cell(118, "Số dư đầu kỳ").right(552, "24.318.500").next()
                .cell(40, "01/06/2025").cell(118, "Rut tien ATM VTB 9470 HA NOI").right(395, "2.300.000")
                        .right(552, "22.018.500").next()
                .cell(40, "01/06/2025").cell(118, "CT DEN:135009 TRAN THI MAI chuyen tien").right(470, "1.970.000")
                        .right(552, "23.988.500").next()
                .cell(118, "Số dư cuối kỳ").right(552, "23.988.500").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Rut tien ATM VTB 9470 HA NOI", "CT DEN:135009 TRAN THI MAI chuyen tien");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-2300000"), new BigDecimal("1970000"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
