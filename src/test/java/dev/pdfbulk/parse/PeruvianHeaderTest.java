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

/** The Peruvian processing-date, channel and operation-number headers, each set over two rows. */
class PeruvianHeaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"FECHA PROC., POSTING_DATE", "MED ATENCION, OTHER", "NRO OPER., OTHER", "Medio de atención, OTHER"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aBcpTableWithItsHeaderOverTwoRowsKeepsChannelAndNumberOutOfTheDescription() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "DEL 01/11/2025 AL 30/11/2025", 330, "SALDO ANTERIOR", 520, "3,420.10").gap(20)
                .line(40, "FECHA", 80, "FECHA", 120, "DESCRIPCION", 300, "MED", 350, "NRO", 400, "CARGOS /",
                        460, "ABONOS /", 530, "SALDO")
                .line(40, "PROC.", 80, "VALOR", 300, "ATENCION", 350, "OPER.", 420, "DEBE", 480, "HABER")
                .cell(40, "01NOV").cell(80, "01NOV").cell(120, "COMPRA INTERNET RAPPI PERU").cell(300, "INTERNET")
                        .cell(350, "902168").right(450, "43.07").right(560, "3,377.03").next()
                .cell(40, "02NOV").cell(80, "02NOV").cell(120, "ABONO HABERES CORP ANDINA SAC").cell(300, "ATM")
                        .cell(350, "667130").right(510, "6,806.05").right(560, "10,183.08").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COMPRA INTERNET RAPPI PERU", "ABONO HABERES CORP ANDINA SAC");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-43.07"), new BigDecimal("6806.05"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
