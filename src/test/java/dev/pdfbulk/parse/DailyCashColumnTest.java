package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Apple Card's "Daily Cash" column ("2%  $0.56" beside the amount): the cash back a purchase earns, no money of the row. */
class DailyCashColumnTest {

    @Test
    void dailyCashIsAColumnOfItsOwn() throws Exception {
        // Two words the vocabulary did not know ("Daily", "Cash") made the line no header: the transactions were lost.
        assertThat(HeaderVocabulary.kindOf("Daily Cash")).isEqualTo(ColumnKind.OTHER);
        Statement s = parse(new PageSketch(1)
                .line(40, "Apple Card", 330, "Minimum Payment Due", 520, "$25.00").gap(20)
                .line(40, "Transactions")
                .line(40, "Date", 110, "Description", 465, "Daily Cash", 545, "Amount")
                .cell(40, "06/01/2024").cell(110, "WALGREENS #4567 SAN FRANCISCO CA USA").right(470, "2%")
                        .right(515, "$0.22").right(575, "$10.76").next()
                .cell(40, "06/02/2024").cell(110, "APPLE.COM/BILL CUPERTINO CA").right(470, "3%")
                        .right(515, "$0.60").right(575, "$19.99").next()
                .cell(40, "06/04/2024").cell(110, "RETURN TARGET 00027").right(470, "-1%")
                        .right(515, "-$0.23").right(575, "-$23.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "WALGREENS #4567 SAN FRANCISCO CA USA", "APPLE.COM/BILL CUPERTINO CA", "RETURN TARGET 00027");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-10.76"),
                new BigDecimal("-19.99"), new BigDecimal("23.00"));
    }
}
