package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A section's name set in the text column right under the header, over the table's first row. */
class SectionNameAtTableTopTest {

    @Test
    void overRowsWrappingBelowTheirDateItJoinsNoRow() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Statement period 1 March 2025 to 31 March 2025")
                .cell(40, "Opening balance").right(420, "1,000.00").next().gap(20)
                .line(40, "Date", 110, "Description", 300, "Amount", 380, "Balance").gap(5)
                .line(110, "Payments");
        String[][] rows = {{"01 Mar 2025", "PAYMENT RECEIVED", "BANK OF AMER", "100.00", "1,100.00"},
            {"02 Mar 2025", "TESCO STORES", "LONDON GB", "-20.00", "1,080.00"},
            {"03 Mar 2025", "CAFE NERO", "LONDON GB", "-5.00", "1,075.00"},
            {"04 Mar 2025", "BOOTS", "LONDON GB", "-5.00", "1,070.00"}};
        for (String[] r : rows) {
            p.cell(40, r[0]).cell(110, r[1]).right(330, r[3]).right(420, r[4]).next().gap(-1)
                    .line(110, r[2]).gap(1);
        }
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "PAYMENT RECEIVED BANK OF AMER", "TESCO STORES LONDON GB", "CAFE NERO LONDON GB", "BOOTS LONDON GB");
    }
}
