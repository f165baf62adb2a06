package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wallet's second currency with nothing to list prints no header: its heading, balance and "No transactions" line
 * under the first section's rows are a section of its own, not the first's lines.
 */
class QuietSectionTest {

    private static PageSketch wallet(String note) {
        return new PageSketch(1)
                .line(40, "Statement 1 July 2024 - 31 July 2024").gap(10)
                .line(40, "EUR statement")
                .line(40, "BE71 9671 2345 6769")
                .line(40, "Balance on 31 July 2024", 480, "2,156.35 EUR").gap(10)
                .line(40, "Description", 330, "Incoming", 400, "Outgoing", 480, "Balance")
                .cell(40, "Card transaction Bvg").right(440, "15.96").right(530, "2,156.35").next()
                .line(40, "29 July 2024", 150, "Transaction: CARD-6983316846").gap(6)
                .cell(40, "Received money").right(370, "330.14").right(530, "2,172.31").next()
                .line(40, "25 July 2024", 150, "Transaction: TRANSFER-971438476").gap(6)
                .line(40, "Balance on 1 July 2024", 480, "1,842.17 EUR").gap(10)
                .line(40, "GBP statement")
                .line(40, "Account number 41881234 Sort code 23-14-70")
                .line(40, "Balance on 31 July 2024", 480, "1,208.90 GBP").gap(10)
                .line(40, note);
    }

    @Test
    void aSectionSayingItListsNothingIsAnAccountOfItsOwn() throws Exception {
        Statement s = parse(wallet("No transactions in this period."));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.sections()).hasSize(2);
        Section gbp = s.sections().get(1);
        assertThat(gbp.rowCount()).isZero();
        assertThat(gbp.openingBalance()).isEqualByComparingTo(new BigDecimal("1208.90"));
        assertThat(gbp.closingBalance()).isEqualByComparingTo(new BigDecimal("1208.90"));
        assertThat(s.sections().get(0).closingBalance()).isEqualByComparingTo(new BigDecimal("2156.35"));
    }

    @Test
    void withoutTheNoteTheLinesStayTheTables() throws Exception {
        Statement s = parse(wallet("Thank you for banking with us."));
        assertThat(s.sections()).isEmpty();
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }
}
