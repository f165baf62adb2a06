package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A Mexican card's "Saldo deudor total" (all it owes on its closing day) is its closing balance. */
class MexicanCardClosingTest {

    @Test
    void saldoDeudorTotalClosesTheCard() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Estado de Cuenta Tarjeta de Crédito Azul")
                .line(40, "Periodo: 12-may-2025 al 11-jun-2025", 330, "Saldo anterior", 480, "$8,743.20")
                .line(330, "(+) Cargos regulares", 480, "$2,870.68")
                .line(330, "(-) Pagos y abonos", 480, "$8,743.20")
                .line(330, "Saldo deudor total", 480, "$2,870.68")
                .line(330, "Límite de crédito", 480, "$45,000.00").gap(20)
                .line(40, "Fecha de operación", 140, "Descripción del movimiento", 420, "Cargos", 490, "Abonos")
                .cell(40, "13-may-2025").cell(140, "UBER EATS CIUDAD DE MEXICO").right(450, "$428.09").next()
                .cell(40, "13-may-2025").cell(140, "WALMART SUPERCENTER ZAPOPAN").right(450, "$2,442.59").next()
                .cell(40, "26-may-2025").cell(140, "SU PAGO GRACIAS SPEI").right(520, "$8,743.20").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-428.09", "-2442.59", "8743.20");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("2870.68");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theBalanceAtTheLastClosingDayIsNoClosing() {
        assertThat(BalanceLabelWords.CLOSING.matcher("saldo al corte").find()).isTrue();
        assertThat(BalanceLabelWords.CLOSING.matcher("saldo al corte anterior").find()).isFalse();
    }
}
