package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-letter local sign a space before the amount in its cell ("Q 669.24", "-Q 3,632.10", Guatemalan quetzales):
 * the amount's sign, its minus the amount's, no text of the row; an initial ending a description stays text.
 */
class LoneSignTest {

    private static PageSketch page() {
        return new PageSketch(1).line(40, "ESTADO DE CUENTA MONETARIA").line(40, "Del 01/05/2025 al 31/05/2025").gap(20)
                .line(40, "Fecha", 95, "Documento", 150, "Descripción", 375, "Débito", 455, "Crédito", 545, "Saldo")
                .cell(40, "01/05/2025").cell(150, "SALDO INICIAL").right(565, "Q 1,240.55").next()
                .cell(40, "02/05/2025").cell(95, "3001844").cell(150, "CHEQUE PAGADO").right(400, "Q 669.24")
                .right(565, "Q 571.31").next()
                .cell(40, "05/05/2025").cell(95, "4256579").cell(150, "RETIRO ATM 5B ZONA 10").right(400, "Q 982.31")
                .right(565, "-Q 411.00").next()
                .cell(40, "07/05/2025").cell(95, "4374002").cell(150, "DEPOSITO DE JOHN Q").right(482, "Q 650.77")
                .right(565, "Q 239.77").next()
                .cell(150, "SALDO FINAL").right(565, "Q 239.77").next();
    }

    @Test
    void aLoneQuetzalSignBeforeTheAmountIsItsSign() throws Exception {
        Statement s = parse(page());
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-669.24", "-982.31", "650.77");
        assertThat(s.transactions()).extracting(Transaction::balance).extracting(BigDecimal::toPlainString)
                .containsExactly("571.31", "-411.00", "239.77");
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CHEQUE PAGADO", "RETIRO ATM 5B ZONA 10", "DEPOSITO DE JOHN Q");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void signWordsAreOnlyTheKnownLettersWithTheirMinus() {
        assertThat(LoneSigns.sign("Q")).isEqualTo(1);
        assertThat(LoneSigns.sign("-Q")).isEqualTo(-1);
        assertThat(LoneSigns.sign("Bs")).isEqualTo(1);
        assertThat(LoneSigns.sign("QQ")).isZero();
        assertThat(LoneSigns.sign("DE")).isZero();
    }
}
