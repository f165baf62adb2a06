package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A header naming each column in Vietnamese and English on one line, joined by a slash (Techcombank's), or in English
 * with the Arabic name a space beside it (National Bank of Kuwait's).
 */
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

    @Test
    void aWordInAnotherScriptIsTold() {
        assertThat(BilingualCell.otherScript("مدين")).isTrue();
        assertThat(BilingualCell.otherScript("Дебет")).isTrue();
        assertThat(BilingualCell.otherScript("Débit")).isFalse();
        assertThat(BilingualCell.otherScript("2025")).isFalse();
        assertThat(BilingualCell.otherScript("(د.ك)")).isFalse();
        assertThat(BilingualCell.latin("Debit")).isTrue();
        assertThat(BilingualCell.latin("Ref.")).isTrue();
        assertThat(BilingualCell.latin("مدين")).isFalse();
        assertThat(BilingualCell.latin("12,34")).isFalse();
    }

    @Test
    void arabicNamesBesideTheEnglishOnOneHeaderLineAreTheSameColumns() throws Exception {
        // Before, the seven Arabic words joined to the six cells read as a sentence's words: no header, no table.
        Statement s = parse(new PageSketch(1)
                .cell(40, "Date التاريخ").cell(115, "Value Date تاريخ القيمة").cell(245, "Description البيان")
                .right(420, "Debit مدين").right(490, "Credit دائن").right(570, "Balance الرصيد").next()
                .cell(40, "01/06/2025").cell(245, "Balance B/F").right(570, "3,417.285").next()
                .cell(40, "01/06/2025").cell(115, "01/06/2025").cell(245, "SALARY CREDIT KOC").right(490, "2,166.314")
                .right(570, "5,583.599").next()
                .cell(40, "02/06/2025").cell(115, "03/06/2025").cell(245, "POS PURCHASE TALABAT").right(420, "21.077")
                .right(570, "5,562.522").next()
                .cell(245, "Closing Balance").right(570, "5,562.522").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("2166.314"), new BigDecimal("-21.077"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("SALARY CREDIT KOC", "POS PURCHASE TALABAT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theArabicNameFirstIsTheSameColumnToo() {
        PageSketch header = new PageSketch(1).cell(40, "التاريخ Date").cell(115, "تاريخ القيمة Value Date")
                .cell(245, "البيان Description").right(420, "مدين Debit").right(490, "دائن Credit")
                .right(570, "الرصيد Balance").next();
        TableColumns columns = HeaderRow.columns(header.words()).orElseThrow();
        assertThat(columns.date()).isNotNull();
        assertThat(columns.columns()).hasSize(6);
        // Latin words the vocabulary does not know, as many, still read as a sentence's.
        PageSketch prose = new PageSketch(1).cell(40, "Date shown here").cell(130, "Description given below")
                .right(440, "Debit total paid").right(540, "Credit kept here").right(640, "Balance kept now").next();
        assertThat(HeaderRow.columns(prose.words())).isEmpty();
    }
}
