package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An app's export with no header: a block per transaction, the date on a smaller line under its description. */
class AppBlocksTest {

    private static PageSketch export(String closing, boolean signed) {
        PageSketch p = new PageSketch(1)
                .line(40, "EUR Statement").gap(6)
                .line(40, "Opening balance", 170, "Money out", 300, "Closing balance")
                .line(40, "€1,000.00", 170, "€150.00", 300, closing)
                .line(40, "1 June 2025 - 30 June 2025").gap(10)
                .line(40, "Transactions").gap(6);
        block(p, "Albert Heijn", signed ? "-€37.96" : "€37.96", "2 Jun 2025, 17:32 · Groceries", null);
        block(p, "Pret A Manger", signed ? "-€7.67" : "€7.67", "6 Jun 2025, 12:10 · Restaurants", "£6.50 · 1 € = £0.8472");
        block(p, "Payment from Pieter", signed ? "+€45.63" : "€45.63", "9 Jun 2025, 08:25 · Transfers", null);
        block(p, "Bolt", signed ? "-€150.00" : "€150.00", "11 Jun 2025, 20:22 · Transport", null);
        return p;
    }

    private static void block(PageSketch p, String what, String amount, String when, String extra) {
        p.sized(40, what, 9f).right(555, amount).gap(11).sized(40, when, 7f);
        if (extra != null) {
            p.gap(9).sized(40, extra, 7f);
        }
        p.gap(16);
    }

    @Test
    void blocksWhoseAmountsReachTheClosingBalanceReadAsRows() throws Exception {
        Statement s = parse(export("€850.00", true));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("Albert Heijn",
                "Pret A Manger £6.50 · 1 € = £0.8472", "Payment from Pieter", "Bolt");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-37.96"),
                new BigDecimal("-7.67"), new BigDecimal("45.63"), new BigDecimal("-150.00"));
        assertThat(s.transactions().get(1).date()).isEqualTo(LocalDate.of(2025, 6, 6));
    }

    @Test
    void blocksThatDoNotReachTheClosingBalanceAreNoReading() {
        assertThatThrownBy(() -> parse(export("€851.00", true))).isInstanceOf(StatementException.class);
    }

    @Test
    void unsignedAmountsOverDateLinesAreNoBlocks() {
        assertThat(AppBlocks.asRows(List.of(export("€850.00", false).page()))).isNull();
        assertThat(AppBlocks.asRows(List.of(export("€850.00", true).page()))).isNotNull();
    }
}
