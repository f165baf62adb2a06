package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole statements dated with month names in Italian and Spanish ("03 set", "3 de marzo de 2025"). */
class MoreMonthNamesTest {

    @Test
    void anItalianStatementDatedWithShortMonthNamesReconciles() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Estratto conto dal 1 settembre 2025 al 30 settembre 2025").gap(20)
                .line(40, "Data", 140, "Descrizione", 370, "Dare", 440, "Avere", 515, "Saldo")
                .cell(40, "01 set").cell(140, "SALDO INIZIALE").right(555, "1.000,00").next()
                .cell(40, "03 set").cell(140, "PAGAMENTO POS").right(415, "25,50").right(555, "974,50").next()
                .cell(40, "15 sett").cell(140, "BONIFICO STIPENDIO").right(480, "200,00").right(555, "1.174,50").next()
                .cell(40, "30 set").cell(140, "SALDO FINALE").right(555, "1.174,50").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAGAMENTO POS", "BONIFICO STIPENDIO");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 15));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.50"), new BigDecimal("200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aSpanishStatementDatedDayDeMonthDeYearReconciles() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Extracto del 1 al 31 de octubre de 2025").gap(20)
                .line(40, "Fecha", 170, "Concepto", 370, "Cargo", 440, "Abono", 515, "Saldo")
                .cell(40, "1 de octubre de 2025").cell(170, "SALDO ANTERIOR").right(555, "500,00").next()
                .cell(40, "6 de octubre de 2025").cell(170, "RECIBO LUZ").right(415, "60,00").right(555, "440,00").next()
                .cell(40, "28 de octubre de 2025").cell(170, "NOMINA").right(480, "1.500,00").right(555, "1.940,00").next()
                .cell(40, "31 de octubre de 2025").cell(170, "SALDO FINAL").right(555, "1.940,00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 28));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("RECIBO LUZ", "NOMINA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 10, 31));
    }
}
