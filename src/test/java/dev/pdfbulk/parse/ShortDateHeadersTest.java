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

    @Test
    void aSectionTitleMayStandBetweenTheHeaderAndItsFirstDatedRow() throws Exception {
        // Wells Fargo's card: "Trans | Post | Reference Number | Description | Credits | Charges", then a "Payments"
        // title in the description column over the first rows.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period 05/13/2025 to 06/12/2025")
                .line(40, "Previous Balance", 300, "$100.00")
                .line(40, "New Balance", 300, "$150.00")
                .line(40, "Credit Limit", 300, "$5,000.00").gap(20)
                .line(40, "Trans", 80, "Post", 130, "Description", 400, "Credits", 470, "Charges")
                .line(130, "Payments")
                .cell(40, "05/28").cell(80, "05/29").cell(130, "ONLINE ACH PAYMENT THANK YOU").right(435, "30.00").next()
                .cell(40, "05/30").cell(80, "05/31").cell(130, "SHELL OIL SAN JOSE CA").right(505, "80.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ONLINE ACH PAYMENT THANK YOU", "SHELL OIL SAN JOSE CA");
        assertThat(s.transactions()).extracting(t -> t.amount().abs())
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("80.00"));
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 5, 28));
    }

    @Test
    void titlesOnlyUnderTheHeaderStartNoTable() {
        // Three lines with nothing under "Post", or a word there that is no date: no header.
        List<Line> titles = Line.of(new PageSketch(1)
                .line(40, "Post", 130, "Description", 420, "Amount")
                .line(130, "One").line(130, "Two").line(130, "Three")
                .cell(40, "05/28").cell(130, "Parcel").right(470, "8.00").next().page());
        assertThat(ShortDateHeaders.columns(titles, 0)).isEmpty();
        List<Line> office = Line.of(new PageSketch(1)
                .line(40, "Post", 130, "Description", 420, "Amount")
                .line(130, "Parcels")
                .cell(40, "Office").cell(130, "Parcel").right(470, "8.00").next().page());
        assertThat(ShortDateHeaders.columns(office, 0)).isEmpty();
    }
}
