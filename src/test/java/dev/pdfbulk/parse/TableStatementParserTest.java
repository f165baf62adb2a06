package dev.pdfbulk.parse;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableStatementParserTest {

    private static PageSketch bankHeader(PageSketch p) {
        return p.line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance");
    }

    @Test
    void debitCreditColumnsWrappedRowsAndBalanceRows() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "BALANCE BROUGHT FORWARD").right(555, "100.00").next()
                .cell(40, "02/08/2025").cell(140, "CARD PAYMENT TO").right(415, "10.00").right(555, "90.00").next()
                .line(140, "TESCO STORES")
                .cell(40, "14/08/2025").cell(140, "SALARY").right(480, "1,000.00").right(555, "1,090.00").next()
                .cell(40, "31/08/2025").cell(140, "CLOSING BALANCE").right(555, "1,090.00").next()
                .gap(60).line(40, "Registered in England. Authorised by the Prudential Regulation Authority etc etc");
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PAYMENT TO TESCO STORES", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-10.00"), new BigDecimal("1000.00"));
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("100.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1090.00");
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void amountPrintedOnTheLastLineOfAWrappedRow() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "02/08/2025").cell(140, "STANDING ORDER").next()
                .line(140, "HARBOUR LETTINGS")
                .cell(140, "RENT REF 42").right(415, "500.00").right(555, "500.00").next()
                .cell(40, "03/08/2025").cell(140, "COFFEE").right(415, "2.50").right(555, "497.50").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("STANDING ORDER HARBOUR LETTINGS RENT REF 42", "COFFEE");
        assertThat(s.transactions().get(0).amount()).isEqualByComparingTo("-500.00");
    }

    @Test
    void wrappedRowsCentredVerticallyKeepTheirTextAboveAndBelow() throws Exception {
        // As a browser prints a table row whose cells are middle-aligned: text above and below the date line.
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "02/08/2025").cell(140, "COFFEE").right(415, "2.50").right(555, "97.50").next()
                .gap(2).line(140, "DELTA AIR 0062345678901").gap(-6)
                .cell(40, "03/08/2025").right(415, "250.00").right(555, "-152.50").next()
                .gap(-6).line(140, "ATLANTA GA").gap(2)
                .cell(40, "04/08/2025").cell(140, "TEA").right(415, "1.00").right(555, "-153.50").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COFFEE", "DELTA AIR 0062345678901 ATLANTA GA", "TEA");
    }

    @Test
    void datesWrappedInANarrowColumnAndHeadersOverThreeRowsAreRejoined() throws Exception {
        // As a word processor prints a narrow table: "Paid"/"out" around the header row, "01 Feb" over "2026".
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/02/2026 to 28/02/2026").gap(20)
                .gap(-6).line(370, "Paid").gap(-6)
                .line(40, "Date", 140, "Details", 440, "Paid in", 515, "Balance")
                .gap(-6).line(370, "out").gap(-6)
                .cell(140, "Balance brought forward").right(555, "100.00").next()
                .cell(40, "01 Feb").next().gap(-6).cell(140, "TESCO STORES").right(415, "10.00").right(555, "90.00")
                .next().gap(-6).cell(45, "2026").next()
                .cell(40, "02 Feb").cell(140, "SALARY").right(480, "5.00").right(555, "95.00").next()
                .cell(45, "2026").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("TESCO STORES", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void referenceAndValueDateColumnsBetweenTextAndMoneyAreLeftOut() throws Exception {
        // A long reference number and a value date sit between the narration and the money, under a header
        // whose abbreviated cells wrap over three rows; "Closing Balance" heads the running balance.
        PageSketch p1 = abbreviatedHeader(new PageSketch(1))
                .cell(85, "OPENING BALANCE").right(540, "9,45,310.50").next()
                .cell(30, "01/01/25").cell(85, "CINEMA MULTIPLEX").cell(210, "8484707416380958").cell(300, "01/01/25")
                .right(400, "22,580.40").right(540, "9,22,730.10").next()
                .cell(30, "05/01/25").cell(85, "SALARY GLOBEX").cell(210, "0885784143215510").cell(300, "06/01/25")
                .right(470, "1,00,000.00").right(540, "10,22,730.10").next()
                .cell(85, "BALANCE CARRIED FORWARD").right(540, "10,22,730.10").next();
        PageSketch p2 = abbreviatedHeader(new PageSketch(2))
                .cell(85, "BALANCE BROUGHT FORWARD").right(540, "10,22,730.10").next()
                .cell(30, "17/01/25").cell(85, "GYM MEMBERSHIP").cell(210, "0170139811172971").cell(300, "17/01/25")
                .right(400, "3,008.40").right(540, "10,19,721.70").next()
                .cell(85, "CLOSING BALANCE").right(540, "10,19,721.70").next();
        Statement s = parse(p1, p2);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CINEMA MULTIPLEX", "SALARY GLOBEX", "GYM MEMBERSHIP");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-22580.40"),
                new BigDecimal("100000.00"), new BigDecimal("-3008.40"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 17));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1019721.70");
    }

    @Test
    void aHeaderWrappedOverThreeRowsWithSpacedUnitsKeepsEveryMoneyColumn() throws Exception {
        // Cells wrapped over three rows, the units printed "(INR )" and split over rows ("Deposit Amount (INR" over
        // ")"); the money column a row does not use prints "0.00", an empty cell.
        PageSketch p = new PageSketch(1).line(20, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(100, "Transaction", 165, "Cheque", 330, "Withdrawal Amount", 425, "Deposit Amount (INR")
                .line(10, "S No.", 40, "Value Date", 205, "Transaction Remarks", 530, "Balance (INR )")
                .line(100, "Date", 165, "Number", 330, "(INR )", 425, ")")
                .cell(205, "OPENING BALANCE").right(600, "84,213.55").next()
                .cell(15, "1").cell(40, "01/04/2025").cell(100, "01/04/2025").cell(165, "-").cell(205, "UPI ZOMATO")
                .right(415, "1,078.73").right(520, "0.00").right(600, "83,134.82").next()
                .cell(15, "2").cell(40, "02/04/2025").cell(100, "01/04/2025").cell(165, "-").cell(205, "NEFT SALARY")
                .right(415, "0.00").right(520, "1,45,320.00").right(600, "2,28,454.82").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("UPI ZOMATO", "NEFT SALARY");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1078.73"), new BigDecimal("145320.00"));
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    private static PageSketch abbreviatedHeader(PageSketch p) {
        return p.line(30, "Statement period 01/01/2025 to 31/01/2025").gap(20)
                .line(300, "Value", 350, "Withdrawal", 435, "Deposit", 505, "Closing")
                .line(30, "Date", 85, "Narration", 210, "Chq./Ref.No.")
                .line(300, "Dt", 350, "Amt.", 435, "Amt.", 505, "Balance");
    }

    @Test
    void aRowWithoutItsOwnDateSharesThePreviousOne() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "02/08/2025").cell(140, "A").right(415, "1.00").right(555, "99.00").next()
                .cell(140, "B").right(415, "2.00").right(555, "97.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 8, 2), LocalDate.of(2025, 8, 2));
    }

    @Test
    void aBalanceThatDoesNotAddUpIsReportedWithItsRow() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next()
                .cell(40, "02/08/2025").cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .cell(40, "03/08/2025").cell(140, "B").right(415, "10.00").right(555, "80.01").next();
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().row()).isEqualTo(2);
        assertThat(s.reconciliation().expected()).isEqualByComparingTo("80.00");
        assertThat(s.reconciliation().found()).isEqualByComparingTo("80.01");
    }

    private static PageSketch newestFirst(String middleBalance) {
        // Newest first: the closing balance on top, each row's balance the one below it plus its amount.
        return bankHeader(new PageSketch(1))
                .cell(40, "31/08/2025").cell(140, "CLOSING BALANCE").right(555, "1,089.00").next()
                .cell(40, "20/08/2025").cell(140, "COFFEE").right(415, "1.00").right(555, "1,089.00").next()
                .cell(40, "14/08/2025").cell(140, "SALARY").right(480, "1,000.00").right(555, middleBalance).next()
                .cell(140, "CARD PAYMENT").right(415, "10.00").right(555, "90.00").next()
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next();
    }

    @Test
    void rowsPrintedNewestFirstReconcileBottomToTopAndKeepTheirPrintedOrder() throws Exception {
        Statement s = parse(newestFirst("1,090.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COFFEE", "SALARY", "CARD PAYMENT");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1.00"),
                new BigDecimal("1000.00"), new BigDecimal("-10.00"));
        // A row without its own date shares the one printed above it.
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 8, 20),
                LocalDate.of(2025, 8, 14), LocalDate.of(2025, 8, 14));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("100.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1089.00");

        // Adding up in neither order stays unreconciled.
        Statement wrong = parse(newestFirst("1,090.01"));
        assertThat(wrong.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    private static PageSketch newestFirstWithoutOpening(String middleBalance) {
        // Newest first with no opening or closing printed: only the running balances show the order.
        return bankHeader(new PageSketch(1))
                .cell(40, "20/08/2025").cell(140, "COFFEE").right(415, "1.00").right(555, "1,089.00").next()
                .cell(40, "14/08/2025").cell(140, "SALARY").right(480, "1,000.00").right(555, middleBalance).next()
                .cell(40, "02/08/2025").cell(140, "CARD PAYMENT").right(415, "10.00").right(555, "90.00").next();
    }

    @Test
    void rowsPrintedNewestFirstWithoutAnOpeningAreReadBottomToTopButTheOldestIsCheckedAgainstNothing()
            throws Exception {
        Statement s = parse(newestFirstWithoutOpening("1,090.00"));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("COFFEE", "SALARY", "CARD PAYMENT");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1.00"),
                new BigDecimal("1000.00"), new BigDecimal("-10.00"));
        // Every balance agrees read bottom to top, but nothing checks the oldest row's own amount.
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("newest first").contains("1 row(s) before");

        // One balance that agrees in neither order keeps the top-to-bottom mismatch.
        Statement wrong = parse(newestFirstWithoutOpening("1,090.01"));
        assertThat(wrong.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(wrong.reconciliation().row()).isEqualTo(2);
    }

    @Test
    void unsignedAmountsPrintedNewestFirstTakeTheirSignFromTheBalanceBelow() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Description", 440, "Amount", 515, "Balance")
                .cell(40, "04/08/2025").cell(140, "C").right(480, "1.00").right(555, "94.00").next()
                .cell(40, "03/08/2025").cell(140, "B").right(480, "5.00").right(555, "95.00").next()
                .cell(40, "02/08/2025").cell(140, "A").right(480, "10.00").right(555, "90.00").next()
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("C", "B", "A");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1.00"),
                new BigDecimal("5.00"), new BigDecimal("-10.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardPrintedNewestFirstReconcilesWithItsOwedBalance() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Credit limit 5,000.00").gap(20)
                .line(40, "Date", 140, "Description", 440, "Amount", 515, "Balance")
                .cell(40, "05/08/2025").cell(140, "PAYMENT THANK YOU").right(490, "50.00 CR").right(555, "530.00")
                .next()
                .cell(40, "02/08/2025").cell(140, "GROCER").right(480, "80.00").right(555, "580.00").next()
                .cell(40, "01/08/2025").cell(140, "PREVIOUS BALANCE").right(555, "500.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("-80.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("500.00");
    }

    @Test
    void creditCardChargesUnsignedAndPaymentsMarkedCr() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date Aug 31, 2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$530.00").gap(20)
                .line(40, "Trans Date", 110, "Post Date", 180, "Description", 470, "Amount")
                .cell(40, "Aug 02").cell(110, "Aug 03").cell(180, "GROCER").right(510, "80.00").next()
                .cell(40, "Aug 05").cell(110, "Aug 06").cell(180, "PAYMENT THANK YOU").right(525, "50.00 CR").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-80.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void cardSectionsWithHeadingsAndSubtotalsSignUnsignedAmountsBySection() throws Exception {
        // The first heading sits right under the header: it is no second header row, nor the end of the table.
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date 01/08/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$530.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .line(40, "Payments and Credits")
                .cell(40, "22/07").cell(110, "PAYMENT RECEIVED - THANK YOU").right(510, "50.00").next()
                .cell(110, "Total payments and credits").right(510, "50.00").next()
                .line(40, "Purchases and Cash Advances")
                .cell(40, "24/07").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "30/07").cell(110, "TAXI").right(510, "20.00").next()
                .cell(110, "Total purchases").right(510, "80.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYMENT RECEIVED - THANK YOU", "GROCER", "TAXI");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("-60.00"), new BigDecimal("-20.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSummaryGridWhoseLabelsWrapInTheirCellsGivesTheOpeningAndClosingBalance() throws Exception {
        // As a browser prints a two-pair summary box: each label wraps in its cell, its value centred beside it.
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit HK$5,000.00")
                .line(40, "Statement date 01/08/2025").gap(8)
                .cell(200, "Payments").gap(4.5f)
                .cell(40, "Previous").gap(4.5f)
                .right(180, "HK$500.00").cell(200, "and").right(330, "HK$50.00").gap(4.5f)
                .cell(40, "balance").gap(4.5f)
                .cell(200, "credits").gap(11)
                .cell(40, "New").cell(200, "Statement").gap(4.5f)
                .right(180, "HK$80.00").right(330, "HK$530.00").gap(4.5f)
                .cell(40, "purchases").cell(200, "balance").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .cell(40, "24/07").cell(110, "GROCER").right(510, "80.00").next()
                .cell(40, "28/07").cell(110, "PAYMENT THANK YOU").right(525, "50.00 CR").next();
        Statement s = parse(p);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("500.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("530.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardStatementDateWithoutAPeriodGivesTheYearAndMinusMarksThePayments() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Harbour Card Services")
                .line(40, "Statement date 01/08/2025", 240, "Payment due 26/08/2025")
                .line(40, "Previous balance", 200, "HK$500.00")
                .line(40, "New balance", 200, "HK$530.00").gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount")
                .cell(40, "24/07").cell(110, "GROCER").right(510, "80.00").next()
                .cell(40, "28/07").cell(110, "PAYMENT RECEIVED").right(510, "-50.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 7, 24), LocalDate.of(2025, 7, 28));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-80.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSecondTableIsNotReadAsTransactions() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "02/08/2025").cell(140, "A").right(415, "1.00").right(555, "99.00").next()
                .gap(40).line(40, "Interest summary")
                .line(40, "Date", 140, "Description", 440, "Amount")
                .cell(40, "31/08/2025").cell(140, "Credit interest").right(480, "0.05").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A");
    }

    @Test
    void tablesContinueOverPagesWithRepeatedHeadersAndCarriedBalances() throws Exception {
        StatementParser parser = StatementParser.create();
        parser.accept(bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next()
                .cell(40, "02/08/2025").cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .cell(140, "BALANCE CARRIED FORWARD").right(555, "90.00").next()
                .gap(40).line(40, "Page 1 of 2").page());
        parser.accept(new PageSketch(2).line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in",
                        515, "Balance")
                .cell(140, "BALANCE BROUGHT FORWARD").right(555, "90.00").next()
                .cell(40, "03/08/2025").cell(140, "B").right(480, "5.00").right(555, "95.00").next()
                .gap(40).line(40, "Page 2 of 2").page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A", "B");
        assertThat(s.pageCount()).isEqualTo(2);
        assertThat(s.transactions().get(1).page()).isEqualTo(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPageWithoutARepeatedHeaderContinuesTheTable() throws Exception {
        StatementParser parser = StatementParser.create();
        parser.accept(bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "100.00").next()
                .cell(40, "02/08/2025").cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .gap(40).line(40, "Page 1 of 2").page());
        parser.accept(new PageSketch(2).line(40, "Northwind Savings - statement continued").gap(20)
                .cell(40, "03/08/2025").cell(140, "B").right(480, "5.00").right(555, "95.00").next()
                .cell(40, "04/08/2025").cell(140, "C").right(415, "1.00").right(555, "94.00").next()
                .cell(40, "31/08/2025").cell(140, "CLOSING BALANCE").right(555, "94.00").next()
                .gap(40).line(40, "Page 2 of 2").page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A", "B", "C");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDecoratedContinuedLineAtThePageFootIsNoPartOfTheLastRow() throws Exception {
        // "*** CONTINUED ON NEXT PAGE ***" under the last row, in the description column: page furniture.
        StatementParser parser = StatementParser.create();
        parser.accept(new PageSketch(1).line(40, "CREDIT CARD STATEMENT")
                .line(40, "Previous balance", 200, "100.00").line(40, "New balance", 200, "15.00").gap(20)
                .line(40, "Trans. date", 140, "Description", 470, "Amount")
                .cell(40, "02/08/2025").cell(140, "GROCER").right(520, "10.00").next()
                .cell(40, "03/08/2025").cell(140, "BOOKSHOP").right(520, "5.00").next()
                .gap(10).line(140, "*** CONTINUED ON NEXT PAGE ***").page());
        parser.accept(new PageSketch(2).line(40, "Trans. date", 140, "Description", 470, "Amount")
                .cell(40, "04/08/2025").cell(140, "PAYMENT - THANK YOU").right(520, "100.00-").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "BOOKSHOP", "PAYMENT - THANK YOU");
        assertThat(s.reconciliation().status()).as(s.reconciliation().detail()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDateWrappedOverThePageBreakCompletesTheLastRowAndKeepsTheNextPage() throws Exception {
        // As an office suite prints a narrow date cell: "19/12/20" over "25", the "25" pushed under the next
        // page's repeated header. It is the end of the last row's date, not a line that ends the table.
        StatementParser parser = StatementParser.create();
        parser.accept(new PageSketch(1).line(40, "Statement period 10/12/2025 to 31/12/2025").gap(20)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(140, "Balance brought forward").right(555, "100.00").next()
                .cell(40, "10/12/20").cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .cell(45, "25").next()
                .cell(40, "19/12/20").cell(140, "B").right(415, "5.00").right(555, "85.00").next().page());
        parser.accept(new PageSketch(2)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(45, "25").next()
                .cell(40, "20/12/20").cell(140, "C").right(480, "15.00").right(555, "100.00").next()
                .cell(45, "25").next()
                .cell(40, "21/12/20").cell(140, "D").right(415, "1.00").right(555, "99.00").next()
                .cell(45, "25").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A", "B", "C", "D");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 12, 10),
                LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 21));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aFullDateIsNotExtendedByAStrayLineAtTheTopOfTheNextPage() throws Exception {
        // A full date leaves nothing to complete: a stray "25" under the next page's header does not change it.
        StatementParser parser = StatementParser.create();
        parser.accept(new PageSketch(1).line(40, "Statement period 10/12/2025 to 31/12/2025").gap(20)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(140, "Balance brought forward").right(555, "100.00").next()
                .cell(40, "19/12/2025").cell(140, "B").right(415, "5.00").right(555, "95.00").next().page());
        parser.accept(new PageSketch(2)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(45, "25").next()
                .cell(40, "20/12/2025").cell(140, "C").right(480, "15.00").right(555, "110.00").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions().get(0).description()).isEqualTo("B");
        assertThat(s.transactions().get(0).date()).isEqualTo(LocalDate.of(2025, 12, 19));
    }

    @Test
    void aRowLeftWithoutItsDayAtThePageBreakIsCompletedByTheNextPage() throws Exception {
        // Month over day around the row line: the last row keeps "Feb", its "07" goes under the next header,
        // just above the next row's "Feb". The row is read whole, and each later row keeps its own day.
        StatementParser parser = StatementParser.create();
        parser.accept(new PageSketch(1).line(40, "Statement period 01/02/2026 to 28/02/2026").gap(20)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(140, "Balance brought forward").right(555, "100.00").next()
                .cell(40, "Feb").cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .cell(45, "06").next()
                .cell(40, "Feb").cell(140, "B").right(415, "5.00").right(555, "85.00").next().page());
        parser.accept(new PageSketch(2)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(45, "07").next()
                .cell(40, "Feb").cell(140, "C").right(480, "15.00").right(555, "100.00").next()
                .cell(45, "08").next()
                .cell(40, "Feb").cell(140, "D").right(415, "1.00").right(555, "99.00").next()
                .cell(45, "09").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A", "B", "C", "D");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2026, 2, 6),
                LocalDate.of(2026, 2, 7), LocalDate.of(2026, 2, 8), LocalDate.of(2026, 2, 9));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDayUnderTheNextPageHeaderStartsItsOwnDateRatherThanEndingTheLastOne() throws Exception {
        // Day over month around the row line: "30" at the top of page 2 pairs with the "Dec" below it; read
        // after "29 Dec" it would make the year 2030.
        StatementParser parser = StatementParser.create();
        parser.accept(new PageSketch(1).line(40, "Statement period 01/12/2025 to 31/12/2025").gap(20)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(140, "Balance brought forward").right(555, "100.00").next()
                .cell(45, "28").next().gap(-6).cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .gap(-6).cell(40, "Dec").next()
                .cell(45, "29").next().gap(-6).cell(140, "B").right(415, "5.00").right(555, "85.00").next()
                .gap(-6).cell(40, "Dec").next().page());
        parser.accept(new PageSketch(2)
                .line(40, "Date", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(45, "30").next().gap(-6).cell(140, "C").right(480, "15.00").right(555, "100.00").next()
                .gap(-6).cell(40, "Dec").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A", "B", "C");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 12, 28),
                LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 30));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aChequeNumberBetweenTheDateAndTheDetailsIsNoPartOfAWrappedDate() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/12/2025 to 31/12/2025").gap(20)
                .line(40, "Date", 90, "Cheque", 140, "Details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(140, "Balance brought forward").right(555, "100.00").next()
                .cell(45, "17").cell(90, "661462").cell(140, "A").right(415, "10.00").right(555, "90.00").next()
                .cell(40, "Dec").next()
                .cell(45, "18").cell(140, "B").right(415, "5.00").right(555, "85.00").next()
                .cell(40, "Dec").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("A", "B");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 12, 17), LocalDate.of(2025, 12, 18));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void overdrawnBalancesMarkedOdOrDrAreNegative() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "5.00").next()
                .cell(40, "02/08/2025").cell(140, "RENT").right(415, "10.00").right(565, "5.00 OD").next()
                .cell(40, "03/08/2025").cell(140, "FEE").right(415, "1.00").right(565, "6.00 DR").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("-5.00"), new BigDecimal("-6.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void thePaymentTypeCodeUnderATypeAndDetailsHeaderIsPartOfTheDescription() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 100, "Payment type and details", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(40, "01 Aug 25").cell(100, "BALANCE BROUGHT FORWARD").right(555, "100.00").next()
                .cell(40, "02 Aug 25").cell(100, "VIS").cell(124, "SAINSBURYS S/MKT").right(415, "25.38").next()
                .cell(100, "DD").cell(124, "VIRGIN MEDIA").right(415, "4.62").right(555, "70.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("VIS SAINSBURYS S/MKT", "DD VIRGIN MEDIA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneDAfterABalanceMarksItOverdrawnOnEveryPage() throws Exception {
        // HSBC prints "19.42 D" for an overdrawn balance, also on the brought-forward row that opens each page.
        StatementParser parser = new TableStatementParser();
        parser.accept(bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "BALANCE BROUGHT FORWARD").right(555, "5.00").next()
                .cell(40, "02/08/2025").cell(140, "RENT").right(415, "10.00").right(563, "5.00 D").next()
                .cell(140, "BALANCE CARRIED FORWARD").right(563, "5.00 D").next().page());
        parser.accept(new PageSketch(2)
                .line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(140, "BALANCE BROUGHT FORWARD").right(563, "5.00 D").next()
                .cell(40, "03/08/2025").cell(140, "SALARY").right(480, "7.00").right(563, "2.00 C").next().page());
        Statement s = parser.finish();
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("-5.00"), new BigDecimal("2.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void amountsWithoutMinorUnitsAreReadUnderMoneyColumnsButReferenceNumbersStayText() throws Exception {
        // A yen statement: no decimals anywhere. Grouped or signed integers under a money column are amounts;
        // the integers of a description (a reference, a year, a quantity) are not, even near the columns.
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/04/2025 to 30/04/2025 Currency JPY")
                .line(40, "Opening balance ¥1,352,800").gap(20)
                .line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "04/04/2025").cell(140, "REFUND REF 7654321").right(480, "395,794")
                .right(555, "1,748,594").next()
                .cell(40, "05/04/2025").cell(140, "BOOKSTORE ORDER 2025 QTY 3").right(415, "38,801")
                .right(555, "1,709,793").next()
                .cell(40, "06/04/2025").cell(140, "COFFEE 1234").right(415, "¥500").right(555, "1,709,293").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("REFUND REF 7654321", "BOOKSTORE ORDER 2025 QTY 3", "COFFEE 1234");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("395794"), new BigDecimal("-38801"), new BigDecimal("-500"));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1352800");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aPlainIntegerUnderAMoneyColumnIsNoAmount() {
        // Without grouping or currency an integer is no evidence of money: the row is not read as one.
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "02/08/2025").cell(140, "PARKING").right(415, "1234").right(555, "98766").next();
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class)
                .extracting(e -> ((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS);
    }

    @Test
    void indianLakhAndCroreGroupingIsRead() throws Exception {
        PageSketch p = bankHeader(new PageSketch(1))
                .cell(40, "01/08/2025").cell(140, "OPENING BALANCE").right(555, "9,45,310.50").next()
                .cell(40, "02/08/2025").cell(140, "RENT").right(415, "22,580.40").right(555, "9,22,730.10").next()
                .cell(40, "03/08/2025").cell(140, "PROPERTY SALE").right(480, "1,23,45,678.00")
                .right(555, "1,32,68,408.10").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-22580.40"), new BigDecimal("12345678.00"));
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("922730.10"), new BigDecimal("13268408.10"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDateColumnPrintedLastAfterSpaceGroupedAmountsIsRead() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period: 01/02/2025 to 28/02/2025").gap(20)
                .line(40, "Description", 250, "Money out (R)", 330, "Money in (R)", 410, "Balance (R)", 520, "Date")
                .cell(40, "Opening balance").right(465, "15 230.10").right(540, "01/02/2025").next()
                .cell(40, "GYM MEMBERSHIP").right(315, "2 122.96").right(465, "13 107.14").right(540, "02/02/2025").next()
                .cell(40, "TRANSFER FROM").right(390, "777.16").right(465, "13 884.30").right(540, "06/02/2025").next()
                .line(40, "SAVINGS 2201")
                .cell(40, "BOOKSTORE").right(315, "12.03").right(465, "13 872.27").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GYM MEMBERSHIP", "TRANSFER FROM SAVINGS 2201", "BOOKSTORE");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-2122.96"),
                new BigDecimal("777.16"), new BigDecimal("-12.03"));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 2, 2),
                LocalDate.of(2025, 2, 6), LocalDate.of(2025, 2, 6));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("15230.10");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDateColumnBetweenTheDetailsAndTheAmountsIsRead() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Details", 220, "Date", 370, "Paid out", 440, "Paid in", 515, "Balance")
                .cell(40, "BALANCE BROUGHT FORWARD").cell(220, "01 Aug").right(555, "100.00").next()
                .cell(40, "CARD PAYMENT 03/08").cell(220, "04 Aug").right(410, "10.00").right(555, "90.00").next()
                .cell(40, "SALARY").cell(220, "14 Aug").right(480, "1,000.00").right(555, "1,090.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PAYMENT 03/08", "SALARY");
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 14));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLetterHasNoTransactionsAndAnEmptyPageNoText() {
        PageSketch letter = new PageSketch(1).line(40, "Dear customer, from 01/04/2026 the fee changes to £4.50.")
                .line(40, "Yours sincerely");
        assertThatThrownBy(() -> parse(letter)).isInstanceOf(StatementException.class)
                .extracting(e -> ((StatementException) e).reason()).isEqualTo(FailureReason.NO_TRANSACTIONS);
        assertThatThrownBy(() -> parse(new PageSketch(1))).isInstanceOf(StatementException.class)
                .extracting(e -> ((StatementException) e).reason()).isEqualTo(FailureReason.NO_TEXT);
    }
}
