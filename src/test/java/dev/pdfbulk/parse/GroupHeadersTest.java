package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Spanning (group) headers over two rows, and tables printing two balance columns. */
class GroupHeadersTest {

    @Test
    void aGroupWordGivesTheCellsUnderItItsKind() {
        // "FECHA" over "OPER | LIQ", "SALDO" over "OPERACIÓN | LIQUIDACIÓN": dates and balances, the first of each wins.
        PageSketch sketch = new PageSketch(1)
                .line(55, "FECHA", 467, "SALDO")
                .line(40, "OPER", 75, "LIQ", 110, "DESCRIPCIÓN", 250, "REFERENCIA", 330, "CARGOS", 380, "ABONOS",
                        430, "OPERACIÓN", 490, "LIQUIDACIÓN");
        HeaderDetector.Found found = HeaderDetector.detect(Line.of(sketch.page()), 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,OTHER_DATE,DESCRIPTION,OTHER,DEBIT,CREDIT,BALANCE,OTHER");
        assertThat(found.linesUsed()).isEqualTo(2);
        assertThat(found.columns().first(ColumnKind.BALANCE).left()).isEqualTo(430f);
    }

    @Test
    void aGroupWordOverOneCellNamesItToo() {
        // "SALDO" over "OPERACIÓN" alone: the operation's balance, not a second description.
        PageSketch sketch = new PageSketch(1)
                .line(50, "FECHA", 438, "SALDO")
                .line(40, "OPER", 110, "DESCRIPCIÓN", 250, "REFERENCIA", 330, "CARGOS", 380, "ABONOS", 430, "OPERACIÓN");
        HeaderDetector.Found found = HeaderDetector.detect(Line.of(sketch.page()), 0).orElseThrow();
        assertThat(found.columns().signature()).isEqualTo("DATE,DESCRIPTION,OTHER,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void ledgerAndAvailableBalancesUnderOneBalanceGroup() {
        // "Balance" over "Book | Available": "Book" names no column alone, yet is a sub-header; available never runs.
        assertThat(signature(new PageSketch(1)
                .line(88, "Date", 468, "Balance")
                .line(40, "Transaction", 105, "Posting", 160, "Description", 330, "Debit", 390, "Credit",
                        450, "Book", 500, "Available")))
                .isEqualTo("DATE,POSTING_DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE,OTHER");
        assertThat(signature(new PageSketch(1)
                .line(470, "Balance")
                .line(40, "Date", 160, "Description", 330, "Debit", 390, "Credit", 440, "Available", 500, "Ledger")))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,OTHER,BALANCE");
    }

    @Test
    void ofTwoBalanceColumnsSetFlatOneIsTheRunningBalance() {
        assertThat(signature(new PageSketch(1)
                .line(40, "FECHA", 100, "DESCRIPCIÓN", 300, "CARGOS", 350, "ABONOS", 410, "SALDO", 470, "SALDO LIQ")))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE,OTHER");
        assertThat(signature(new PageSketch(1)
                .line(40, "Date", 100, "Details", 300, "Amount", 360, "Available balance", 470, "Balance")))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,OTHER,BALANCE");
        // Tables set side by side each keep their balance.
        assertThat(signature(new PageSketch(1)
                .line(20, "Date", 60, "Details", 170, "Debit", 210, "Credit", 250, "Balance",
                        310, "Date", 350, "Details", 460, "Debit", 500, "Credit", 540, "Balance")))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE,OTHER_DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        // Alone, an available balance is the table's balance: the running balances check it.
        assertThat(signature(new PageSketch(1)
                .line(40, "Date", 100, "Details", 300, "Amount", 360, "Available balance")))
                .isEqualTo("DATE,DESCRIPTION,AMOUNT,BALANCE");
    }

    @Test
    void rowsUnderAGroupHeaderAddUpOnTheLedgerBalance() throws Exception {
        // Holds make the available balance differ from the ledger balance: only the ledger one adds up.
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(88, "Date", 470, "Balance")
                .line(40, "Transaction", 105, "Posting", 160, "Description", 330, "Debit", 390, "Credit",
                        450, "Ledger", 500, "Available")
                .cell(40, "01/08/2025").cell(105, "01/08/2025").cell(160, "OPENING BALANCE")
                .right(480, "100.00").right(545, "100.00").next()
                .cell(40, "03/08/2025").cell(105, "04/08/2025").cell(160, "CARD PAYMENT")
                .right(355, "10.00").right(480, "90.00").right(545, "40.00").next()
                .cell(40, "14/08/2025").cell(105, "15/08/2025").cell(160, "SALARY")
                .right(420, "1,000.00").right(480, "1,090.00").right(545, "1,040.00").next()
                .cell(40, "31/08/2025").cell(105, "31/08/2025").cell(160, "CLOSING BALANCE")
                .right(480, "1,090.00").right(545, "1,040.00").next()
                .gap(60).line(40, "Registered in England. Authorised by the Prudential Regulation Authority etc etc");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("1000.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CARD PAYMENT", "SALARY");
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 8, 3));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1090.00");
    }

    private static String signature(PageSketch sketch) {
        // A group word alone on its row is found with the row under it, as the table's reader meets that row next.
        List<Line> lines = Line.of(sketch.page());
        return HeaderDetector.detect(lines, 0).or(() -> HeaderDetector.detect(lines, 1)).orElseThrow()
                .columns().signature();
    }
}
