package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A row printing the balance before it as well as after ("Saldo Anterior | Débito | Crédito | Saldo Actual"). */
class BalanceBeforeRowTest {

    @Test
    void theBalanceLeftOfTheMoneyIsTheBalanceBeforeTheRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Período: 01-06-2025 a 30-06-2025").gap(20)
                .line(40, "Data Mov.", 92, "Data Valor", 146, "Descritivo", 280, "Saldo Anterior", 390, "Débito",
                        450, "Crédito", 500, "Saldo Actual")
                .cell(146, "SALDO INICIAL").right(560, "684.215,40").next()
                .cell(40, "03-06-2025").cell(92, "03-06-2025").cell(146, "COMPRA TPA SHOPRITE").right(350, "684.215,40")
                .right(420, "4.512,30").right(560, "679.703,10").next()
                .cell(40, "05-06-2025").cell(92, "06-06-2025").cell(146, "TRANSFERENCIA RECEBIDA").right(350, "679.703,10")
                .right(485, "20.440,09").right(560, "700.143,19").next()
                .cell(146, "SALDO FINAL").right(560, "700.143,19").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-4512.30"), new BigDecimal("20440.09"));
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("679703.10"), new BigDecimal("700143.19"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COMPRA TPA SHOPRITE", "TRANSFERENCIA RECEBIDA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void balancesWithOnlyMoneyBetweenThemKeepTheRightOneAsTheRunningBalance() {
        List<Column> ordered = new ArrayList<>(List.of(new Column(ColumnKind.DATE, 40, 80),
                new Column(ColumnKind.DESCRIPTION, 90, 200), new Column(ColumnKind.BALANCE, 280, 350),
                new Column(ColumnKind.DEBIT, 390, 420), new Column(ColumnKind.CREDIT, 450, 485),
                new Column(ColumnKind.BALANCE, 500, 560)));
        ColumnRoles.balanceBeforeTheRow(ordered);
        assertThat(ordered).extracting(Column::kind).containsExactly(ColumnKind.DATE, ColumnKind.DESCRIPTION,
                ColumnKind.OTHER, ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.BALANCE);
    }

    @Test
    void tablesSetSideBySideKeepTheirOwnBalances() {
        // "Date | Details | Amount | Balance" twice: a date and text stand between the two balances.
        List<Column> ordered = new ArrayList<>(List.of(new Column(ColumnKind.DATE, 40, 70),
                new Column(ColumnKind.DESCRIPTION, 75, 160), new Column(ColumnKind.AMOUNT, 165, 210),
                new Column(ColumnKind.BALANCE, 215, 270), new Column(ColumnKind.DATE, 300, 330),
                new Column(ColumnKind.DESCRIPTION, 335, 420), new Column(ColumnKind.AMOUNT, 425, 470),
                new Column(ColumnKind.BALANCE, 475, 530)));
        List<Column> before = List.copyOf(ordered);
        ColumnRoles.balanceBeforeTheRow(ordered);
        assertThat(ordered).isEqualTo(before);
    }
}
