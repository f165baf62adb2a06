package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A row's wrapped text at the top of a page that repeats no header, split from its row by the page break. */
class PageTopTextTest {

    private static PageSketch first() {
        return new PageSketch(1)
                .line(40, "Statement period 05/01/2025 through 05/31/2025")
                .line(40, "Beginning Balance", 450, "$1,000.00")
                .line(40, "Ending Balance", 450, "$880.00").gap(20)
                .line(40, "DATE", 100, "DESCRIPTION", 470, "AMOUNT");
    }

    @Test
    void textAboveTheFirstRowEndsThePreviousPagesLastRowWhereRowsWrapBelowTheirDate() throws Exception {
        // given: rows wrapping below their date; page 2 repeats no header and opens with the rest of page 1's last row
        PageSketch p1 = first()
                .cell(40, "05/02").cell(100, "CARD PURCHASE GROCER").right(500, "-20.00").next()
                .line(100, "HIGH STREET LEEDS")
                .cell(40, "05/03").cell(100, "CARD PURCHASE BOOKSHOP").right(500, "-30.00").next()
                .line(100, "MARKET SQUARE YORK")
                .cell(40, "05/04").cell(100, "DIRECT DEBIT WATER").right(500, "-40.00").next()
                .line(100, "MANDATE 4453786");
        PageSketch p2 = new PageSketch(2)
                .line(100, "INVOICE 5119329")
                .cell(40, "05/06").cell(100, "CARD PURCHASE FUEL").right(500, "-30.00").next()
                .line(100, "STATION YORK");

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CARD PURCHASE GROCER HIGH STREET LEEDS", "CARD PURCHASE BOOKSHOP MARKET SQUARE YORK",
                "DIRECT DEBIT WATER MANDATE 4453786 INVOICE 5119329", "CARD PURCHASE FUEL STATION YORK");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textAboveTheFirstRowBeginsItWhereRowsWrapAboveTheirDate() throws Exception {
        // given: each row's first line above its dated last line, rows set apart; page 2 repeats no header
        PageSketch p1 = first()
                .line(100, "CARD PURCHASE GROCER")
                .cell(40, "05/02").cell(100, "HIGH STREET LEEDS").right(500, "-20.00").next().gap(8)
                .line(100, "CARD PURCHASE BOOKSHOP")
                .cell(40, "05/03").cell(100, "MARKET SQUARE YORK").right(500, "-30.00").next().gap(8)
                .line(100, "DIRECT DEBIT WATER")
                .cell(40, "05/04").cell(100, "MANDATE 4453786").right(500, "-40.00").next().gap(8);
        PageSketch p2 = new PageSketch(2)
                .line(100, "CONTACTLESS GYM")
                .cell(40, "05/06").cell(100, "MEMBERSHIP BATH").right(500, "-30.00").next();

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).endsWith(
                "DIRECT DEBIT WATER MANDATE 4453786", "CONTACTLESS GYM MEMBERSHIP BATH");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTitleContinuedOverThePageIsNoRowsText() throws Exception {
        // given: page 2 opens with the table's title carried over, in the description column, a line's pitch above
        PageSketch p1 = first()
                .cell(40, "05/02").cell(100, "CARD PURCHASE GROCER").right(500, "-20.00").next()
                .cell(40, "05/03").cell(100, "CARD PURCHASE BOOKSHOP").right(500, "-30.00").next()
                .cell(40, "05/04").cell(100, "DIRECT DEBIT WATER").right(500, "-40.00").next();
        PageSketch p2 = new PageSketch(2)
                .line(100, "Transactions (continued)")
                .cell(40, "05/06").cell(100, "CARD PURCHASE FUEL").right(500, "-30.00").next();

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CARD PURCHASE GROCER",
                "CARD PURCHASE BOOKSHOP", "DIRECT DEBIT WATER", "CARD PURCHASE FUEL");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    private static PageSketch wrappingBelow() {
        return first()
                .cell(40, "05/02").cell(100, "CARD PURCHASE GROCER").right(500, "-20.00").next()
                .line(100, "HIGH STREET LEEDS")
                .cell(40, "05/03").cell(100, "CARD PURCHASE BOOKSHOP").right(500, "-30.00").next()
                .line(100, "MARKET SQUARE YORK")
                .cell(40, "05/04").cell(100, "DIRECT DEBIT WATER").right(500, "-70.00").next()
                .line(100, "MANDATE 4453786");
    }

