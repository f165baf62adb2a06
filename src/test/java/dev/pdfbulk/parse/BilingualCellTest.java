package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A header naming each column in Vietnamese and English on one line, joined by a slash (Techcombank's). */
class BilingualCellTest {

    @Test
    void theKnownHalfOfALocalAndEnglishPairNamesTheColumn() {
        assertThat(HeaderVocabulary.kindOf("Ngày/Date")).isEqualTo(ColumnKind.DATE);
        assertThat(HeaderVocabulary.kindOf("Có/Credit")).isEqualTo(ColumnKind.CREDIT);
        assertThat(HeaderVocabulary.kindOf("Số GD/Ref. No.")).isEqualTo(ColumnKind.OTHER);
        // "Nợ" folds to "No", a number: a false friend beside a plain word that names money.
        assertThat(HeaderVocabulary.kindOf("Nợ/Debit")).isEqualTo(ColumnKind.DEBIT);
        // Two known names of different kinds, plain or both marked, still name nothing.
        assertThat(HeaderVocabulary.kindOf("Cheque/Credit")).isNull();
        assertThat(HeaderVocabulary.kindOf("Retrait/Dépôt")).isNull();
        // A part with a digit or a sentence beside the known one is no bilingual name.
        assertThat(HeaderVocabulary.kindOf("Debit/2025")).isNull();
        assertThat(HeaderVocabulary.kindOf("Balance/as shown on your passbook")).isNull();
        // A plain unknown word is more often a neighbour's remains: "Verifikations-" joined to "Text/mottagare".
        assertThat(HeaderVocabulary.kindOf("Verifikations- Text/mottagare")).isNull();
    }

    @Test
    void aTableUnderOneLineBilingualHeadersIsRead() throws Exception {
        // Before, "Ngày/Date", "Nợ/Debit" and "Có/Credit" named no column and the page had no transaction table.
        Statement s = parse(new PageSketch(1)
                .line(40, "Từ ngày/From: 01/06/2025   Đến ngày/To: 30/06/2025").gap(20)
                .cell(40, "Ngày/Date").cell(112, "Số GD/Ref. No.").cell(196, "Diễn giải/Description").right(410, "Nợ/Debit")
                .right(480, "Có/Credit").right(555, "Số dư/Balance").next()
                .cell(196, "Số dư đầu kỳ/Opening balance").right(555, "18.452.300").next()
                .cell(40, "01/06/2025").cell(112, "FT2515227022356").cell(196, "Hoàn tiền giao dịch SHOPEE")
                .right(480, "254.000").right(555, "18.706.300").next()
                .cell(40, "02/06/2025").cell(112, "FT2515310208372").cell(196, "Chuyen tien den TRAN THI BICH")
                .right(410, "6.271.000").right(555, "12.435.300").next()
                .cell(196, "Số dư cuối kỳ/Closing balance").right(555, "12.435.300").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("254000"), new BigDecimal("-6271000"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
