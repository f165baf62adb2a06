package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries scheduled for a later day, listed under the closing balance row ("Lançamentos futuros", Banco do Brasil's):
 * not booked, so no transactions of the statement.
 */
class FutureEntriesTest {

    private static PageSketch extrato(String title) {
        return new PageSketch(1)
                .line(40, "Período do extrato 01/06/2025 a 30/06/2025").gap(20)
                .line(40, "Dia", 85, "Lançamentos", 360, "Documento", 520, "Valor")
                .cell(40, "31/05/2025").cell(85, "Saldo Anterior").right(560, "2.315,40 C").next()
                .cell(40, "03/06/2025").cell(85, "Pix - Enviado").cell(360, "3.101").right(560, "45,00 D").next()
                .cell(40, "05/06/2025").cell(85, "Crédito Salário").cell(360, "12.044").right(560, "5.200,00 C").next()
                .cell(40, "30/06/2025").cell(85, "S A L D O").right(560, "7.470,40 C").next()
                .cell(40, title).next()
                .cell(40, "03/07/2025").cell(85, "Pagamento de Boleto").right(560, "187,45 D").next()
                .cell(85, "SABESP AGUA E ESGOTO").next()
                .cell(40, "10/07/2025").cell(85, "Débito Automático").right(560, "129,90 D").next();
    }

    @Test
    void futureEntriesUnderTheClosingRowAreNoTransactions() throws Exception {
        Statement s = parse(extrato("Lançamentos futuros"));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.00"), new BigDecimal("5200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anotherTitleLeavesTheRowsBelowToTheTable() throws Exception {
        // No title of items not yet booked: the rows below the closing row stay rows, and no check covers them.
        Statement s = parse(extrato("Outros lançamentos"));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aFutureTitleIsAShortPhraseUnderABalanceRow() {
        assertThat(PendingTitle.underClosing(line("Lançamentos futuros"), balanceRow(), columns())).isTrue();
        assertThat(PendingTitle.underClosing(line("Scheduled payments"), balanceRow(), columns())).isTrue();
        assertThat(PendingTitle.underClosing(line("Lançamentos futuros"), null, columns())).isFalse();
        assertThat(PendingTitle.underClosing(line("Lançamentos futuros 2025"), balanceRow(), columns())).isFalse();
    }

    private static Line line(String text) {
        return Line.of(new PageSketch(1).cell(40, text).next().page()).get(0);
    }

    private static TableLine balanceRow() {
        return new TableLine(1, 100, null, "S A L D O", java.util.Map.of(), Marker.BALANCE, 0);
    }

    private static TableColumns columns() {
        return new TableColumns(java.util.List.of(new Column(ColumnKind.DATE, 40, 60),
                new Column(ColumnKind.DESCRIPTION, 85, 140), new Column(ColumnKind.AMOUNT, 520, 560)));
    }
}
