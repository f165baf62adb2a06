package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Brazilian extrato: "data | lançamentos | valor (R$) | saldo (R$)", a dated "SALDO ANTERIOR" row opening the table
 * and a "SALDO DO DIA" row closing each day, the only running balance printed.
 */
class PortugueseExtratoTest {

    private static Statement extrato(String secondDayBalance) throws Exception {
        PageSketch p = new PageSketch(1).line(40, "período de visualização: 01/08/2025 até 31/08/2025").gap(20)
                .line(40, "data", 115, "lançamentos", 400, "valor (R$)", 500, "saldo (R$)");
        p.cell(40, "31/07/2025").cell(115, "SALDO ANTERIOR").right(555, "3.842,17").next();
        p.cell(40, "03/08/2025").cell(115, "PIX RECEBIDO CAMILA").right(450, "345,62").next();
        p.cell(40, "03/08/2025").cell(115, "SALDO DO DIA").right(555, "4.187,79").next();
        p.cell(40, "04/08/2025").cell(115, "PIX TRANSF MARCOS").right(450, "-106,64").next();
        p.cell(40, "04/08/2025").cell(115, "TAR PACOTE ITAU").right(450, "-19,90").next();
        p.cell(40, "04/08/2025").cell(115, "SALDO DO DIA").right(555, secondDayBalance).next();
        return parse(p);
    }

    @Test
    void theDaysBalanceRowsCheckTheRowsAndAreNoTransactions() throws Exception {
        Statement s = extrato("4.061,25");
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PIX RECEBIDO CAMILA", "PIX TRANSF MARCOS", "TAR PACOTE ITAU");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 8, 3),
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 4));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("345.62"),
                new BigDecimal("-106.64"), new BigDecimal("-19.90"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("3842.17");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("4061.25");
    }

    @Test
    void aDaysBalanceThatDisagreesFailsTheCheck() throws Exception {
        assertThat(extrato("4.081,15").reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
