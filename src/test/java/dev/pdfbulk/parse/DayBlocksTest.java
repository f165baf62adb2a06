package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An extract with no header whose rows stand under day headings carrying the day's balance (Banco Inter's "3 de
 * junho de 2025 ... Saldo do dia: R$ 2.345,67"), a day's rows going on over a page break.
 */
class DayBlocksTest {

    private static PageSketch first(String lastDayBalance) {
        return new PageSketch(1)
                .line(40, "Extrato conta corrente").line(40, "Período: 01/06/2025 a 30/06/2025").gap(6)
                .line(52, "Saldo anterior em 31/05/2025", 300, "Saldo disponível")
                .line(52, "R$ 1.000,00", 300, "R$ 834,50").gap(20)
                .cell(40, "2 de junho de 2025").right(555, "Saldo do dia: R$ 955,00").next().gap(8)
                .cell(40, "Pix enviado: \"Cp :18236120-MARIA SANTOS\"").right(555, "-R$ 45,00").next().gap(4)
                .cell(40, "3 de junho de 2025").right(555, "Saldo do dia: " + lastDayBalance).next().gap(8)
                .cell(40, "Compra no debito: \"PADARIA PAO DOURADO\"").right(555, "-R$ 12,50").next()
                .cell(40, "Pix recebido: \"Cp :60746948-CARLOS LIMA\"").right(555, "R$ 150,00").next()
                .cell(40, "Pix enviado: \"Cp :60701190-JOAO ALMEIDA\"").right(555, "-R$ 20,00").next();
    }

    private static PageSketch second() {
        return new PageSketch(2)
                .line(40, "Extrato conta corrente").gap(20)
                .cell(40, "Pagamento efetuado: \"CEMIG DISTRIBUICAO\"").right(555, "-R$ 238,00").next().gap(4)
                .cell(40, "5 de junho de 2025").right(555, "Saldo do dia: R$ 834,50").next().gap(8)
                .cell(40, "Cashback: \"Cashback Inter Shop\"").right(555, "R$ 8,00").next()
                .cell(40, "Compra no debito: \"UBER DO BRASIL\"").right(555, "-R$ 8,00").next();
    }

    @Test
    void rowsUnderDayHeadingsTakeTheirDateAndTheDaysBalanceChecksThem() throws Exception {
        Statement s = parse(first("R$ 834,50"), second());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 5));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-45.00"),
                new BigDecimal("-12.50"), new BigDecimal("150.00"), new BigDecimal("-20.00"), new BigDecimal("-238.00"),
                new BigDecimal("8.00"), new BigDecimal("-8.00"));
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("834.50");
        assertThat(s.transactions().get(4).description()).isEqualTo("Pagamento efetuado: \"CEMIG DISTRIBUICAO\"");
    }

    @Test
    void aDaysBalanceTheRowsDoNotReachIsNoReading() {
        assertThatThrownBy(() -> parse(first("R$ 835,50"), second())).isInstanceOf(StatementException.class);
    }
}
