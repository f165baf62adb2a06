package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text at a page's foot after a complete row, the next row at the top of the next page: where the table sets its
 * wrapped text above its rows' amounts, the page break may have split that next row from its first lines.
 */
class PageFootTextTest {

    private static PageSketch header(int page) {
        return new PageSketch(page).line(40, "Periodo del 01/10/2025 al 31/10/2025").gap(20)
                .line(40, "Fecha", 110, "Concepto", 380, "Cargos", 450, "Abonos", 530, "Saldo");
    }

    private static PageSketch pageTwo() {
        return header(2)
                .cell(40, "31/10/2025").cell(110, "MERCADONA").right(420, "69,69").right(570, "645,03").next().gap(4)
                .cell(110, "Saldo final").right(570, "645,03").next();
    }

    @Test
    void whereWrappedTextIsSetAboveItsRowTextAtAPagesFootIsInDoubt() throws Exception {
        // Rows 20 pt apart; a wrapped row's first line 12 pt over its date and amounts: a grid aligned to the bottom.
        PageSketch one = header(1)
                .cell(110, "Saldo anterior").right(570, "1.100,00").next().gap(8)
                .cell(40, "01/10/2025").cell(110, "REINTEGRO CAJERO").right(420, "100,00").right(570, "1.000,00")
                .next().gap(8)
                .line(110, "RECIBO IBERDROLA 0418")
                .cell(40, "02/10/2025").cell(110, "CLIENTES").right(420, "100,00").right(570, "900,00").next().gap(8)
                .cell(40, "30/10/2025").cell(110, "COMISION MANTENIMIENTO").right(420, "185,28").right(570, "714,72")
                .next().gap(8)
                .line(110, "COMPRA TARJ.");
        Statement s = parse(one, pageTwo());
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("foot of page 1");
    }

    @Test
    void whereEachRowsBlockSetsItsTextAboveItsAmountsTextAtAPagesFootIsInDoubt() throws Exception {
        // Rows told apart by whitespace (RowBlocks), each wrapped row's first line over its date and amounts.
        PageSketch one = header(1)
                .cell(110, "Saldo anterior").right(570, "1.100,00").next().gap(8)
                .line(110, "TRANSFERENCIA ALQUILER")
                .cell(40, "01/10/2025").cell(110, "OFICINA 0418").right(420, "100,00").right(570, "1.000,00")
                .next().gap(8)
                .line(110, "RECIBO IBERDROLA")
                .cell(40, "02/10/2025").cell(110, "CLIENTES").right(420, "100,00").right(570, "900,00").next().gap(8)
                .cell(40, "30/10/2025").cell(110, "COMISION MANTENIMIENTO").right(420, "185,28").right(570, "714,72")
                .next().gap(8)
                .line(110, "COMPRA TARJ.");
        Statement s = parse(one, pageTwo());
        assertThat(s.transactions()).extracting(Transaction::description).startsWith(
                "TRANSFERENCIA ALQUILER OFICINA 0418", "RECIBO IBERDROLA CLIENTES");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("foot of page 1");
    }

    @Test
    void whereWrappedTextIsSetUnderItsRowTextAtAPagesFootEndsThatRow() throws Exception {
        // The look-alike: the wrap set tight under its row's date and amounts; the foot text is the last row's rest.
        PageSketch one = header(1)
                .cell(110, "Saldo anterior").right(570, "1.000,00").next().gap(4)
                .cell(40, "02/10/2025").cell(110, "RECIBO IBERDROLA").right(420, "100,00").right(570, "900,00").next()
                .line(110, "CLIENTES").gap(4)
                .cell(40, "30/10/2025").cell(110, "COMISION MANTENIMIENTO").right(420, "185,28").right(570, "714,72")
                .next()
                .line(110, "OFICINA 0418");
        Statement s = parse(one, pageTwo());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "RECIBO IBERDROLA CLIENTES", "COMISION MANTENIMIENTO OFICINA 0418", "MERCADONA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
