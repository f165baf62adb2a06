package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement printing no opening balance checks its first row against nothing, unless a total printed under the
 * rows ("Page total") sums every row from the first down to a checked balance.
 */
class TotalProofTest {

    private static PageSketch header(PageSketch p) {
        return p.line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance");
    }

    private static PageSketch row(PageSketch p, String date, String text, String out, String in, String balance) {
        p.cell(40, date).cell(140, text);
        if (!out.isEmpty()) {
            p.right(415, out);
        }
        if (!in.isEmpty()) {
            p.right(485, in);
        }
        return p.right(555, balance).next();
    }

    private static PageSketch pageOne(String totalOut, String totalIn) {
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one);
        row(one, "01/08/2025", "RENT", "500.00", "", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "", "498.00");
        row(one, "03/08/2025", "SALARY", "", "900.00", "1,398.00");
        if (totalOut != null) {
            one.cell(140, "Page total").right(415, totalOut).right(485, totalIn).next();
        }
        return one.gap(40).line(40, "Page 1 of 1");
    }

    @Test
    void aPageTotalSummingTheRowsFromTheFirstProvesTheFirstRow() throws Exception {
        Statement s = parse(pageOne("502.00", "900.00"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.reconciliation().detail()).contains("add up to the total printed under them");
    }

    @Test
    void withoutATotalTheFirstRowIsCheckedAgainstNothing() throws Exception {
        Statement s = parse(pageOne(null, null));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("1 row(s) before the first balance");
    }

    @Test
    void aTotalTheRowsDoNotAddUpToProvesNothing() throws Exception {
        // The first row read as 500.00 where the total says the debits were 512.00: its amount stays unproven.
        Statement s = parse(pageOne("512.00", "900.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("1 row(s) before the first balance");
    }

    @Test
    void aTotalOfOneColumnOnlyLeavesTheOtherUnproven() throws Exception {
        // The credits are summed by nothing: a first row misread into the wrong column would still agree.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one);
        row(one, "01/08/2025", "RENT", "500.00", "", "500.00");
        row(one, "02/08/2025", "COFFEE", "2.00", "", "498.00");
        row(one, "03/08/2025", "SALARY", "", "900.00", "1,398.00");
        one.cell(140, "Total money out").right(415, "502.00").next();
        Statement s = parse(one.gap(40).line(40, "Page 1 of 1"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void aTableEndingBeforeTheLastPageIsNotProvenByItsTotal() throws Exception {
        // Page 2 holds no table read: rows may be lost there, which only a printed closing would show.
        PageSketch two = new PageSketch(2).line(40, "Important information about your account")
                .line(40, "Your overdraft limit changes on 01/09/2025 please read the enclosed leaflet carefully");
        Statement s = parse(pageOne("502.00", "900.00"), two);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void pageTotalsTogetherProveTheFirstRowsWhereAPageEndsWithNoBalance() throws Exception {
        // Page 1 ends on a row printing no balance: its total alone reaches no checked balance, page 2's with it does.
        PageSketch one = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20);
        header(one);
        one.cell(40, "01/08/2025").cell(140, "RENT").right(415, "500.00").next();
        row(one, "01/08/2025", "COFFEE", "2.00", "", "498.00");
        one.cell(40, "02/08/2025").cell(140, "TEA").right(415, "1.00").next();
        one.cell(140, "Page total").right(415, "503.00").right(485, "0.00").next();
        PageSketch two = header(new PageSketch(2));
        row(two, "03/08/2025", "SALARY", "", "900.00", "1,397.00");
        two.cell(140, "Page total").right(415, "0.00").right(485, "900.00").next();
        Statement s = parse(one.gap(40).line(40, "Page 1 of 2"), two.gap(40).line(40, "Page 2 of 2"));
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
