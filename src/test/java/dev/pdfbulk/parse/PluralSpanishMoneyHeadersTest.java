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

/** The plural Spanish money headers "DÉBITOS" / "CRÉDITOS", accented or not, name money out and in. */
class PluralSpanishMoneyHeadersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"DÉBITOS, DEBIT", "CRÉDITOS, CREDIT", "Debitos, DEBIT", "Creditos, CREDIT", "Débito, DEBIT",
        "Crédito, CREDIT"})
    void pluralHeadersNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aStatementHeadedDebitosCreditosReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "DESDE: 2025/06/01 HASTA: 2025/06/30").gap(20)
                .line(40, "SALDO ANTERIOR", 200, "$3.842.150,00").gap(20)
                .line(40, "FECHA", 90, "DESCRIPCIÓN", 330, "DCTO.", 400, "DÉBITOS", 480, "CRÉDITOS", 560, "SALDO")
                .cell(40, "1/06").cell(90, "PAGO DE NOMINA").cell(330, "975188").right(520, "$4.677.124,54")
                .right(600, "$8.519.274,54").next()
                .cell(40, "3/06").cell(90, "PAGO PSE CLARO").cell(330, "291415").right(440, "$95.477,10")
                .right(600, "$8.423.797,44").next()
                .line(40, "SALDO ACTUAL", 200, "$8.423.797,44"));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("4677124.54"), new BigDecimal("-95477.10"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
