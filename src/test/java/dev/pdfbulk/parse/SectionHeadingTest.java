package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Short lines inside a table that name the rows below them: they neither end the table nor join a row. */
class SectionHeadingTest {

    private static PageSketch cardHeader(String newBalance) {
        return new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date 08/01/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, newBalance).gap(20)
                .line(40, "Date", 110, "Description", 470, "Amount");
    }

    @Test
    void aCardholderHeadingThatNamesTheCardNumberDoesNotEndTheTable() throws Exception {
        // given: per-cardholder sections, each heading naming the card by its last four digits
        PageSketch p = cardHeader("$620.00")
                .line(40, "JOHN DOE Card ending 5678 Transactions")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "60.00").next()
                .line(40, "JANE DOE Card ending 1234 Transactions")
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "07/30").cell(110, "BOOKSHOP").right(510, "30.00").next()
                .line(40, "Fees charged")
                .cell(40, "07/31").cell(110, "FOREIGN TRANSACTION FEE").right(510, "1.00").next()
                .line(40, "Card #1-23456")
                .cell(40, "07/31").cell(110, "LATE FEE").right(510, "9.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER", "TAXI", "BOOKSHOP", "FOREIGN TRANSACTION FEE", "LATE FEE");
        assertThat(s.transactions()).extracting(Transaction::amount).containsOnly(
                new BigDecimal("-60.00"), new BigDecimal("-20.00"), new BigDecimal("-30.00"),
                new BigDecimal("-1.00"), new BigDecimal("-9.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineWithAnAmountInItsTextIsNoHeading() throws Exception {
        // given: a line whose number has a decimal mark is no heading, wherever it stands: the table ends there
        PageSketch p = cardHeader("$580.00")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "60.00").next()
                .line(40, "Minimum payment 25.00 due")
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("GROCER");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineOfTextUnderTheHeaderNamesTheRowsAndJoinsNoneOfThem() throws Exception {
        // given: the cardholder printed in the description column, a row's height above the first dated row
        PageSketch p = cardHeader("$580.00")
                .line(110, "Mr D Campbell - card ending 7734")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("GROCER", "TAXI");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theFirstRowsDescriptionCentredAroundItsDateKeepsTheTextAboveIt() throws Exception {
        // given: as a browser prints a middle-aligned row: the date and amount between two description lines
        PageSketch p = cardHeader("$580.00").gap(2)
                .line(110, "DELTA AIR 0062345678901").gap(-6)
                .cell(40, "07/22").right(510, "60.00").next()
                .gap(-6).line(110, "ATLANTA GA").gap(2)
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("DELTA AIR 0062345678901 ATLANTA GA", "TAXI");
    }

    @Test
    void aCardTitleSetARowAboveTheFirstRowAfterAGapUnderTheHeaderJoinsNoRow() throws Exception {
        // given: a blank line under the header, then the card's title a one-line row's pitch above the first row
        PageSketch p = cardHeader("$580.00").gap(12)
                .line(110, "PRIMARY CARD 4567 XXXX XXXX 8901 - AHMED K ALMANSOORI")
                .cell(40, "07/22").cell(110, "NOON.COM DUBAI ARE").right(510, "60.00").next()
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "07/25").cell(110, "BOOKSHOP").right(510, "30.00").next()
                .cell(40, "07/26").cell(110, "PAYMENT THANK YOU").right(510, "30.00CR").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("NOON.COM DUBAI ARE", "TAXI", "BOOKSHOP", "PAYMENT THANK YOU");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardTitleAboveTheFirstRowStaysATitleWhereRowsWrapEvenlySpaced() throws Exception {
        // given: a rate line under a foreign row, spaced as the rows are: nothing shows which row it is set in, yet
        // a line naming a card by its masked number starts no transaction's description
        PageSketch p = cardHeader("$580.00").gap(12)
                .line(110, "PRIMARY CARD 4567 XXXX XXXX 8901 - AHMED K ALMANSOORI")
                .cell(40, "07/22").cell(110, "APPLE.COM/BILL CORK IRL").right(510, "60.00").next()
                .line(110, "USD 16.34 @ 3.6725")
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "07/25").cell(110, "BOOKSHOP").right(510, "30.00").next()
                .cell(40, "07/26").cell(110, "PAYMENT THANK YOU").right(510, "30.00CR").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("APPLE.COM/BILL CORK IRL USD 16.34 @ 3.6725", "TAXI", "BOOKSHOP",
                        "PAYMENT THANK YOU");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardTitleSetTightOverTheOnlyRowsNamesThemAndJoinsNone() throws Exception {
        // given: two rows, no rhythm of one-line rows; the title nearer the first row than the header
        PageSketch p = cardHeader("$580.00").gap(12)
                .line(110, "SUPPLEMENTARY CARD 4567 XXXX XXXX 2345").gap(-4)
                .cell(40, "07/22").cell(110, "NOON.COM").right(510, "60.00").next()
                .line(110, "DUBAI ARE")
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("NOON.COM DUBAI ARE", "TAXI");
    }

    @Test
    void aLineThatNamesNoCardAboveTheFirstRowLeavesEvenlySpacedWrappedRowsInDoubt() throws Exception {
        // given: as above, but the line over the first row may be its description's first line
        PageSketch p = cardHeader("$580.00").gap(12)
                .line(110, "APPLE.COM/BILL")
                .cell(40, "07/22").cell(110, "CORK IRL").right(510, "60.00").next()
                .line(110, "USD 16.34 @ 3.6725")
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "07/25").cell(110, "BOOKSHOP").right(510, "30.00").next()
                .cell(40, "07/26").cell(110, "PAYMENT THANK YOU").right(510, "30.00CR").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void aWrappedLineSetTighterUnderItsRowShowsTheRowsWrapBelowTheirDate() throws Exception {
        // given: a section title over the first row; the rate line 10 pt under its row and 12 pt over the next, the
        // rows 12 pt apart: a row's own lines are closer than rows, so the rows wrap below their date
        PageSketch p = cardHeader("$580.00").gap(12)
                .line(110, "Purchases and Adjustments")
                .cell(40, "07/22").cell(110, "HOTEL LE MARAIS PARIS FR").right(510, "60.00").next().gap(-2)
                .line(110, "EUR 55.10 x 1.088929 (exchange rate)")
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "07/25").cell(110, "BOOKSHOP").right(510, "30.00").next()
                .cell(40, "07/26").cell(110, "PAYMENT THANK YOU").right(510, "30.00CR").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "HOTEL LE MARAIS PARIS FR EUR 55.10 x 1.088929 (exchange rate)", "TAXI", "BOOKSHOP",
                "PAYMENT THANK YOU");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWrappedLineSetTighterOverTheNextRowLeavesTheTitleInDoubt() throws Exception {
        // given: as above, but the line 12 pt under the row and 10 pt over the next: it may be the next row's first
        PageSketch p = cardHeader("$580.00").gap(12)
                .line(110, "Purchases and Adjustments")
                .cell(40, "07/22").cell(110, "HOTEL LE MARAIS PARIS FR").right(510, "60.00").next()
                .line(110, "EUR 55.10 x 1.088929 (exchange rate)").gap(-2)
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .cell(40, "07/25").cell(110, "BOOKSHOP").right(510, "30.00").next()
                .cell(40, "07/26").cell(110, "PAYMENT THANK YOU").right(510, "30.00CR").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void textUnderABalanceRowNamesTheRowsBelowIt() throws Exception {
        // given: a heading between the brought-forward balance and the first row
        PageSketch p = new PageSketch(1).line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Description", 370, "Money out", 440, "Money in", 515, "Balance")
                .cell(40, "01/08/2025").cell(140, "BALANCE BROUGHT FORWARD").right(555, "100.00").next()
                .line(140, "Account 12345678 - Jane Doe")
                .cell(40, "02/08/2025").cell(140, "COFFEE").right(415, "10.00").right(555, "90.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("COFFEE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aHeadingInTheDescriptionColumnRightAfterARowJoinsNeitherRow() throws Exception {
        // given: one-line rows 12 pt apart; "PURCHASES & DEBITS" set off from the row above, a row's pitch above the next
        PageSketch p = cardHeader("$600.00")
                .cell(40, "07/20").cell(110, "PAYMENT THANK YOU").right(510, "-50.00").next()
                .cell(40, "07/21").cell(110, "PAYMENT THANK YOU").right(510, "-10.00").next().gap(6)
                .line(110, "PURCHASES & DEBITS")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next().gap(6)
                .line(110, "FEES")
                .cell(40, "07/31").cell(110, "LATE FEE").right(510, "80.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("PAYMENT THANK YOU",
                "PAYMENT THANK YOU", "GROCER", "TAXI", "LATE FEE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void whereRowsWrapAboveTheirDateACapitalLineAboveARowIsItsText() throws Exception {
        // given: rows centred on their date, wrapped text above it; one row's upper line happens to be in capitals
        PageSketch p = cardHeader("$580.00")
                .cell(40, "07/20").cell(110, "Taxi").right(510, "10.00").next().gap(6)
                .line(110, "Delta Air 0062345678901").gap(-6)
                .cell(40, "07/22").right(510, "30.00").next().gap(6)
                .line(110, "BOOKSHOP LONDON")
                .cell(40, "07/24").cell(110, "ONLINE").right(510, "40.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Taxi", "Delta Air 0062345678901", "BOOKSHOP LONDON ONLINE");
    }

    @Test
    void aSectionNameSetAtTheRowsPitchRightAfterARowHeadsTheRowsBelow() throws Exception {
        // given: Chase's "PURCHASE" between a refund and the purchases, as near the refund as the next row is
        PageSketch p = cardHeader("$600.00")
                .cell(40, "07/20").cell(110, "PAYMENT THANK YOU").right(510, "-50.00").next()
                .cell(40, "07/21").cell(110, "AMAZON MKTPL REFUND").right(510, "-10.00").next()
                .line(110, "PURCHASE")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next()
                .line(110, "FEES CHARGED")
                .cell(40, "07/31").cell(110, "LATE FEE").right(510, "80.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("PAYMENT THANK YOU",
                "AMAZON MKTPL REFUND", "GROCER", "TAXI", "LATE FEE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anEmptySectionsNameOverItsNilTotalIsNoTextOfTheLastRow() throws Exception {
        // given: Chase's empty "FEES CHARGED" and "INTEREST CHARGED" sections under the last purchase, each over its
        // "TOTAL ... FOR THIS PERIOD $0.00", set a little further from the row than the rows are from each other
        PageSketch p = cardHeader("$520.00")
                .cell(40, "07/20").cell(110, "PAYMENT THANK YOU").right(510, "-50.00").next()
                .cell(40, "07/21").cell(110, "AMAZON MKTPL REFUND").right(510, "-10.00").next()
                .line(110, "PURCHASE")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "60.00").next()
                .cell(40, "07/24").cell(110, "TAXI").right(510, "20.00").next().gap(4)
                .line(110, "FEES CHARGED")
                .cell(110, "TOTAL FEES FOR THIS PERIOD").right(510, "$0.00").next().gap(4)
                .line(110, "INTEREST CHARGED")
                .cell(110, "TOTAL INTEREST FOR THIS PERIOD").right(510, "$0.00").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("PAYMENT THANK YOU",
                "AMAZON MKTPL REFUND", "GROCER", "TAXI");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aWrappedLineWithOtherWordsThanASectionsStaysTheRowsText() throws Exception {
        // given: the same spacing, but the line under the row is "PURCHASE AT STORE 12": the row's text
        PageSketch p = cardHeader("$610.00")
                .cell(40, "07/21").cell(110, "CARD").right(510, "10.00").next()
                .line(110, "PURCHASE AT STORE")
                .cell(40, "07/22").cell(110, "GROCER").right(510, "100.00").next();

        Statement s = parse(p);

        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PURCHASE AT STORE", "GROCER");
    }

    @Test
    void aSectionWordWrappedAloneStaysTheRowsTextWhereOtherRowsWrap() throws Exception {
        // given: "DEPOSIT" under its row at the rows' pitch, a credit below; another row wraps, so rows do wrap here
        PageSketch p = cardHeader("$610.00")
                .cell(40, "07/20").cell(110, "TRANSFER TO J ROBERTS").right(510, "10.00").next()
                .line(110, "REF 4471")
                .cell(40, "07/21").cell(110, "FASTER PAYMENT HOLIDAY").right(510, "150.00").next()
                .line(110, "DEPOSIT")
                .cell(40, "07/22").cell(110, "REFUND").right(510, "-50.00").next();

        Statement s = parse(p);

        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("TRANSFER TO J ROBERTS REF 4471", "FASTER PAYMENT HOLIDAY DEPOSIT", "REFUND");
    }
}
