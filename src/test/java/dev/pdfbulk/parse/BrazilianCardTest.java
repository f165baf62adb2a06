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
 * A Brazilian card's fatura: "Total da fatura anterior" and "Total desta fatura" the balances, the closing day
 * ("Fechamento") the only date with a year, installments ("06/10") dated on the day of purchase, and the card's
 * purchases summed on an undated row that names no total.
 */
class BrazilianCardTest {

    private static PageSketch fatura(String cardSubtotal) {
        PageSketch p = new PageSketch(1).line(40, "Itaucard Mastercard Platinum", 400, "Vencimento: 10/01/2026")
                .line(40, "Total desta fatura", 200, "R$ 1.150,00")
                .line(40, "Pagamento mínimo", 200, "R$ 172,50")
                .line(40, "Limite total de crédito", 200, "R$ 15.000,00")
                .line(40, "Emissão: 02/01/2026 Fechamento: 01/01/2026")
                .line(300, "Total da fatura anterior", 480, "2.385,40").gap(10)
                .line(40, "Pagamentos efetuados")
                .line(40, "DATA", 72, "ESTABELECIMENTO", 400, "VALOR EM R$");
        p.cell(40, "10/12").cell(72, "PAGAMENTO EFETUADO").right(455, "-2.385,40").next();
        p.cell(72, "Total dos pagamentos").right(455, "-2.385,40").next();
        p.line(40, "Lançamentos: compras e saques").line(40, "DATA", 72, "ESTABELECIMENTO", 400, "VALOR EM R$");
        p.cell(40, "15/07").cell(72, "MAGAZINE LUIZA 06/10").right(455, "249,90").next();
        p.cell(40, "02/12").cell(72, "UBER *TRIP").right(455, "172,37").next();
        p.cell(40, "30/12").cell(72, "NETSHOES").right(455, "727,73").next();
        p.cell(72, "Lançamentos no cartão (final 1234)").right(455, cardSubtotal).next();
        p.cell(72, "Total dos lançamentos atuais").right(455, "1.150,00").next();
        return p;
    }

    @Test
    void aFaturaOverTheYearsEndReadsAsACardAndReconciles() throws Exception {
        Statement s = parse(fatura("1.150,00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("PAGAMENTO EFETUADO",
                "MAGAZINE LUIZA 06/10", "UBER *TRIP", "NETSHOES");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 12, 10),
                LocalDate.of(2025, 7, 15), LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 30));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("2385.40"),
                new BigDecimal("-249.90"), new BigDecimal("-172.37"), new BigDecimal("-727.73"));
        // The balances as the issuer prints them, amounts owed.
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("2385.40");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1150.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anUndatedRowThatIsNoSumOfTheRowsAboveStaysARowAndTheBalancesRefuseIt() throws Exception {
        Statement s = parse(fatura("1.100,00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .contains("Lançamentos no cartão (final 1234)");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void whereRowsShareTheDateAboveAnUndatedRowEqualToTheRowsAboveIsKept() throws Exception {
        // Rows may share the date above ("BOOKS"): then "TRANSFER", undated, is a payment, whatever it sums to.
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "Date", 100, "Description", 420, "Amount", 500, "Balance");
        p.cell(40, "02/05/2025").cell(100, "OPENING BALANCE").right(560, "1,000.00").next();
        p.cell(40, "03/05/2025").cell(100, "COFFEE").right(460, "-10.00").right(560, "990.00").next();
        p.cell(40, "03/05/2025").cell(100, "LUNCH").right(460, "-20.00").right(560, "970.00").next();
        p.cell(100, "TRANSFER").right(460, "-30.00").right(560, "940.00").next();
        p.cell(40, "04/05/2025").cell(100, "SALARY").right(460, "100.00").right(560, "1,040.00").next();
        p.cell(100, "BOOKS").right(460, "-40.00").right(560, "1,000.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COFFEE", "LUNCH", "TRANSFER", "SALARY", "BOOKS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
