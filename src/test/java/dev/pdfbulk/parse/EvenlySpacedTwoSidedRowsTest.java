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
}
