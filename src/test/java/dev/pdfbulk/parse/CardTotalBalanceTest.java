package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's "PREVIOUS BALANCE" row over its rows and "TOTAL BALANCE FOR ... CARD" under them (no balance column), and
 * its summary's "Total Balance Due": the opening and the closing, as a Singapore card prints them.
 */
class CardTotalBalanceTest {

    @Test
    void aTotalBalanceRowIsTheBalanceNotATotal() {
        assertThat(Marker.of("TOTAL BALANCE FOR UOB ONE CARD", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Total balance", false)).isEqualTo(Marker.BALANCE);
        // Dated or run on into other words it stays what it was: a row, a total.
        assertThat(Marker.of("TOTAL BALANCE FOR UOB ONE CARD", true)).isNull();
        assertThat(Marker.of("TOTAL BALANCE TRANSFER", false)).isEqualTo(Marker.TOTAL);
        assertThat(Marker.of("SUB TOTAL", false)).isEqualTo(Marker.TOTAL);
    }

    private static PageSketch card(String summary, String totalRow) {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit Card(s) Statement", 400, "Statement Date 05 SEP 2025");
        if (summary != null) {
            p.line(300, "Total Balance Due", 440, summary);
        }
        p.line(300, "Credit Limit", 440, "SGD 12,000");
        p.gap(20).line(40, "UOB ONE CARD 4265-8800-1234-5561")
                .line(40, "Post", 90, "Trans", 150, "Description of Transaction", 420, "Transaction Amount")
                .line(40, "Date", 90, "Date", 490, "SGD")
                .cell(150, "PREVIOUS BALANCE").right(520, "1,244.18").next()
                .cell(40, "09 AUG").cell(90, "07 AUG").cell(150, "CASHBACK UOB ONE CARD").right(520, "23.77 CR").next()
                .cell(40, "08 AUG").cell(90, "07 AUG").cell(150, "COLD STORAGE SINGAPORE").right(520, "95.98").next()
                .cell(40, "20 AUG").cell(90, "18 AUG").cell(150, "PAYMT THRU E-BANK").right(520, "1,244.18 CR").next()
                .cell(40, "02 SEP").cell(90, "01 SEP").cell(150, "SINGTEL BILL SINGAPORE").right(520, "63.08").next()
                .cell(150, "SUB TOTAL").right(520, "135.29").next();
        if (totalRow != null) {
            p.cell(150, "TOTAL BALANCE FOR UOB ONE CARD").right(520, totalRow).next();
        }
        return p.gap(30).line(40, "Please note that you are liable for all transactions.");
    }

    @Test
    void theTotalBalanceRowClosesWhatThePreviousBalanceRowOpens() throws Exception {
        Statement s = parse(card(null, "135.29"));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("23.77"),
                new BigDecimal("-95.98"), new BigDecimal("1244.18"), new BigDecimal("-63.08"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(parse(card(null, "135.92")).reconciliation().status())
                .isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void theTotalBalanceDueInTheSummaryCloses() throws Exception {
        Statement s = parse(card("SGD 135.29", null));
        assertThat(s.metadata().closingBalance().abs()).isEqualByComparingTo("135.29");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(parse(card("SGD 135.92", null)).reconciliation().status())
                .isEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
