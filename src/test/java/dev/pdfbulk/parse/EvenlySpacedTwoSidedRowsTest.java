package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows whose lines are all evenly spaced, each setting two lines of its text above its date and amount and the rest
 * below: text under the last row, over the closing balance, shows text set below a date, never that none is set above.
 */
class EvenlySpacedTwoSidedRowsTest {

    @Test
    void textUnderTheLastRowDoesNotProveRowsWrapOnlyBelowTheirDate() throws Exception {
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount", 530, "Balance")
                .cell(110, "Opening balance").right(570, "2,000.00").next()
                .line(110, "DIRECT DEBIT")
                .line(110, "TESCO STORES")
                .cell(40, "01/03/2025").cell(110, "REF 1183761").right(440, "-514.67").right(570, "1,485.33").next()
                .line(110, "BILL PAYMENT")
                .line(110, "COSTA COFFEE")
                .cell(40, "03/03/2025").cell(110, "CARDIFF").right(440, "-593.00").right(570, "892.33").next()
                .line(110, "ORDER 1043659")
                .cell(40, "04/03/2025").cell(110, "REFUND").right(440, "579.36").right(570, "1,471.69").next()
                .cell(40, "05/03/2025").cell(110, "INTEREST PAID").right(440, "12.00").right(570, "1,483.69").next()
                .line(110, "CARD PURCHASE")
                .line(110, "SHELL FUEL")
                .cell(40, "11/03/2025").cell(110, "OXFORD").right(440, "-436.63").right(570, "1,047.06").next()
                .line(110, "TERMINAL 7312")
                .cell(110, "Closing balance").right(570, "1,047.06").next();
        Statement s = parse(page);
        assertThat(s.transactions()).hasSize(5);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void oneLineOfCapitalsOverTheFirstRowSetAsItsWrapsAreIsNoHeadingThatExplainsIt() throws Exception {
        // given: evenly spaced rows, the first setting one line above its date, others two, text under the last row
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount", 530, "Balance")
                .cell(110, "Opening balance").right(570, "2,000.00").next()
                .line(110, "CARD PURCHASE")
                .cell(40, "01/03/2025").cell(110, "ODEON CINEMAS").right(440, "-514.67").right(570, "1,485.33").next()
                .line(110, "DIRECT DEBIT")
                .line(110, "NETFLIX")
                .cell(40, "03/03/2025").cell(110, "SUBSCRIPTION").right(440, "-593.00").right(570, "892.33").next()
                .line(110, "OXFORD")
                .cell(40, "04/03/2025").cell(110, "REFUND").right(440, "579.36").right(570, "1,471.69").next()
                .line(110, "BILL PAYMENT")
                .cell(40, "11/03/2025").cell(110, "SHELL FUEL").right(440, "-436.63").right(570, "1,035.06").next()
                .line(110, "TERMINAL 7312")
                .cell(110, "Closing balance").right(570, "1,035.06").next();

        // when
        Statement s = parse(page);

        // then: "CARD PURCHASE" may be the first row's first line as well as a heading over the rows
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }

    @Test
    void wordsShowingTextTheRowBelowsFirstLinesAreHeardWhereOnlyTextUnderTheLastRowShowsTheSide() throws Exception {
        // Probe fz_400_L9: the first row one line, so no text over it; text under the last row alone read the rows
        // as wrapping below, and every description came out shifted a row, reconciled. "INVOICE 8209030 CARD ENDING"
        // is too full to take "8983", and the row above had room for "CARD": it begins the row below.
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 110, "Description", 400, "Amount", 530, "Balance")
                .cell(110, "Opening balance").right(570, "1,000.00").next()
                .cell(40, "2025-05-01").cell(110, "CASHBACK REWARD").right(440, "2,444.34").right(570, "3,444.34").next()
                .line(110, "CARD PURCHASE ODEON CINEMAS")
                .line(110, "INVOICE 8209030 CARD ENDING")
                .cell(40, "2025-05-01").cell(110, "8983").right(440, "-317.06").right(570, "3,127.28").next()
                .cell(40, "2025-05-01").cell(110, "SALARY ACME WIDGETS LTD").right(440, "1,881.30")
                .right(570, "5,008.58").next()
                .line(110, "FASTER PAYMENT AMAZON")
                .line(110, "MARKETPLACE LONDON INVOICE")
                .cell(40, "2025-05-03").cell(110, "1796935 INVOICE 8133738").right(440, "-495.74")
                .right(570, "4,512.84").next()
                .line(110, "DIRECT DEBIT APPLE SERVICES")
                .line(110, "MANCHESTER CARD ENDING 8355")
                .cell(40, "2025-05-11").cell(110, "REF 8259127 TERMINAL 1835").right(440, "-12.54")
                .right(570, "4,500.30").next()
                .line(110, "DIRECT DEBIT AMAZON")
                .line(110, "MARKETPLACE CARDIFF AUTH")
                .cell(40, "2025-05-31").cell(110, "CODE 8013 MANDATE 9984224").right(440, "-445.66")
                .right(570, "4,054.64").next()
                .line(110, "INVOICE 788459")
                .cell(110, "Closing balance").right(570, "4,054.64").next();
        Statement s = parse(page);
        assertThat(s.transactions()).hasSize(6);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("may begin the row below");
    }
}
