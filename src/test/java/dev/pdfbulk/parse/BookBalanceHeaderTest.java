package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Saldo Contabilístico" (the book balance, Portuguese), over two header rows: the balance column. */
class BookBalanceHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"Saldo Contabilístico", "Saldo contábil", "Saldo contabile"})
    void theBookBalanceNamesTheBalanceColumn(String name) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(ColumnKind.BALANCE);
    }

    @Test
    void aTwoRowBookBalanceHeaderReadsItsTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Período: 2025-07-01 a 2025-07-31").gap(20)
                .line(40, "Data Mov.", 92, "Data Valor", 146, "Descritivo", 365, "Débito", 430, "Crédito", 530, "Saldo")
                .line(490, "Contabilístico")
                .cell(146, "SALDO INICIAL").right(560, "876,15").next()
                .cell(40, "2025-07-02").cell(92, "2025-07-02").cell(146, "COMPRA 4211 CONTINENTE").right(395, "48,13")
                .right(560, "828,02").next()
                .cell(40, "2025-07-14").cell(92, "2025-07-14").cell(146, "TRF DE EMPRESA XPTO LDA").right(465, "543,28")
                .right(560, "1.371,30").next()
                .cell(146, "SALDO FINAL").right(560, "1.371,30").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
