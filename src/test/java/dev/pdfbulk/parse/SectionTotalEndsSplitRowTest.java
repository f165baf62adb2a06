package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where rows wrap below their first line, text under a forward row at the top of the next page is the rest of the
 * previous page's last row; under a section's total ("Total Purchases for this Period") it is the next section's
 * name ("Fees Charged"), no text of the row above the total.
 */
class SectionTotalEndsSplitRowTest {

    private static PageSketch pageOne() {
        return new PageSketch(1)
                .line(40, "Statement Period 10/01/25 - 10/31/25 Minimum Payment Due $35.00").gap(10)
                .line(320, "Previous Balance", 500, "1,000.00")
                .line(320, "New Balance", 500, "1,229.00").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount")
                .line(40, "Purchases")
                .cell(40, "Oct 02").cell(110, "WAWA 8144 NEWARK DE").right(440, "25.40").next()
                .line(110, "REF 312678 MCC 4770")
                .cell(40, "Oct 05").cell(110, "SHELL OIL 57444 WILMINGTON").right(440, "100.00").next()
                .line(110, "REF 938507 MCC 2001")
                .cell(40, "Oct 12").cell(110, "ACME MARKETS 7842").right(440, "60.00").next()
                .line(110, "REF 877169 MCC 4085")
                .cell(40, "Oct 20").cell(110, "STARBUCKS STORE 12345").right(440, "14.60").next()
                .line(110, "REF 468488 MCC 2601").gap(30)
                .line(40, "continued on next page");
    }

    @Test
    void aSectionNameUnderASectionTotalIsNoRestOfTheRowAbove() throws Exception {
        Statement s = parse(pageOne(), new PageSketch(2)
                .line(40, "Statement Period 10/01/25 - 10/31/25").gap(10)
                .line(40, "Date", 110, "Description", 400, "Amount")
                .cell(110, "Total Purchases for this Period").right(440, "200.00").next()
                .line(110, "Fees Charged")
                .cell(40, "Oct 31").cell(110, "LATE FEE").right(440, "29.00").next()
                .cell(110, "Total Fees Charged for this Period").right(440, "29.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).contains("STARBUCKS STORE 12345 REF 468488 MCC 2601", "LATE FEE");
    }
}
