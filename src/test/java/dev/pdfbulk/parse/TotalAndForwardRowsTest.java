package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Page and statement totals, and brought/carried forward rows that carry column totals instead of a balance. */
class TotalAndForwardRowsTest {

    private static PageSketch header(PageSketch p, boolean balanceColumn) {
        p.line(40, "Statement period 01/08/2025 to 31/08/2025").line(40, "Opening balance 100.00")
                .line(40, "Closing balance 1,010.00").gap(20);
        return balanceColumn ? p.line(40, "Date", 140, "Particulars", 385, "Debit", 450, "Credit", 515, "Balance")
                : p.line(40, "Date", 140, "Particulars", 385, "Debit", 450, "Credit");
    }

    @Test
    void totalRowsAreNoTransactionsAndForwardRowsWithColumnTotalsAreNoBalances() throws Exception {
        PageSketch one = header(new PageSketch(1), true)
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next()
                .cell(40, "02/08/2025").cell(140, "TOTALENERGIES FUEL").right(415, "40.00").right(555, "60.00").next()
                .cell(40, "03/08/2025").cell(140, "SALARY").right(480, "1,000.00").right(555, "1,060.00").next()
                .cell(140, "PAGE TOTAL").right(415, "40.00").right(480, "1,000.00").next()
                .cell(140, "CARRIED FORWARD").right(415, "40.00").right(480, "1,000.00").next()
                .gap(40).line(40, "Page 1 of 2");
        PageSketch two = new PageSketch(2)
                .line(40, "Date", 140, "Particulars", 385, "Debit", 450, "Credit", 515, "Balance")
                .cell(140, "BROUGHT FORWARD").right(415, "40.00").right(480, "1,000.00").next()
                .cell(40, "04/08/2025").cell(140, "RENT").right(415, "50.00").right(555, "1,010.00").next()
                .cell(140, "PAGE TOTAL").right(415, "50.00").right(480, "0.00").next()
                .cell(140, "STATEMENT TOTAL").right(415, "90.00").right(480, "1,000.00").next()
                .cell(40, "31/08/2025").cell(140, "CLOSING BALANCE").right(555, "1,010.00").next()
                .gap(40).line(40, "Page 2 of 2");
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("TOTALENERGIES FUEL", "SALARY", "RENT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBeginningAndEndingCashBalanceRowOpenAndCloseTheTable() throws Exception {
        // A brokerage names the balance of its cash: "Beginning Cash Balance" opens the table, "Ending ..." closes it.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period 05/01/2025 to 05/31/2025").gap(20)
                .line(40, "Date", 100, "Description", 450, "Amount", 520, "Balance")
                .cell(100, "Beginning Cash Balance").right(555, "1,000.00").next()
                .cell(40, "05/02").cell(100, "DEBIT CARD GROCER").right(480, "(40.00)").right(555, "960.00").next()
                .cell(40, "05/03").cell(100, "CASH DIVIDEND").right(480, "5.00").right(555, "965.00").next()
                .cell(100, "Ending Cash Balance").right(555, "965.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DEBIT CARD GROCER", "CASH DIVIDEND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void withoutABalanceColumnAForwardRowWithTwoTotalsIsNoBalance() throws Exception {
        PageSketch p = header(new PageSketch(1), false)
                .cell(40, "02/08/2025").cell(140, "FUEL").right(415, "40.00").next()
                .cell(40, "03/08/2025").cell(140, "SALARY").right(480, "1,000.00").next()
                .cell(140, "CARRIED FORWARD").right(415, "40.00").right(480, "1,000.00").next()
                .cell(40, "04/08/2025").cell(140, "RENT").right(415, "50.00").next()
                .cell(140, "Grand total").right(415, "90.00").right(480, "1,000.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("FUEL", "SALARY", "RENT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void withoutABalanceColumnASingleForwardAmountIsStillABalanceThatMustAgree() throws Exception {
        // 100.00 - 40.00 + 1,000.00 is 1,060.00: a brought forward balance of 1,070.00 is a mismatch.
        PageSketch p = header(new PageSketch(1), false)
                .cell(40, "02/08/2025").cell(140, "FUEL").right(415, "40.00").next()
                .cell(40, "03/08/2025").cell(140, "SALARY").right(480, "1,000.00").next()
                .cell(140, "BALANCE CARRIED FORWARD").right(480, "1,070.00").next()
                .cell(40, "04/08/2025").cell(140, "RENT").right(415, "50.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aTotalLineSetFromTheTablesLeftEdgeIsNoRowLost() throws Exception {
        // As a plain-text print sets it under the closing row: from the date column across the text and money.
        PageSketch p = new PageSketch(1).line(40, "PERIOD 01APR25 TO 30APR25").gap(20)
                .line(40, "DATE", 100, "TRANSACTION DETAILS", 385, "AMOUNT", 515, "BALANCE")
                .cell(40, "01APR25").cell(100, "BALANCE FORWARD").right(555, "100.00").next()
                .cell(40, "02APR25").cell(100, "POS DEBIT KMART").right(415, "40.00-").right(555, "60.00").next()
                .cell(40, "03APR2025").cell(100, "PAYROLL").right(415, "15.00").right(555, "75.00").next()
                .cell(40, "30APR25").cell(100, "CLOSING BALANCE").right(555, "75.00").next()
                .gap(12).cell(40, "TOTAL DEBITS").right(205, "40.00").cell(240, "TOTAL CREDITS").right(415, "15.00")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("POS DEBIT KMART", "PAYROLL");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(
                java.time.LocalDate.of(2025, 4, 2), java.time.LocalDate.of(2025, 4, 3));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"A TRANSPORTAR, TRANSPORTE", "SALDO A TRANSPORTAR, SALDO TRANSPORTADO", "A riportare, Riporto",
        "Saldo a riportare, Saldo riportato"})
    void portugueseAndItalianForwardRowsAreBalancesNotTextOfTheLastRow(String carried, String brought)
            throws Exception {
        // Undated text under the last row would continue it: as a forward row it is that row's balance, checked.
        PageSketch one = new PageSketch(1)
                .line(40, "Período 01-03-2025 a 31-03-2025").gap(20)
                .line(40, "Data mov.", 110, "Descritivo", 385, "Débito", 450, "Crédito", 515, "Saldo")
                .cell(110, "SALDO INICIAL").right(555, "100,00").next()
                .cell(40, "02-03-2025").cell(110, "COMPRA FARMACIA").right(415, "40,00").right(555, "60,00").next()
                .cell(40, "03-03-2025").cell(110, "TRF SEPA+ VENCIMENTO").right(480, "1.000,00").right(555, "1.060,00")
                .next()
                .cell(110, carried).right(555, "1.060,00").next()
                .gap(40).line(40, "Página 1 de 2");
        PageSketch two = new PageSketch(2)
                .line(40, "Data mov.", 110, "Descritivo", 385, "Débito", 450, "Crédito", 515, "Saldo")
                .cell(110, brought).right(555, "1.060,00").next()
                .cell(40, "04-03-2025").cell(110, "DD EDP COMERCIAL").right(415, "50,00").right(555, "1.010,00").next()
                .cell(110, "SALDO FINAL").right(555, "1.010,00").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COMPRA FARMACIA", "TRF SEPA+ VENCIMENTO", "DD EDP COMERCIAL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theEndOfStatementNoteUnderTheLastRowIsNoTextOfIt() throws Exception {
        // "**** End of Statement ****" centred under the table closes it; it would otherwise wrap the last row's text.
        PageSketch p = new PageSketch(1).line(40, "Statement Period: 01/04/2025 To 30/04/2025")
                .line(40, "Opening Balance", 200, "100.00")
                .line(40, "Closing Balance", 200, "75.00").gap(20)
                .line(40, "DATE", 100, "TRANSACTION DETAILS", 385, "AMOUNT")
                .cell(40, "02/04/2025").cell(100, "POS DEBIT KMART").right(415, "40.00 Dr").next()
                .cell(40, "03/04/2025").cell(100, "PAYROLL").right(415, "15.00 Cr").next()
                .gap(18).line(220, "**** End of Statement ****");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("POS DEBIT KMART", "PAYROLL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aNoActivityNoteUnderTheLastRowIsNoTextOfIt() throws Exception {
        // A second account's section with nothing to list, "No activity this statement period" under its own header
        // below the first account's rows: no part of the last row's text.
        PageSketch p = new PageSketch(1).line(40, "Statement Period: 01/04/2025 To 30/04/2025")
                .line(40, "Opening Balance", 200, "100.00")
                .line(40, "Closing Balance", 200, "75.00").gap(20)
                .line(40, "DATE", 100, "TRANSACTION DETAILS", 385, "AMOUNT")
                .cell(40, "02/04/2025").cell(100, "POS DEBIT KMART").right(415, "40.00 Dr").next()
                .cell(40, "03/04/2025").cell(100, "PAYROLL").right(415, "15.00 Cr").next()
                .line(100, "No activity this statement period");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("POS DEBIT KMART", "PAYROLL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
