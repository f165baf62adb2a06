package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's section names set in the description column ("Payments" under the header, "Purchases" under the payments'
 * total), no card wording printed: the rows learn their kind from them, as from names set from the date column, so
 * the unmarked purchases are charges and the "-" payment a credit, never the mirror reading (purchases as deposits)
 * that the summary's balances add up to just as well.
 */
class SectionNamesAtTextColumnTest {

    private static PageSketch statement(float headingX) {
        return new PageSketch(1)
                .line(40, "View Mastercard Statement Statement Period 10/01/25 - 10/31/25").gap(10)
                .line(320, "Previous Balance", 500, "1,000.00")
                .line(320, "New Balance", 500, "700.00").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount")
                .line(headingX, "Payments")
                .cell(40, "Oct 10").cell(110, "PAYMENT RECEIVED THANK YOU").right(440, "-500.00").next()
                .cell(110, "Total Payments for this Period").right(440, "-500.00").next()
                .line(headingX, "Purchases")
                .cell(40, "Oct 02").cell(110, "WAWA 8144 NEWARK DE").right(440, "25.40").next()
                .cell(40, "Oct 05").cell(110, "SHELL OIL 57444 WILMINGTON").right(440, "100.00").next()
                .cell(40, "Oct 12").cell(110, "ACME MARKETS 7842").right(440, "60.00").next()
                .cell(40, "Oct 20").cell(110, "STARBUCKS STORE 12345").right(440, "14.60").next()
                .cell(110, "Total Purchases for this Period").right(440, "200.00").next();
    }

    @Test
    void namesInTheDescriptionColumnSignTheRows() throws Exception {
        Statement s = parse(statement(110));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("-25.40"), new BigDecimal("-100.00"), new BigDecimal("-60.00"), new BigDecimal("-14.60"));
        assertThat(s.transactions()).extracting(Transaction::description).doesNotContain("Payments", "Purchases");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void namesFromTheDateColumnSignTheRowsAlike() throws Exception {
        Statement s = parse(statement(40));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("-25.40"), new BigDecimal("-100.00"), new BigDecimal("-60.00"), new BigDecimal("-14.60"));
    }

    @Test
    void aTextLineNamingNoSectionSignsNothing() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period 10/01/25 - 10/31/25").gap(10)
                .line(320, "Opening Balance", 500, "1,000.00")
                .line(320, "Closing Balance", 500, "880.00").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount")
                .line(110, "Everyday Account")
                .cell(40, "Oct 02").cell(110, "WAWA 8144 NEWARK DE").right(440, "-20.00").next()
                .cell(40, "Oct 05").cell(110, "SHELL OIL 57444 WILMINGTON").right(440, "-100.00").next()
                .cell(40, "Oct 12").cell(110, "ACME MARKETS 7842").right(440, "-60.00").next()
                .cell(40, "Oct 20").cell(110, "SALARY").right(440, "60.00").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-20.00"),
                new BigDecimal("-100.00"), new BigDecimal("-60.00"), new BigDecimal("60.00"));
    }
}
