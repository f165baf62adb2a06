package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Swiss card's "Total zu unseren Gunsten" (in the issuer's favour: owed) or "Total zu Ihren Gunsten" (in the
 * holder's: a credit balance) under its column totals is the closing balance, no sum of rows.
 */
class TotalInFavourTest {

    @Test
    void aTotalInSomeonesFavourIsABalance() {
        assertThat(Marker.of("Total zu unseren Gunsten", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Total zu Ihren Gunsten", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Total", false)).isEqualTo(Marker.TOTAL);
        assertThat(Marker.of("Total Gutschriften", false)).isEqualTo(Marker.TOTAL);
    }

    private static PageSketch card(String closingLabel, String closing, int closingX) {
        return new PageSketch(1)
                .line(40, "Monatsrechnung").gap(6)
                .line(40, "Periode 21.05.2025 - 20.06.2025").gap(20)
                .line(40, "Einkaufsdatum", 150, "Beschreibung", 440, "Belastung", 510, "Gutschrift")
                .cell(150, "Saldovortrag").right(480, "100.00").next()
                .cell(40, "22.05.25").cell(150, "Migros MM Zürich").right(480, "45.10").next()
                .cell(40, "31.05.25").cell(150, "Ihre Zahlung - Besten Dank").right(555, "100.00").next()
                .cell(40, "04.06.25").cell(150, "Digitec Galaxus AG").right(480, "89.00").next()
                .cell(40, "10.06.25").cell(150, "Gutschrift Digitec Galaxus AG").right(555, "200.00").next()
                .cell(150, "Total").right(480, "234.10").right(555, "300.00").next()
                .cell(150, closingLabel).right(closingX, closing).next();
    }

    @Test
    void theTotalInTheHoldersFavourClosesACreditBalance() throws Exception {
        Statement s = parse(card("Total zu Ihren Gunsten", "65.90", 555));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-45.10"),
                new BigDecimal("100.00"), new BigDecimal("-89.00"), new BigDecimal("200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWrongTotalInOurFavourFailsTheCheck() throws Exception {
        Statement s = parse(card("Total zu unseren Gunsten", "65.90", 480));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
