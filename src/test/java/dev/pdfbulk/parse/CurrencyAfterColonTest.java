package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Valuta / Currency : IDR" over BRI's table: the code after the colon is the label's value, no currency column's
 * name, so the line is no header (with "Valuta" the value date beside it, it was read as one) and names the account's
 * currency.
 */
class CurrencyAfterColonTest {

    @Test
    void aCodeAfterAColonNamesNoColumn() {
        assertThat(CurrencyColumns.cells(new PageSketch(1).cell(40, "Valuta / Currency :").cell(200, "IDR").words()))
                .isEmpty();
        assertThat(CurrencyColumns.cells(new PageSketch(1).cell(40, "Date").cell(100, "Description").cell(300, "IDR")
                .words())).hasSize(1);
    }

    @Test
    void theLabelledCurrencyIsTheAccounts() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "No. Rekening / Account No :", 200, "0341-01-012345-50-9")
                .line(40, "Valuta / Currency :", 200, "IDR")
                .line(40, "Periode Transaksi / Transaction Period :", 260, "01/03/25 - 31/03/25")
                .gap(10)
                .line(40, "Tanggal Transaksi", 140, "Uraian Transaksi", 300, "Teller", 380, "Debet", 450, "Kredit",
                        520, "Saldo")
                .cell(40, "01/03/25").cell(140, "SALDO AWAL").right(550, "1.000.000,00").next()
                .cell(40, "03/03/25").cell(140, "TARIK TUNAI ATM").cell(300, "8888001").right(405, "200.000,00")
                        .right(480, "0,00").right(550, "800.000,00").next()
                .cell(40, "05/03/25").cell(140, "SETORAN TUNAI").cell(300, "3012045").right(405, "0,00")
                        .right(480, "50.000,00").right(550, "850.000,00").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.metadata().currency()).isEqualTo("IDR");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