    @Test
    void theRestOfTheLastRowAloneUnderAContinuedTitleEndsThatRow() throws Exception {
        // given: page 2 holds no row, only the table's title carried over and the rest of page 1's last row under it
        PageSketch p2 = new PageSketch(2)
                .line(40, "Your transactions (continued)").gap(8)
                .line(100, "INVOICE 5119329").gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");

        // when
        Statement s = PageSketch.parse(wrappingBelow(), p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CARD PURCHASE GROCER HIGH STREET LEEDS", "CARD PURCHASE BOOKSHOP MARKET SQUARE YORK",
                "DIRECT DEBIT WATER MANDATE 4453786 INVOICE 5119329");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textAloneAtTheTopOfAPageAfterARowWrappingToThePagesEndIsInDoubt() throws Exception {
        // given: page 1's last row wraps to the page's end; page 2 holds no row and no continued title, only a line
        // where the row's rest would stand
        PageSketch p2 = new PageSketch(2)
                .line(100, "INVOICE 5119329").gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");

        // when
        Statement s = PageSketch.parse(wrappingBelow(), p2);

        // then
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void textAloneAtTheTopOfAPageOverTheTablesClosingBalanceIsInDoubt() throws Exception {
        // given: page 1's last row ends on its dated line; page 2 holds the rest of it, then the closing balance
        PageSketch p1 = first()
                .cell(40, "05/02").cell(100, "CARD PURCHASE GROCER").right(500, "-20.00").next()
                .line(100, "HIGH STREET LEEDS")
                .cell(40, "05/03").cell(100, "CARD PURCHASE BOOKSHOP").right(500, "-30.00").next()
                .cell(40, "05/04").cell(100, "DIRECT DEBIT WATER").right(500, "-70.00").next();
        PageSketch p2 = new PageSketch(2)
                .line(100, "MANDATE 4453786")
                .cell(100, "Closing balance").right(500, "880.00").next().gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void aPageNumberAloneOnAPageAfterARowEndingOnItsDateIsFurniture() throws Exception {
        // given: page 1's last row ends on its dated line; page 2 holds only a page number in the description column
        PageSketch p1 = first()
                .cell(40, "05/02").cell(100, "CARD PURCHASE GROCER").right(500, "-20.00").next()
                .line(100, "HIGH STREET LEEDS")
                .cell(40, "05/03").cell(100, "CARD PURCHASE BOOKSHOP").right(500, "-30.00").next()
                .cell(40, "05/04").cell(100, "DIRECT DEBIT WATER").right(500, "-70.00").next();
        PageSketch p2 = new PageSketch(2)
                .line(100, "Page 2 of 2").gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).endsWith("DIRECT DEBIT WATER");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBalanceBroughtForwardOverAHeaderlessPagesRowsIsTheTablesNotTheOpening() throws Exception {
        // given: no summary, the table's own opening row; page 2 repeats no header and opens with the balance
        // brought forward (probes fz_032_L1, fz_266_L3 of seed 2111)
        PageSketch p1 = new PageSketch(1).line(40, "Statement period 01/04/2025 to 30/04/2025").gap(20)
                .line(40, "Date", 110, "Description", 380, "Debit", 450, "Credit", 530, "Balance")
                .cell(110, "Opening balance").right(570, "1,000.00").next()
                .cell(40, "01.04.2025").cell(110, "CONTACTLESS PET SUPPLIES").right(420, "37.98").right(570, "962.02")
                .next()
                .cell(40, "28.04.2025").cell(110, "STANDING ORDER SPOTIFY").right(420, "12.02").right(570, "950.00")
                .next()
                .cell(110, "Balance carried forward").right(570, "950.00").next();
        PageSketch p2 = new PageSketch(2).line(40, "Statement of account").gap(20)
                .cell(110, "Balance brought forward").right(570, "950.00").next()
                .cell(40, "29.04.2025").cell(110, "FASTER PAYMENT TRAINLINE").right(420, "50.00").right(570, "900.00").next()
                .cell(40, "30.04.2025").cell(110, "HMRC TAX REFUND").right(490, "100.00").right(570, "1,000.00")
                .next()
                .cell(110, "Closing balance").right(570, "1,000.00").next();

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then: the walk starts from page 1's opening and checks page 2's balance brought forward on the way
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("-37.98", "-12.02", "-50.00", "100.00");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBalanceBroughtForwardOverTheLastRowsRunOnReferenceIsTheTablesNotTheOpening() throws Exception {
        // given: probe fz_433_L10 of seed 3708: page 2 repeats no header; under its balance brought forward, page 1's
        // last row's reference run on alone ("223038-0385/07"), then the first row's text over its amounts
        PageSketch p1 = new PageSketch(1).line(40, "Statement period 01/11/2025 to 30/11/2025").gap(20)
                .line(40, "Booked", 110, "Description", 300, "Reference", 420, "Amount", 500, "Balance")
                .cell(110, "Opening balance").right(540, "1,000.00").next().gap(4)
                .line(110, "CASHBACK REWARD")
                .cell(40, "01/11/2025").cell(110, "MANDATE 7954967").cell(300, "REF").right(460, "100.00")
                .right(540, "1,100.00").next()
                .line(300, "460722-0948/37").gap(4)
                .line(110, "CONTACTLESS TESCO")
                .cell(40, "02/11/2025").cell(110, "STORES OXFORD").cell(300, "REF").right(460, "-21.46")
                .right(540, "1,078.54").next()
                .cell(110, "Balance carried forward").right(540, "1,078.54").next();
        PageSketch p2 = new PageSketch(2).line(40, "Your transactions (continued)").gap(8)
                .cell(110, "Balance brought forward").right(540, "1,078.54").next()
                .line(300, "960919-6178/54").gap(4)
                .line(110, "DIRECT DEBIT")
                .cell(40, "03/11/2025").cell(110, "WAITROSE").cell(300, "REF").right(460, "-78.54")
                .right(540, "1,000.00").next()
                .line(300, "891836-7180/52").gap(4)
                .cell(110, "Closing balance").right(540, "1,000.00").next();

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then: the walk starts from page 1's opening and checks page 2's balance brought forward on the way
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.transactions()).extracting(Transaction::description).endsWith("CONTACTLESS TESCO STORES OXFORD",
                "DIRECT DEBIT WAITROSE");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aBalanceBroughtForwardOverACardsTotalAtThePageTopIsTheTablesNotTheOpening() throws Exception {
        // given: probes fz_371_L12 of 3001, fz_435_L12 of 2614: page 2 repeats no header; the first card's total,
        // carried over the break, stands under the balance brought forward and over the next card's title
        PageSketch p1 = new PageSketch(1).line(40, "Statement period 01/02/2025 to 28/02/2025").gap(20)
                .line(40, "Date", 110, "Transaction", 330, "Withdrawals", 410, "Deposits", 500, "Balance")
                .cell(110, "Opening balance").right(560, "1,000.00").next()
                .line(110, "A SMITH Card ending 4821")
                .cell(40, "01.02.2025").cell(110, "CONTACTLESS TESCO STORES").right(390, "100.00").right(560, "900.00")
                .next()
                .cell(40, "02.02.2025").cell(110, "HMRC TAX REFUND").right(470, "50.00").right(560, "950.00").next()
                .cell(110, "Balance carried forward").right(560, "950.00").next();
        PageSketch p2 = new PageSketch(2).line(40, "Statement of account").gap(20)
                .cell(110, "Balance brought forward").right(560, "950.00").next().gap(6)
                .cell(110, "Total card ending 4821").right(390, "100.00").right(470, "50.00").next().gap(6)
                .line(110, "J SMITH Card ending 7730")
                .cell(40, "19.02.2025").cell(110, "BILL PAYMENT PET SUPPLIES").right(390, "50.00").right(560, "900.00")
                .next()
                .cell(110, "Closing balance").right(560, "900.00").next();

        // when
        Statement s = PageSketch.parse(p1, p2);

        // then
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CONTACTLESS TESCO STORES",
                "HMRC TAX REFUND", "BILL PAYMENT PET SUPPLIES");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
