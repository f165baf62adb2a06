package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows under the table's last transaction that are none: "Sum" over the column totals and a balance named by whose
 * favour it is in ("Saldo i Deres favør").
 */
class SumAndFavourRowsTest {

    @Test
    void aSumRowAndABalanceInTheHoldersFavourAreNoTransactions() throws Exception {
        PageSketch p = new PageSketch(1);
        p.line(40, "Statement 01.05.2025 - 31.05.2025").gap(20);
        p.line(40, "Date", 90, "Description", 400, "Paid out", 480, "Paid in");
        p.cell(40, "03.05").cell(90, "REMA 1000 MAJORSTUEN").right(440, "872,44").next();
        p.cell(40, "12.05").cell(90, "Lønn ACME AS").right(520, "45 200,96").next();
        p.cell(40, "31.05").cell(90, "Gebyr Visa Debet").right(440, "35,00").next();
        p.cell(90, "Sum").right(440, "907,44").right(520, "45 200,96").next();
        p.cell(90, "Saldo i Deres favør 31.05.2025").right(520, "59 528,32").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("REMA 1000 MAJORSTUEN", "Lønn ACME AS", "Gebyr Visa Debet");
    }

    @Test
    void aBalanceInTheBanksFavourIsOverdrawn() {
        Amount printed = AmountParser.parse("1.234,56").orElseThrow();
        assertThat(BalanceSide.signed(printed, "Saldo zu unseren Gunsten").signed())
                .isEqualByComparingTo(new BigDecimal("-1234.56"));
        assertThat(BalanceSide.signed(printed, "Saldo zu Ihren Gunsten").signed())
                .isEqualByComparingTo(new BigDecimal("1234.56"));
    }

    @Test
    void anItalianBalanceSaysItsSideWithTheHoldersDebitOrCredit() {
        Amount printed = AmountParser.parse("2.389,50").orElseThrow();
        assertThat(BalanceSide.signed(printed, "SALDO ATTUALE A VOSTRO DEBITO").mark()).isEqualTo(Amount.Mark.DR);
        assertThat(BalanceSide.signed(printed, "Saldo a credito").mark()).isEqualTo(Amount.Mark.CR);
        assertThat(Marker.of("SALDO ATTUALE A VOSTRO DEBITO", false)).isEqualTo(Marker.BALANCE);
        // A purchase naming the previous balance stays a row: the label must open it.
        assertThat(Marker.of("ADDEBITO IN C/C SALDO PRECEDENTE", true)).isNull();
    }

    @Test
    void theCurrentBalanceClosesAnItalianCardStatement() throws Exception {
        // "SALDO ATTUALE A VOSTRO DEBITO" under the last row is the amount owed, the closing balance: checked, no row.
        for (String closing : new String[] {"249,49", "250,49"}) {
            PageSketch p = new PageSketch(1);
            p.line(40, "Estratto conto carta di credito dal 16/09/2025 al 15/10/2025").gap(20);
            p.line(40, "Data", 110, "Descrizione", 500, "Importo");
            p.cell(40, "16/09/2025").cell(110, "SALDO PRECEDENTE").right(540, "200,00").next();
            p.cell(40, "17/09/2025").cell(110, "ESSELUNGA MILANO").right(540, "48,94").next();
            p.cell(40, "19/09/2025").cell(110, "CONAD CITY ROMA").right(540, "10,00").next();
            p.cell(40, "20/09/2025").cell(110, "PAGAMENTO GRAZIE").right(540, "-9,45").next();
            p.cell(110, "SALDO ATTUALE A VOSTRO DEBITO").right(540, closing).next();
            Statement s = parse(p);
            assertThat(s.transactions()).as(closing).extracting(Transaction::description)
                    .containsExactly("ESSELUNGA MILANO", "CONAD CITY ROMA", "PAGAMENTO GRAZIE");
            assertThat(s.reconciliation().status()).as(closing).isEqualTo(closing.equals("249,49")
                    ? ReconciliationStatus.RECONCILED : ReconciliationStatus.UNRECONCILED);
        }
    }
}
