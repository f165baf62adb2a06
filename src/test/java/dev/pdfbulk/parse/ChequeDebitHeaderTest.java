package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "CHEQUE/DEBIT" over the money paid out (TD Canada Trust). */
class ChequeDebitHeaderTest {

    @Test
    void aChequeWordBesideAMoneyOutWordNamesTheMoneyOut() {
        assertThat(HeaderVocabulary.kindOf("CHEQUE/DEBIT")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Cheques/Debits")).isEqualTo(ColumnKind.DEBIT);
        // Alone, or beside another reference, a cheque word still heads a column of cheque numbers.
        assertThat(HeaderVocabulary.kindOf("Chq./Ref.No.")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("Cheque")).isEqualTo(ColumnKind.OTHER);
        // A cheque is paid out: beside money in, or beside text, the alternatives name nothing.
        assertThat(HeaderVocabulary.kindOf("Cheque/Credit")).isNull();
        assertThat(HeaderVocabulary.kindOf("Chq./Remarks")).isNull();
    }

    @Test
    void aTableUnderChequeDebitAndDepositCreditIsRead() throws Exception {
        // Before, "CHEQUE/DEBIT" named no column (its alternatives name two kinds): only the deposits were read.
        Statement s = parse(new PageSketch(1)
                .line(300, "Statement Period", 400, "APR 30/25 - MAY 30/25").gap(20)
                .line(40, "DESCRIPTION", 200, "CHEQUE/DEBIT", 280, "DEPOSIT/CREDIT", 370, "DATE", 440, "BALANCE")
                .cell(40, "BALANCE FORWARD").cell(370, "APR30").right(480, "412.37").next()
                .cell(40, "LCBO/RAO #0217").right(260, "219.69").cell(370, "MAY01").next()
                .cell(40, "E-TRANSFER ***dYY").right(350, "184.42").cell(370, "MAY01").right(480, "377.10").next()
                .cell(40, "TIM HORTONS #2381").right(260, "10.00").cell(370, "MAY02").right(480, "367.10").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-219.69"),
                new BigDecimal("184.42"), new BigDecimal("-10.00"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
