package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Spanish "Saldo actual" (the balance the statement reaches) closes a card's table, as Italian "Saldo attuale" does. */
class SpanishSaldoActualTest {

    @Test
    void saldoActualIsABalanceRowNoTransaction() {
        assertThat(Marker.of("Saldo actual", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Saldo anterior", false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void aCardClosedBySaldoActualReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Extracto de tarjeta de crédito").gap(6)
                .line(40, "Periodo del 06/05/2025 al 05/06/2025")
                .line(40, "Saldo anterior", 240, "934,60 EUR").gap(20)
                .line(40, "Fecha", 110, "Concepto", 530, "Importe")
                .cell(40, "07/05/2025").cell(110, "CAFETERIA LA MALLORQUINA").right(560, "12,13").next()
                .cell(40, "09/05/2025").cell(110, "CUOTA 3/12 FINANCIACION MEDIAMARKT").right(560, "74,92").next()
                .cell(40, "11/05/2025").cell(110, "ABONO PAGO RECIBO TARJETA").right(560, "-934,60").next()
                .cell(40, "14/05/2025").cell(110, "EL CORTE INGLES CASTELLANA").right(560, "220,87").next()
                .gap(4).cell(110, "Saldo actual").right(560, "307,92").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-12.13"),
                new BigDecimal("-74.92"), new BigDecimal("934.60"), new BigDecimal("-220.87"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
