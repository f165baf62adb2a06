package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A row's type is that of its text, not of the larger words on its line (TableNote.textType). */
class RowTextTypeTest {

    @Test
    void wrappedTextInTheRowsTypeIsNoNote() throws Exception {
        // The amounts in 8 pt, the text in 7.5 pt: the last row's wrapped text, in its text's type, is that row's, no
        // note in a smaller type than the row's line (nor is it where a summary box beside the table, in a larger
        // type, shares the rows' lines).
        float t = 7.5f;
        float m = 8f;
        Statement s = parse(new PageSketch(1)
                .line(300, "Statement Period : 01 May 2025 to 31 May 2025").gap(20)
                .sized(40, "Date", t).sized(90, "Description", t).sized(330, "Amount", t).sized(430, "Balance", t)
                        .next()
                .sized(90, "Opening Balance", t).sized(420, "6,213.48Cr", m).next()
                .sized(40, "01 May", t).sized(90, "POS Purchase", t).sized(330, "364.74", m)
                        .sized(420, "5,848.74Cr", m).next()
                .sized(40, "02 May", t).sized(90, "Salary ACME", t).sized(330, "1,000.00Cr", m)
                        .sized(420, "6,848.74Cr", m).next()
                .sized(90, "Reference 4711", t).next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("POS Purchase", "Salary ACME Reference 4711");
    }
}
