package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A Spanish "Canal o Sucursal" column (the channel or branch a row came through, "Internet", "Of. Providencia"): a code, no text. */
class ChannelOrBranchColumnTest {

    @Test
    void canalOSucursalIsNeitherTextNorMoney() throws Exception {
        // Three words the vocabulary did not know made the line no header: the file failed with no transactions.
        assertThat(HeaderVocabulary.kindOf("Canal o Sucursal")).isEqualTo(ColumnKind.OTHER);
        Statement s = parse(new PageSketch(1)
                .line(40, "ESTADO DE CUENTA CORRIENTE").gap(20)
                .line(40, "Fecha", 80, "Descripción", 290, "Canal o Sucursal", 405, "Cargos", 475, "Abonos", 545, "Saldo")
                .cell(40, "01/06/2025").cell(80, "SALDO INICIAL").right(570, "1.845.320").next()
                .cell(40, "04/06/2025").cell(80, "PAGO AUTOMATICO ENEL DISTRIBUCION").cell(290, "PAC")
                        .right(432, "56.805").right(570, "1.788.515").next()
                .cell(40, "05/06/2025").cell(80, "DEPOSITO EN EFECTIVO").cell(290, "Of. Las Condes")
                        .right(500, "28.492").right(570, "1.817.007").next()
                .cell(40, "30/06/2025").cell(80, "SALDO FINAL").right(570, "1.817.007").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "PAGO AUTOMATICO ENEL DISTRIBUCION", "DEPOSITO EN EFECTIVO");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-56805"),
                new BigDecimal("28492"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
