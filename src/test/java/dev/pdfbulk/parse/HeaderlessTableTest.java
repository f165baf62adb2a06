package dev.pdfbulk.parse;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Card statements that print no column header at all: runs of "date, text, amount" lines whose amounts share a right
 * edge imply the columns, section titles head the rows, and only balances that agree keep the table read so.
 */
class HeaderlessTableTest {

    // A UK card: section titles, payments marked "-", charges unmarked, section totals; no header row anywhere.
    private static PageSketch ukCard(String newBalance) {
        return ukCard(newBalance, "Statement date 23 May 2025");
    }

    private static PageSketch ukCard(String newBalance, String statementDate) {
        return new PageSketch(1)
                .line(40, "Credit limit £6,500.00")
                .line(40, statementDate)
                .line(40, "Previous balance", 200, "£100.00")
                .line(40, "New balance", 200, newBalance).gap(20)
                .line(40, "Payments and credits")
                .cell(40, "06 May").cell(110, "PAYMENT BY DIRECT DEBIT").right(510, "-100.00").next()
                .cell(110, "Total payments and credits").right(510, "-100.00").next().gap(12)
                .line(40, "Purchases")
                .cell(40, "07 May").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "08 May").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "09 May").cell(110, "BOOKSHOP").right(510, "110.00").next()
                .cell(110, "Total purchases").right(510, "190.00").next();
    }

    @Test
    void dateTextAndAlignedAmountLinesWithoutAHeaderAreTheTransactions() throws Exception {
        Statement s = parse(ukCard("£190.00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYMENT BY DIRECT DEBIT", "GROCER", "TAXI", "BOOKSHOP");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("-60.00"), new BigDecimal("-20.00"), new BigDecimal("-110.00"));
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void balancesThatAgreeProveTheLayoutEvenWhereNoYearIsPrinted() throws Exception {
        // The years of "06 May" are the clock's guess: the rows are kept, the statement is not reconciled.
        Statement s = parse(ukCard("£190.00", "Statement date 23 May"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYMENT BY DIRECT DEBIT", "GROCER", "TAXI", "BOOKSHOP");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("no date the statement prints has a year");
    }

    @Test
    void aHeaderlessReadingThatDoesNotAddUpIsNoTable() {
        // Rows found only by their shape are a guess: without balances that agree they are not the statement's.
        assertThatThrownBy(() -> parse(ukCard("£200.00"))).isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS));
    }

    @Test
    void aFirstPageWhoseRowsAllWrapReadsUnderTheColumnsALaterPageImplies() throws Exception {
        // Page 1: every row wraps onto a second line, so no three one-line rows run together to imply the columns.
        PageSketch first = new PageSketch(1)
                .line(40, "Credit limit £6,500.00")
                .line(40, "Statement date 23 May 2025")
                .line(40, "Previous balance", 200, "£100.00")
                .line(40, "New balance", 200, "£230.00").gap(20)
                .line(40, "Payments and credits")
                .cell(40, "06 May").cell(110, "PAYMENT BY DIRECT DEBIT").right(510, "-100.00").next()
                .line(110, "THANK YOU").gap(12)
                .line(40, "Purchases")
                .cell(40, "07 May").cell(110, "GROCER").right(510, "60.00").next()
                .line(110, "FOOD STORES")
                .cell(40, "08 May").cell(110, "TAXI").right(510, "20.00").next()
                .line(110, "TRANSPORT");
        PageSketch second = new PageSketch(2)
                .cell(40, "09 May").cell(110, "BOOKSHOP").right(510, "110.00").next()
                .cell(40, "10 May").cell(110, "CAFE").right(510, "15.00").next()
                .cell(40, "11 May").cell(110, "PHARMACY").right(510, "25.00").next()
                .cell(110, "Total purchases").right(510, "230.00").next();
        Statement s = parse(first, second);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "PAYMENT BY DIRECT DEBIT THANK YOU", "GROCER FOOD STORES", "TAXI TRANSPORT", "BOOKSHOP", "CAFE",
                "PHARMACY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void rowsThatEachWrapOntoASecondLineStillImplyTheColumns() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement date 23 May 2025")
                .line(40, "Previous balance", 200, "£100.00")
                .line(40, "New balance", 200, "£190.00").gap(20)
                .cell(40, "06 May").cell(110, "PAYMENT BY DIRECT DEBIT").right(510, "-100.00").next()
                .line(110, "THANK YOU")
                .cell(40, "07 May").cell(110, "GROCER").right(510, "60.00").next()
                .line(110, "FOOD STORES")
                .cell(40, "08 May").cell(110, "TAXI").right(510, "20.00").next()
                .line(110, "TRANSPORT")
                .cell(40, "09 May").cell(110, "BOOKSHOP").right(510, "110.00").next()
                .line(110, "BOOKS"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "PAYMENT BY DIRECT DEBIT THANK YOU", "GROCER FOOD STORES", "TAXI TRANSPORT", "BOOKSHOP BOOKS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void pagesBeforeTheFirstHeaderAreReadWithoutOne() throws Exception {
        // Only the second page heads its rows; the first page's rows, read by their shape, make the balances agree.
        PageSketch first = new PageSketch(1)
                .line(40, "Statement date 23 May 2025")
                .line(40, "Previous balance", 200, "£100.00")
                .line(40, "New balance", 200, "£230.00").gap(20)
                .cell(40, "06 May").cell(110, "PAYMENT BY DIRECT DEBIT").right(510, "-100.00").next()
                .cell(40, "07 May").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "08 May").cell(110, "TAXI").right(510, "20.00").next();
        PageSketch second = new PageSketch(2)
                .line(40, "Date", 110, "Description", 480, "Amount")
                .cell(40, "09 May").cell(110, "BOOKSHOP").right(510, "110.00").next()
                .cell(40, "10 May").cell(110, "CAFE").right(510, "15.00").next()
                .cell(40, "11 May").cell(110, "PHARMACY").right(510, "25.00").next();
        Statement s = parse(first, second);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "PAYMENT BY DIRECT DEBIT", "GROCER", "TAXI", "BOOKSHOP", "CAFE", "PHARMACY");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void fewerThanThreeAlignedRowsImplyNoTable() {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit £6,500.00")
                .line(40, "Previous balance", 200, "£100.00")
                .line(40, "New balance", 200, "£80.00").gap(20)
                .cell(40, "07 May").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "08 May").cell(110, "PAYMENT").right(510, "-80.00").next();
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS));
    }

    @Test
    void theMoneyColumnsNamePrintedOnASectionTitleIsNoPartOfIt() throws Exception {
        // Amex prints "Amount" right of each section title; the cardmember's title then has seven words, and read
        // whole it heads nothing: the payments' section ran on into the charges, which then read as credits.
        PageSketch p = new PageSketch(1)
                .line(40, "Credit Limit $12,000.00")
                .line(40, "Closing Date 05/14/25")
                .line(40, "Previous Balance", 200, "$100.00")
                .line(40, "New Balance", 200, "$290.00").gap(20)
                .line(40, "Payments", 480, "Amount")
                .cell(40, "05/02/25").cell(110, "AUTOPAY PAYMENT RECEIVED").right(510, "-$100.00").next()
                .cell(110, "Total Payments").right(510, "-$100.00").next().gap(12)
                .line(40, "JOHN A SMITH Card Ending 7-81005", 480, "Amount")
                .cell(40, "04/15/25").cell(110, "CAFE DE FLORE").cell(300, "PARIS").right(510, "$105.45").next()
                .line(300, "93.30 Euro")
                .cell(40, "04/16/25").cell(110, "UBER TRIP").right(510, "$24.96").next()
                .cell(40, "04/17/25").cell(110, "GROCER").right(510, "$63.34").next()
                .cell(40, "04/18/25").cell(110, "TAXI").right(510, "$96.25").next()
                .cell(110, "Total for JOHN A SMITH").right(510, "$290.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("-105.45"), new BigDecimal("-24.96"), new BigDecimal("-63.34"), new BigDecimal("-96.25"));
        // A foreign amount printed under the merchant belongs to its description.
        assertThat(s.transactions().get(1).description()).isEqualTo("CAFE DE FLORE PARIS 93.30 Euro");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Card Member: John A Smith  Card ending 51004", "JOHN A SMITH - Card number XXXX XXXX XXXX 1004"})
    void aLongCardMemberTitleInAnyCaseOrNamingTheMaskedNumberHeadsItsRows(String title) throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Minimum Payment Due $150.41")
                .line(40, "Closing Date 05/14/25")
                .line(40, "Previous Balance", 200, "$100.00")
                .line(40, "New Balance", 200, "$130.41").gap(20)
                .line(40, "Payments", 480, "Amount")
                .cell(40, "05/02/25").cell(110, "AUTOPAY PAYMENT RECEIVED").right(510, "-$100.00").next()
                .cell(110, "Total Payments").right(510, "-$100.00").next().gap(12)
                .line(40, "Credits", 480, "Amount")
                .cell(40, "04/20/25").cell(110, "GROCER RETURN").right(510, "-$10.00").next()
                .cell(110, "Total Credits").right(510, "-$10.00").next().gap(12)
                .line(40, "New Charges", 480, "Amount")
                .line(40, title)
                .cell(40, "04/15/25").cell(110, "CAFE DE FLORE").right(510, "$105.45").next()
                .cell(40, "04/16/25").cell(110, "UBER TRIP").right(510, "$24.96").next()
                .cell(40, "04/16/25").cell(110, "BAKERY").right(510, "$10.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("10.00"), new BigDecimal("-105.45"), new BigDecimal("-24.96"), new BigDecimal("-10.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLabelledCardMemberTitleHeadsItsRowsWhateverItsLength() throws Exception {
        // "Card Member: JOHN A SMITH  Card Ending 7-51004" under "New Charges": eight words, yet the member's title.
        // Read as no heading, the Credits section ran on into the charges; the card reading then failed and the
        // bank reading, every sign inverted, was kept as reconciled.
        PageSketch p = new PageSketch(1)
                .line(40, "Minimum Payment Due $320.00")
                .line(40, "Closing Date 05/14/25")
                .line(40, "Previous Balance", 200, "$100.00")
                .line(40, "New Balance", 200, "$320.00").gap(20)
                .line(40, "Payments", 480, "Amount")
                .cell(40, "05/02/25").cell(110, "AUTOPAY PAYMENT RECEIVED").right(510, "-$100.00").next()
                .cell(110, "Total Payments").right(510, "-$100.00").next().gap(12)
                .line(40, "Credits", 480, "Amount")
                .cell(40, "04/20/25").cell(110, "GROCER RETURN").right(510, "-$10.00").next()
                .cell(110, "Total Credits").right(510, "-$10.00").next().gap(12)
                .line(40, "New Charges", 480, "Amount")
                .line(40, "Card Member: JOHN A SMITH  Card Ending 7-51004")
                .cell(40, "04/15/25").cell(110, "CAFE DE FLORE").right(510, "$105.45").next()
                .cell(40, "04/16/25").cell(110, "UBER TRIP").right(510, "$24.96").next()
                .cell(40, "04/16/25").cell(110, "BAKERY").right(510, "$10.00").next()
                .cell(110, "Total for JOHN A SMITH").right(510, "$140.41").next().gap(12)
                .line(40, "Card Member: MARY K SMITH  Card Ending 7-52012")
                .cell(40, "04/17/25").cell(110, "GROCER").right(510, "$73.34").next()
                .cell(40, "04/18/25").cell(110, "TAXI").right(510, "$96.25").next()
                .cell(40, "04/19/25").cell(110, "FLORIST").right(510, "$20.00").next()
                .cell(110, "Total for MARY K SMITH").right(510, "$189.59").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("10.00"), new BigDecimal("-105.45"), new BigDecimal("-24.96"),
                new BigDecimal("-10.00"), new BigDecimal("-73.34"), new BigDecimal("-96.25"), new BigDecimal("-20.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("AUTOPAY PAYMENT RECEIVED",
                "GROCER RETURN", "CAFE DE FLORE", "UBER TRIP", "BAKERY", "GROCER", "TAXI", "FLORIST");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardWhoseCreditsRunOnIntoItsChargesIsNeverReadAsABankAccount() throws Exception {
        // A member's title the table cannot read as a heading ("Charges by additional card member JOHN A SMITH", seven
        // words): the Credits section runs on over the charges and the card reading does not add up. The bank
        // reading, every sign inverted, adds up; yet it reads the "-" under Payments and Credits as money out.
        PageSketch p = new PageSketch(1)
                .line(40, "Minimum Payment Due $320.00")
                .line(40, "Closing Date 05/14/25")
                .line(40, "Previous Balance", 200, "$100.00")
                .line(40, "New Balance", 200, "$220.00").gap(20)
                .line(40, "Payments", 480, "Amount")
                .cell(40, "05/02/25").cell(110, "AUTOPAY PAYMENT RECEIVED").right(510, "-$100.00").next()
                .cell(110, "Total Payments").right(510, "-$100.00").next().gap(12)
                .line(40, "Credits", 480, "Amount")
                .cell(40, "04/20/25").cell(110, "GROCER RETURN").right(510, "-$10.00").next()
                .cell(110, "Total Credits").right(510, "-$10.00").next().gap(12)
                .line(40, "New Charges", 480, "Amount")
                .line(40, "Charges by additional card member JOHN A SMITH")
                .cell(40, "04/15/25").cell(110, "CAFE DE FLORE").right(510, "$105.45").next()
                .cell(40, "04/16/25").cell(110, "UBER TRIP").right(510, "$24.96").next()
                .cell(40, "04/16/25").cell(110, "BAKERY").right(510, "$99.59").next();
        // Rows found by their shape alone are kept only where they add up: here none are.
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS));
    }
}
