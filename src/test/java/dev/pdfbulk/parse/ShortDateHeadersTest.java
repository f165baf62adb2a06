package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Date columns named by their qualifier alone ("Trans. | Post | Description | Amount ($)"), a card's narrow header. */
class ShortDateHeadersTest {

    @Test
    void transAndPostNameTheDateColumnsOverDatedRows() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period Sep 15, 2025 - Oct 14, 2025")
                .line(40, "Previous balance", 300, "100.00")
                .line(40, "New balance", 300, "150.00").gap(20)
                .line(40, "Trans.", 80, "Post", 130, "Description", 420, "Amount ($)")
                .cell(40, "SEP 16").cell(80, "SEP 17").cell(130, "AMAZON.CA MKTPLACE").right(470, "80.00").next()
                .cell(40, "SEP 20").cell(80, "SEP 21").cell(130, "RETURN - AMAZON.CA").right(470, "-30.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("AMAZON.CA MKTPLACE", "RETURN - AMAZON.CA");
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("-30.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aStrayPostWithoutADateUnderItStartsNoTable() {
        // "Post" over no date: the line is no header, whatever header words it holds.
        List<Line> lines = Line.of(new PageSketch(1)
                .line(40, "Post", 130, "Description", 420, "Amount")
                .cell(40, "Office").cell(130, "Parcel").right(470, "8.00").next().page());
        assertThat(ShortDateHeaders.columns(lines, 0)).isEmpty();
    }
}
