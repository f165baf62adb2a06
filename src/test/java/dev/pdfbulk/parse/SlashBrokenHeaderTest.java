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

/**
 * Two alternatives broken after their slash over two header rows ("Withdrawn/" over "Debits ($)", as Scotiabank
 * prints them), with a currency unit a space apart at the phrase's end.
 */
class SlashBrokenHeaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Withdrawn/ Debits ($), DEBIT", "Withdrawn/Debits ($), DEBIT", "Deposits/ Credits ($), CREDIT",
        "Deposits/Credits (€), CREDIT"})
    void aUnitASpaceApartQualifiesThePhrase(String phrase, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(phrase)).isEqualTo(kind);
    }

    @Test
    void aHeaderWordBeforeItsSlashIsAHeaderWord() {
        assertThat(HeaderWords.isHeaderWord("Withdrawn/")).isTrue();
        assertThat(HeaderWords.isHeaderWord("Deposits/")).isTrue();
        assertThat(HeaderWords.isHeaderWord("Tim/")).isFalse();
        assertThat(HeaderVocabulary.kindOf("Withdrawn/Debits (1)")).isNull();
    }

    @Test
    void aStatementHeadedWithdrawnOverDebitsReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period Jun 1, 2024 to Jun 30, 2024").gap(20)
                .cell(40, "Date").cell(85, "Transactions").right(405, "Withdrawn/").right(490, "Deposits/")
                .right(570, "Balance ($)").next()
                .right(405, "Debits ($)").right(490, "Credits ($)").next()
                .cell(40, "Jun 1").cell(85, "Opening Balance").right(570, "1,000.00").next()
                .cell(40, "Jun 3").cell(85, "Point of sale purchase").right(405, "25.40").right(570, "974.60").next()
                .cell(85, "TIM HORTONS").next()
                .cell(40, "Jun 5").cell(85, "Payroll dep.").right(490, "1,200.00").right(570, "2,174.60").next()
                .cell(85, "SHOPIFY INC").next()
                .cell(40, "Jun 30").cell(85, "Closing Balance").right(570, "2,174.60").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("1200.00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Point of sale purchase TIM HORTONS", "Payroll dep. SHOPIFY INC");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
