package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A balance row whose label is letter-spaced for emphasis ("S A L D O", Banco do Brasil's closing row). */
class LetterSpacedLabelTest {

    @Test
    void letterSpacedTextClosesUp() {
        assertThat(Folding.unspaced("s a l d o")).isEqualTo("saldo");
        assertThat(Folding.unspaced("s a l d o x")).isEqualTo("saldox");
        assertThat(Folding.unspaced("a b")).isEqualTo("a b");
        assertThat(Folding.unspaced("p o box")).isEqualTo("p o box");
        assertThat(Folding.unspaced("a 1 b")).isEqualTo("a 1 b");
        assertThat(Folding.unspaced("saldo")).isEqualTo("saldo");
    }

    @Test
    void aLetterSpacedBalanceNamesABalanceRow() {
        assertThat(Marker.of("S A L D O", true)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("P O S PURCHASE", true)).isNull();
    }

    @Test
    void aLetterSpacedClosingRowIsNoTransaction() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Período do extrato 01/06/2024 a 30/06/2024").gap(20)
                .line(40, "Dia", 140, "Documento", 200, "Histórico", 520, "Valor")
                .cell(40, "31/05/2024").cell(200, "Saldo Anterior").right(560, "2.315,40 C").next()
                .cell(40, "03/06/2024").cell(140, "3.101").cell(200, "Pix - Enviado").right(560, "45,00 D").next()
                .cell(40, "05/06/2024").cell(140, "12.044").cell(200, "Proventos").right(560, "5.200,00 C").next()
                .cell(40, "30/06/2024").cell(200, "S A L D O").right(560, "7.470,40 C").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.00"), new BigDecimal("5200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
