package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment service's "Gross | Fee | Net | Balance" (PayPal's): the net, the gross less the fee, is what the row moved;
 * the gross is no money of the row and the fee already inside the net.
 */
class GrossFeeNetColumnsTest {

    @Test
    void theNetIsTheRowsMoney() throws Exception {
        // "Gross" and "Net" were unknown words: the line was no header and the file failed with no transactions.
        assertThat(HeaderVocabulary.kindOf("Net")).isEqualTo(ColumnKind.AMOUNT);
        assertThat(HeaderVocabulary.kindOf("Gross")).isEqualTo(ColumnKind.OTHER);
        Statement s = parse(new PageSketch(1)
                .line(40, "Activity").gap(20)
                .line(40, "Date", 102, "Description", 318, "Currency", 385, "Gross", 440, "Fee", 490, "Net", 540, "Balance")
                .cell(40, "04/01/2025").cell(102, "Payment Received from Jennifer Walsh").cell(318, "USD")
                        .right(410, "156.20").right(455, "-5.94").right(508, "150.26").right(572, "1,536.68").next()
                .cell(102, "ID: 6JR410DD3XRST4CHM").next()
                .cell(40, "04/04/2025").cell(102, "Payment to Etsy, Inc.").cell(318, "USD")
                        .right(410, "-89.83").right(455, "0.00").right(508, "-89.83").right(572, "1,446.85").next()
                .cell(102, "ID: DTRYLVL42H2HNK18S").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Payment Received from Jennifer Walsh ID: 6JR410DD3XRST4CHM", "Payment to Etsy, Inc. ID: DTRYLVL42H2HNK18S");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("150.26"),
                new BigDecimal("-89.83"));
    }
}
