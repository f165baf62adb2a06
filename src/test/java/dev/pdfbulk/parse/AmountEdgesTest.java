package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money columns whose header is printed at the column's left while the amounts are right-aligned: short amounts
 * start well right of the header word and belong to the column by the right edge its amounts share.
 */
class AmountEdgesTest {

    // Headers at 300 (Debit), 375 (Credit), 455 (Balance); amounts end at 360, 440 and 530.
    private static PageSketch header() {
        return new PageSketch(1)
                .line(40, "Statement Period From 01-04-2025 To 30-04-2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 300, "Debit", 375, "Credit", 455, "Balance")
                .cell(120, "OPENING BALANCE").right(530, "3,42,118.55").next();
    }

    // Debit at 300, Credit and Balance where given; the opening balance ends 6 pt short of the Balance cell's end.
    private static PageSketch header(float credit, float balance) {
        return new PageSketch(1)
                .line(40, "Statement Period From 01-04-2025 To 30-04-2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 300, "Debit", credit, "Credit", balance, "Balance")
                .cell(120, "OPENING BALANCE").right(balance + 64, "42,118.55").next();
    }

    @Test
    void aShortAmountEndingOnTheEdgeTheColumnsAmountsShareIsReadUnderIt() throws Exception {
        PageSketch p = header()
                .cell(40, "01 Apr 2025").cell(120, "UPI DMart").right(360, "2,963.83").right(530, "3,39,154.72").next()
                .cell(40, "02 Apr 2025").cell(120, "NEFT SALARY").right(440, "1,20,000.00").right(530, "4,59,154.72")
                .next()
                .cell(40, "03 Apr 2025").cell(120, "UPI Chai Point").right(360, "95.22").right(530, "4,59,059.50").next()
                .cell(40, "04 Apr 2025").cell(120, "ATM WDL").right(360, "5,000.00").right(530, "4,54,059.50").next()
                .cell(40, "05 Apr 2025").cell(120, "UPI Swiggy").right(360, "1,180.40").right(530, "4,52,879.10").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-2963.83"),
                new BigDecimal("120000.00"), new BigDecimal("-95.22"), new BigDecimal("-5000.00"),
                new BigDecimal("-1180.40"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aShortAmountOffTheSharedEdgeIsNotGuessedIntoTheColumn() throws Exception {
        // "95.22" ends 10 pt short of where the Debit amounts end: it lines up with no column.
        PageSketch p = header()
                .cell(40, "01 Apr 2025").cell(120, "UPI DMart").right(360, "2,963.83").right(530, "3,39,154.72").next()
                .cell(40, "02 Apr 2025").cell(120, "ATM WDL").right(360, "5,000.00").right(530, "3,34,154.72").next()
                .cell(40, "03 Apr 2025").cell(120, "UPI Swiggy").right(360, "1,180.40").right(530, "3,32,974.32").next()
                .cell(40, "04 Apr 2025").cell(120, "UPI Chai Point").right(350, "95.22").right(530, "3,32,879.10").next()
                .cell(40, "05 Apr 2025").cell(120, "NEFT SALARY").right(440, "1,20,000.00").right(530, "4,52,879.10")
                .next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).doesNotContain(new BigDecimal("-95.22"));
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void twoEdgesUnderOneHeaderGiveTheColumnNoEdge() {
        // Amounts ending at 345 and at 370 share the Debit header's span: neither edge is the column's.
        PageSketch p = header()
                .cell(40, "01 Apr 2025").right(345, "12.00").right(370, "2,963.83").next()
                .cell(40, "02 Apr 2025").right(345, "20.00").right(370, "5,000.00").next()
                .cell(40, "03 Apr 2025").right(345, "18.00").right(370, "1,180.40").next();
        assertThat(debitEdge(p)).isNaN();
    }

    @Test
    void theEdgeMostAmountsUnderTheHeaderShareIsTheColumns() {
        PageSketch p = header()
                .cell(40, "01 Apr 2025").right(360, "2,963.83").next()
                .cell(40, "02 Apr 2025").right(360, "95.22").next()
                .cell(40, "03 Apr 2025").right(360, "1,180.40").next()
                .cell(40, "04 Apr 2025").right(350, "7.00").next();
        assertThat(debitEdge(p)).isEqualTo(360f);
    }

    @Test
    void aShortLastPageUnderTheSameHeaderKeepsTheEdgesThePagesBeforeShowed() throws Exception {
        // Page 2 prints two rows: too few amounts to show its columns' edges, which page 1's amounts showed.
        PageSketch one = header()
                .cell(40, "01 Apr 2025").cell(120, "UPI DMart").right(360, "2,963.83").right(530, "3,39,154.72").next()
                .cell(40, "02 Apr 2025").cell(120, "NEFT SALARY").right(440, "1,20,000.00").right(530, "4,59,154.72")
                .next()
                .cell(40, "03 Apr 2025").cell(120, "UPI Chai Point").right(360, "95.22").right(530, "4,59,059.50").next()
                .cell(40, "04 Apr 2025").cell(120, "IMPS REFUND").right(440, "1,500.00").right(530, "4,60,559.50").next()
                .cell(40, "05 Apr 2025").cell(120, "NEFT RENT").right(440, "20,000.00").right(530, "4,80,559.50").next()
                .cell(40, "05 Apr 2025").cell(120, "ATM WDL").right(360, "400,000.00").right(530, "80,559.50").next();
        PageSketch two = new PageSketch(2)
                .line(40, "Txn Date", 120, "Description", 300, "Debit", 375, "Credit", 455, "Balance")
                .cell(40, "06 Apr 2025").cell(120, "UPI Swiggy").right(360, "7.50").right(530, "80,552.00").next()
                .cell(40, "07 Apr 2025").cell(120, "UPI Refund").right(440, "8.00").right(530, "80,560.00").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::amount).endsWith(new BigDecimal("-7.50"),
                new BigDecimal("8.00"));
        assertThat(s.transactions()).hasSize(8);
    }

    @Test
    void aLoneCreditBetweenItsHeaderAndTheNextIsReadUnderIt() throws Exception {
        // Headers left-aligned over right-aligned amounts; the page's only credit, "950.00", starts 34 pt right of
        // "Credit" and ends 6 pt short of "Balance": it lies wholly between the two header words.
        PageSketch p = header(370, 440)
                .cell(40, "01 Apr 2025").cell(120, "UPI DMart").right(364, "2,963.83").right(504, "39,154.72").next()
                .cell(40, "02 Apr 2025").cell(120, "UPI Chai Point").right(364, "95.22").right(504, "39,059.50").next()
                .cell(40, "03 Apr 2025").cell(120, "IMPS REFUND").right(434, "950.00").right(504, "40,009.50").next()
                .cell(40, "04 Apr 2025").cell(120, "ATM WDL").right(364, "5,000.00").right(504, "35,009.50").next()
                .cell(40, "05 Apr 2025").cell(120, "UPI Swiggy").right(364, "1,180.40").right(504, "33,829.10").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-2963.83"),
                new BigDecimal("-95.22"), new BigDecimal("950.00"), new BigDecimal("-5000.00"),
                new BigDecimal("-1180.40"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneCreditUnderACentredHeaderIsReadUnderIt() throws Exception {
        // Headers centred over their cells (Debit 300-370, Credit 370-480, Balance 480-550), amounts right-aligned
        // 6 pt inside them: "8.00" lines up with no header word, but lies between "Credit" and "Balance".
        PageSketch p = new PageSketch(1)
                .line(40, "Statement Period From 01-04-2025 To 30-04-2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 322.5f, "Debit", 410, "Credit", 497.5f, "Balance")
                .cell(120, "OPENING BALANCE").right(544, "39,154.72").next()
                .cell(40, "01 Apr 2025").cell(120, "UPI Chai Point").right(364, "95.22").right(544, "39,059.50").next()
                .cell(40, "02 Apr 2025").cell(120, "CASHBACK").right(474, "8.00").right(544, "39,067.50").next()
                .cell(40, "03 Apr 2025").cell(120, "ATM WDL").right(364, "5,000.00").right(544, "34,067.50").next()
                .cell(40, "04 Apr 2025").cell(120, "UPI Swiggy").right(364, "1,180.40").right(544, "32,887.10").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-95.22"),
                new BigDecimal("8.00"), new BigDecimal("-5000.00"), new BigDecimal("-1180.40"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneDebitEndingJustShortOfTheCreditHeaderStaysADebit() throws Exception {
        // Debits 300, Credits 360, Balance 440, left-aligned. "5.00" ends 4 pt before "Credits" starts: it is nearer
        // the Credits header word than the Debits one, yet lies wholly in the Debits column.
        PageSketch p = new PageSketch(1)
                .line(40, "Statement Period From 01-04-2025 To 30-04-2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 300, "Debits", 360, "Credits", 440, "Balance")
                .cell(120, "OPENING BALANCE").right(510, "1,000.00").next()
                .cell(40, "01 Apr 2025").cell(120, "SMS CHARGE").right(356, "5.00").right(510, "995.00").next()
                .cell(40, "02 Apr 2025").cell(120, "NEFT SALARY").right(434, "20,000.00").right(510, "20,995.00").next()
                .cell(40, "03 Apr 2025").cell(120, "IMPS REFUND").right(434, "40.00").right(510, "21,035.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-5.00"),
                new BigDecimal("20000.00"), new BigDecimal("40.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void denseColumnsSetCloseKeepTheirOwnAmounts() throws Exception {
        // Debits 300, Credits 360, both dense: every amount ends on its own column's edge, none drifts to the other.
        PageSketch p = new PageSketch(1)
                .line(40, "Statement Period From 01-04-2025 To 30-04-2025").gap(20)
                .line(40, "Txn Date", 120, "Description", 300, "Debits", 360, "Credits", 440, "Balance")
                .cell(120, "OPENING BALANCE").right(510, "1,000.00").next()
                .cell(40, "01 Apr 2025").cell(120, "SMS CHARGE").right(356, "5.00").right(510, "995.00").next()
                .cell(40, "02 Apr 2025").cell(120, "NEFT SALARY").right(434, "2,000.00").right(510, "2,995.00").next()
                .cell(40, "03 Apr 2025").cell(120, "UPI DMart").right(356, "963.83").right(510, "2,031.17").next()
                .cell(40, "04 Apr 2025").cell(120, "IMPS REFUND").right(434, "4.00").right(510, "2,035.17").next()
                .cell(40, "05 Apr 2025").cell(120, "UPI Swiggy").right(356, "1,180.40").right(510, "854.77").next()
                .cell(40, "06 Apr 2025").cell(120, "CASHBACK").right(434, "12.50").right(510, "867.27").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-5.00"),
                new BigDecimal("2000.00"), new BigDecimal("-963.83"), new BigDecimal("4.00"),
                new BigDecimal("-1180.40"), new BigDecimal("12.50"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void twoAmountsOffEachOtherUnderASparseHeaderGiveItNoEdge() {
        // One or two amounts give a column its edge only when they all end on it.
        PageSketch p = header()
                .cell(40, "01 Apr 2025").right(345, "12.00").next()
                .cell(40, "02 Apr 2025").right(370, "2,963.83").next();
        assertThat(debitEdge(p)).isNaN();
    }

    @Test
    void aLoneAmountRightOfTheLastHeaderGivesItNoEdge() {
        // The last column has no next header to bound it: what lies right of it may be no part of the table.
        PageSketch p = new PageSketch(1)
                .line(40, "Txn Date", 120, "Description", 300, "Debit", 375, "Credit", 455, "Balance")
                .cell(40, "01 Apr 2025").right(360, "2,963.83").right(560, "9.00").next();
        java.util.List<Line> lines = Line.of(p.page());
        TableColumns columns = HeaderDetector.detect(lines, 0).orElseThrow().columns();
        assertThat(AmountEdges.learn(columns, lines, 1).first(ColumnKind.BALANCE).valueRight()).isNaN();
    }

    private static float debitEdge(PageSketch p) {
        java.util.List<Line> lines = Line.of(p.page());
        TableColumns columns = HeaderDetector.detect(lines, 1).orElseThrow().columns();
        return AmountEdges.learn(columns, lines, 2).first(ColumnKind.DEBIT).valueRight();
    }
}
