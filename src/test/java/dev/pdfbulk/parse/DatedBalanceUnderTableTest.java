package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Balance on 1 June 2025 [GMT+02:00]" above the table and "Balance on 30 June 2025 [GMT+02:00]" under it, each
 * amount at the right edge: the opening and the closing, the line under the table a balance ending it, no row lost.
 */
class DatedBalanceUnderTableTest {

    @Test
    void balancesNamedByTheirDatesWithATimeZoneOpenAndCloseTheTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "EUR statement", 330, "1 June 2025 [GMT+02:00] - 30 June 2025 [GMT+02:00]").gap(20)
                .cell(40, "Balance on 1 June 2025 [GMT+02:00]").right(555, "1,342.08 EUR").next().gap(8)
                .cell(40, "Date").cell(115, "Description").right(400, "Paid in").right(475, "Paid out").right(555, "Balance").next()
                .cell(40, "4 June 2025").cell(115, "Converted 250.00 GBP to 291.20 EUR").right(400, "291.20").right(555, "1,633.28").next()
                .cell(115, "Exchange rate: 1 GBP = 1.1648 EUR").next()
                .cell(40, "6 June 2025").cell(115, "Sent money to Julien Martin").right(475, "94.31").right(555, "1,538.97").next()
                .cell(40, "9 June 2025").cell(115, "Received money from Brightwave B.V.").right(400, "636.90").right(555, "2,175.87").next()
                .gap(6)
                .cell(40, "Balance on 30 June 2025 [GMT+02:00]").right(555, "2,175.87 EUR").next().gap(10)
                .line(40, "Wise Europe SA is authorised by the National Bank of Belgium."));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("291.20"),
                new BigDecimal("-94.31"), new BigDecimal("636.90"));
        assertThat(s.transactions().get(0).description())
                .isEqualTo("Converted 250.00 GBP to 291.20 EUR Exchange rate: 1 GBP = 1.1648 EUR");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1342.08");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("2175.87");
        // The exchange-rate line, evenly spaced between two rows, within a tenth of the widest line as its row is, had
        // no room for "Sent", nor its row for "Exchange": it may begin the row below as well (WrapEdge), so in doubt.
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }
}
