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

/** A currency sign glued before a header word ("£Out"), and the singular Spanish deposit and withdrawal headers. */
class GluedSignAndSingularHeadersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"£Out, DEBIT", "£In, CREDIT", "£Balance, BALANCE", "$Amount, AMOUNT", "€Saldo, BALANCE",
        "MONTO DEL DEPOSITO, CREDIT", "MONTO DEL RETIRO, DEBIT", "Depósito, CREDIT", "Retiro, DEBIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aSignGluedBeforeTheWordNamesNoOtherWord() {
        assertThat(HeaderUnits.withoutGluedUnit("£out")).isEqualTo("out");
        assertThat(HeaderUnits.withoutGluedUnit("£")).isEqualTo("£");
        assertThat(HeaderUnits.withoutGluedUnit("$5")).isEqualTo("$5");
        assertThat(HeaderVocabulary.kindOf("£Cafe")).isNull();
    }

    @Test
    void aStatementHeadedPoundOutPoundInPoundBalanceReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025").gap(20)
                .line(40, "Date", 110, "Details", 380, "£Out", 450, "£In", 530, "£Balance")
                .cell(40, "01 Mar 2025").cell(110, "Balance brought forward").right(560, "1,000.00").next()
                .cell(40, "03 Mar 2025").cell(110, "TESCO STORES").right(410, "25.40").right(560, "974.60").next()
                .cell(40, "05 Mar 2025").cell(110, "SALARY").right(480, "1,200.00").right(560, "2,174.60").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("1200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
