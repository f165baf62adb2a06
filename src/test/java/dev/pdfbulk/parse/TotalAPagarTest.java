package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Brazilian card's "Total a pagar" (all the bill owes) is its closing balance: a fatura with no column header
 * (Nubank's "05 MAI | Uber *Trip | R$ 23,90") is read from its implied columns once the balances prove them.
 */
class TotalAPagarTest {

    @Test
    void totalAPagarClosesAHeaderlessFatura() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "FATURA JUN 2024")
                .line(40, "Data do vencimento: 14 JUN 2024", 330, "Fatura anterior", 500, "R$ 1.234,56")
                .line(330, "Pagamento recebido", 500, "-R$ 1.234,56")
                .line(330, "Total de compras de todos os cartões", 500, "R$ 97,70")
                .line(330, "Total a pagar", 500, "R$ 97,70")
                .line(40, "Pagamento mínimo: R$ 14,66").gap(20)
                .line(40, "TRANSAÇÕES DE 05 MAI A 05 JUN")
                .cell(40, "06 MAI").cell(100, "Uber *Trip").right(555, "R$ 23,90").next()
                .cell(40, "10 MAI").cell(100, "Pagamento recebido").right(555, "-R$ 1.234,56").next()
                .cell(40, "12 MAI").cell(100, "Magazine Luiza - Parcela 2/6").right(555, "R$ 73,80").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-23.90", "1234.56", "-73.80");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void totalAPagarIsAClosingLabel() {
        assertThat(BalanceLabelWords.CLOSING.matcher("total a pagar").find()).isTrue();
    }
}
