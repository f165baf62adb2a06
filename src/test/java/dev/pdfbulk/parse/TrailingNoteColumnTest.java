package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown word heading the last column, right of the balance ("餘額 | 備註", "Saldo | Observações"): its cells (a note,
 * the other party) are a column of their own, not words spilled into the balance's cells.
 */
class TrailingNoteColumnTest {

    @Test
    void aChineseNoteColumnRightOfTheBalanceStandsApart() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "對帳期間：2024/06/01 ~ 2024/06/30").gap(20)
                .line(40, "交易日期", 100, "摘要", 250, "支出", 320, "存入", 400, "餘額", 430, "備註")
                .cell(100, "上期余额").right(420, "84,316").next()
                .cell(40, "2024/06/01").cell(100, "信用卡款").right(270, "8,364").right(420, "75,952")
                        .cell(430, "國泰世華信用卡").next()
                .cell(40, "2024/06/08").cell(100, "薪資轉帳").right(340, "63,348").right(420, "139,300")
                        .cell(430, "台積電股份有限公司").next()
                .cell(40, "2024/06/14").cell(100, "利息").right(340, "17").right(420, "139,317").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("信用卡款", "薪資轉帳", "利息");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-8364"),
                new BigDecimal("63348"), new BigDecimal("17"));
        assertThat(s.transactions()).extracting(Transaction::balance).containsExactly(new BigDecimal("75952"),
                new BigDecimal("139300"), new BigDecimal("139317"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPortugueseObservationsColumnRightOfTheBalanceStandsApart() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Período 01/06/2025 a 30/06/2025").gap(20)
                .line(40, "Data", 100, "Descrição", 330, "Débito", 390, "Crédito", 455, "Saldo", 500, "Observações")
                .cell(100, "Saldo anterior").right(490, "1.000,00").next()
                .cell(40, "02/06/2025").cell(100, "COMPRA CONTINENTE").right(360, "45,10").right(490, "954,90")
                        .cell(500, "Cartão 4412").next()
                .cell(40, "05/06/2025").cell(100, "TRF DE SONAE").right(430, "1.250,00").right(490, "2.204,90")
                        .cell(500, "Ordenado").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COMPRA CONTINENTE", "TRF DE SONAE");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-45.10"),
                new BigDecimal("1250.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void remarksAreTheDescriptionWhereTheHeaderNamesNoOther() throws Exception {
        // "備註" (remarks) beside "摘要" is a note, left out (above); with no other text column it is the description.
        Statement s = parse(new PageSketch(1)
                .line(40, "對帳期間：2024/06/01 ~ 2024/06/30").gap(20)
                .line(40, "交易日期", 250, "支出", 320, "存入", 400, "餘額", 430, "備註")
                .cell(430, "上期余额").right(420, "84,316").next()
                .cell(40, "2024/06/01").right(270, "8,364").right(420, "75,952").cell(430, "國泰世華信用卡").next()
                .cell(40, "2024/06/08").right(340, "63,348").right(420, "139,300").cell(430, "台積電股份有限公司").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("國泰世華信用卡", "台積電股份有限公司");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
